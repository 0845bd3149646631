import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { JobName, OnJob } from '@commend/core';
import { checkHandlers, JobRegistry } from './job-registry';

describe('checkHandlers', () => {
  it('accepts one handler per job', () => {
    const found = new Map([['audit.verify', ['AuditProcessor.handle']]]);

    expect(() => checkHandlers(found, ['audit.verify'])).not.toThrow();
  });

  it('refuses a job with no handler, naming it', () => {
    expect(() => checkHandlers(new Map(), ['nominee.notify'])).toThrow('job "nominee.notify" has no handler');
  });

  it('refuses a job with two handlers, naming both', () => {
    const found = new Map([['audit.verify', ['A.handle', 'B.handle']]]);

    expect(() => checkHandlers(found, ['audit.verify'])).toThrow(
      'job "audit.verify" has 2 handlers: A.handle, B.handle',
    );
  });

  it('refuses a handler for a job nobody declared', () => {
    const found = new Map([['typo.job', ['A.handle']]]);

    expect(() => checkHandlers(found, [])).toThrow('handler for unknown job "typo.job"');
  });
});

@Injectable()
class VerifyProcessor {
  @OnJob(JobName.AuditVerify)
  handle(data: unknown): Promise<unknown> {
    return Promise.resolve({ handled: data });
  }
}

@Injectable()
class AnotherVerifyProcessor {
  @OnJob(JobName.AuditVerify)
  run(): Promise<void> {
    return Promise.resolve();
  }
}

async function registryWith(...providers: (new () => object)[]): Promise<JobRegistry> {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [JobRegistry, ...providers],
  }).compile();
  return moduleRef.get(JobRegistry);
}

describe('JobRegistry', () => {
  it('finds the @OnJob handler among the providers and dispatches to it', async () => {
    const registry = await registryWith(VerifyProcessor);

    registry.build([JobName.AuditVerify]);

    await expect(registry.get(JobName.AuditVerify)?.({ n: 1 })).resolves.toEqual({ handled: { n: 1 } });
  });

  it('refuses to start when two providers handle the same job', async () => {
    const registry = await registryWith(VerifyProcessor, AnotherVerifyProcessor);

    expect(() => registry.build([JobName.AuditVerify])).toThrow(
      'job "audit.verify" has 2 handlers: VerifyProcessor.handle, AnotherVerifyProcessor.run',
    );
  });

  it('refuses to start when a declared job has no handler', async () => {
    const registry = await registryWith();

    expect(() => registry.build()).toThrow('job "audit.verify" has no handler');
  });
});
