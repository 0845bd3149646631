import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JOB_QUEUE, JobName, type QueueName } from './queue.names';
import { createRedis } from './redis';

const DAY_SECONDS = 86_400;

/**
 * Adds jobs, for the worker only: the API never talks to Redis while it handles a change
 * (its events go through the outbox). Connections fail fast while Redis is down, so a caller
 * learns at once and tries again later.
 */
@Injectable()
export class JobQueues implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  private readonly connections: Redis[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      const connection = createRedis(this.config.redisUrl, 'producer');
      connection.on('error', () => undefined);
      this.connections.push(connection);
      queue = new Queue(name, { connection });
      // A down Redis is reported by the caller's failed add; this keeps the error off the process.
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  add(job: JobName, data: object, opts: JobsOptions = {}): Promise<unknown> {
    return this.queue(JOB_QUEUE[job]).add(job, data, { ...this.defaults(job), ...opts });
  }

  addBulk(job: JobName, jobs: { data: object; opts?: JobsOptions }[]): Promise<unknown> {
    const defaults = this.defaults(job);
    return this.queue(JOB_QUEUE[job]).addBulk(
      jobs.map((j) => ({ name: job, data: j.data, opts: { ...defaults, ...j.opts } })),
    );
  }

  /**
   * Retries back off exponentially. Finished jobs are kept a day — far longer than the relay's
   * retry window, so re-adding an event already relayed is recognised by its id — then trimmed.
   */
  defaults(job: JobName): JobsOptions {
    const kept = { removeOnComplete: { age: DAY_SECONDS, count: 200_000 }, removeOnFail: { age: 7 * DAY_SECONDS } };
    switch (job) {
      case JobName.SendNotification:
        return {
          ...kept,
          attempts: this.config.mail.attempts,
          backoff: { type: 'exponential', delay: this.config.mail.backoffMs },
        };
      case JobName.HandleEvent:
      case JobName.FireAnnouncement:
        return { ...kept, attempts: 10, backoff: { type: 'exponential', delay: 2_000 } };
      case JobName.EvidenceCheck:
        // A corrupt file fails each attempt: a few, soon, then it is shown as not checked.
        return { ...kept, attempts: 3, backoff: { type: 'exponential', delay: 1_000 } };
      case JobName.AuditVerify:
      case JobName.ProgrammeClock:
      case JobName.FireDueAnnouncements:
      case JobName.RetentionPurge:
      case JobName.EvidenceOrphanSweep:
        return { ...kept, attempts: 3, backoff: { type: 'exponential', delay: 10_000 } };
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    // BullMQ leaves a connection it was given open.
    for (const connection of this.connections) connection.disconnect();
  }
}

/** The job producer, for the worker. */
@Global()
@Module({ providers: [JobQueues], exports: [JobQueues] })
export class JobQueuesModule {}
