import type { Job } from 'bullmq';
import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { JobName, ON_JOB } from '@commend/core';

/** A handler gets the job's data, and the job (for its attempt count). */
export type JobHandler = (data: unknown, job?: Job) => Promise<unknown>;

/** Throws unless every expected job name has exactly one handler, naming each problem. */
export function checkHandlers(found: Map<string, string[]>, expected: string[]): void {
  const problems: string[] = [];
  for (const name of expected) {
    const owners = found.get(name) ?? [];
    if (owners.length === 0) problems.push(`job "${name}" has no handler`);
    if (owners.length > 1) problems.push(`job "${name}" has ${owners.length} handlers: ${owners.join(', ')}`);
  }
  for (const name of found.keys()) {
    if (!expected.includes(name)) problems.push(`handler for unknown job "${name}"`);
  }
  if (problems.length) throw new Error(`The worker cannot start: ${problems.join('; ')}`);
}

/** Finds the `@OnJob` handlers among the worker's providers (Immich's job registry). */
@Injectable()
export class JobRegistry {
  private readonly handlers = new Map<string, JobHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  build(expected: string[] = Object.values(JobName)): void {
    const owners = new Map<string, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const name = this.reflector.get<string | undefined>(ON_JOB, fn as () => unknown);
        if (!name) continue;
        owners.set(name, [...(owners.get(name) ?? []), `${instance.constructor.name}.${method}`]);
        this.handlers.set(name, (data, job) => (fn as JobHandler).call(instance, data, job));
      }
    }
    checkHandlers(owners, expected);
  }

  get(name: string): JobHandler | undefined {
    return this.handlers.get(name);
  }
}
