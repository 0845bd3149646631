import { SetMetadata } from '@nestjs/common';
import type { JobName } from './queue.names';

export const ON_JOB = Symbol('ON_JOB');

/** Marks a provider method as the handler of a job. Handlers receive the job's data. */
export const OnJob = (name: JobName): MethodDecorator => SetMetadata(ON_JOB, name);
