import { checkHandlers } from './job-registry';

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
