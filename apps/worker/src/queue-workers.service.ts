import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, createRedis, JOB_QUEUE, JobName, JobQueues, QueueName, type AppConfig } from '@commend/core';
import { JobRegistry } from './job-registry';

/** Recurring jobs. Upserting a scheduler is idempotent, so several workers may all do it. */
const schedules = (config: AppConfig) => [
  { id: 'audit-verify-daily', job: JobName.AuditVerify, repeat: { pattern: '0 3 * * *', tz: 'Europe/London' } },
  { id: 'retention-purge-daily', job: JobName.RetentionPurge, repeat: { pattern: '30 2 * * *', tz: 'Europe/London' } },
  {
    id: 'evidence-orphan-sweep-daily',
    job: JobName.EvidenceOrphanSweep,
    repeat: { pattern: '45 2 * * *', tz: 'Europe/London' },
  },
  { id: 'programme-clock', job: JobName.ProgrammeClock, repeat: { every: config.clock.intervalSeconds * 1000 } },
  {
    id: 'announcements-due',
    job: JobName.FireDueAnnouncements,
    repeat: { every: config.clock.intervalSeconds * 1000 },
  },
];

/**
 * How many jobs of each queue one worker runs at once: e-mails wait on the mail server, so
 * more; each holds a database connection while it sends (the pool is 60). Reading a PDF or a
 * Word document is CPU work on this process's one thread: two at a time, so events keep moving.
 */
const CONCURRENCY: Record<QueueName, number> = {
  [QueueName.Events]: 25,
  [QueueName.Notifications]: 25,
  [QueueName.EvidenceChecks]: 2,
};

/**
 * GOV.UK Notify's limit as a BullMQ limiter: the queue starts at most so many jobs a window,
 * counted in Redis and so shared by every worker. Windows of a second (a fiftieth of the
 * minute's limit each, at 3,000 a minute) rather than one of a minute: Notify's token bucket
 * holds only about a third of the minute's limit, so a minute's worth at once would be refused.
 * The window is stretched when the limit is under 60 a minute, so the rate never exceeds it.
 */
export function notifyLimiter(ratePerMinute: number): { max: number; duration: number } {
  const max = Math.max(1, Math.floor(ratePerMinute / 60));
  return { max, duration: Math.ceil((60_000 * max) / ratePerMinute) };
}

/** Runs one BullMQ worker per queue, dispatching each job to its registered handler. */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('QueueWorkers');
  private workers: Worker[] = [];
  private readonly queues = new Map<QueueName, Queue>();
  private readonly connections: Redis[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobRegistry,
    private readonly jobs: JobQueues,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.registry.build();
    for (const queueName of Object.values(QueueName)) {
      const worker = new Worker(queueName, (job: Job) => this.process(job), {
        connection: this.connect(),
        concurrency: CONCURRENCY[queueName],
        // Jobs are short: a worker that died (a crash, a SIGKILL) has its jobs taken up by
        // another within about 20 s rather than BullMQ's default of a minute.
        lockDuration: 15_000,
        stalledInterval: 5_000,
        // Also what makes the processor's queue.rateLimit() after a 429 hold every worker back.
        limiter:
          queueName === QueueName.Notifications && this.config.mail.transport === 'notify'
            ? notifyLimiter(this.config.mail.notify!.ratePerMinute)
            : undefined,
      });
      worker.on('failed', (job, error) =>
        this.logger.warn(
          { jobId: job?.id, job: job?.name, attempt: job?.attemptsMade, reason: error.name },
          'Job failed',
        ),
      );
      worker.on('error', (error) => this.logger.error({ reason: error.message }, 'Worker connection error'));
      this.workers.push(worker);
      this.queues.set(queueName, new Queue(queueName, { connection: this.connect() }));
    }
    for (const schedule of schedules(this.config)) {
      // On the worker's own connection, which waits for Redis rather than failing the start.
      await this.queues.get(JOB_QUEUE[schedule.job])!.upsertJobScheduler(schedule.id, schedule.repeat, {
        name: schedule.job,
        opts: this.jobs.defaults(schedule.job),
      });
    }
    this.logger.log({ queues: Object.values(QueueName) }, 'Worker ready');
  }

  async onApplicationShutdown(): Promise<void> {
    // Let running jobs finish; unfinished ones return to the queue for another worker.
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    // BullMQ leaves a connection it was given open.
    for (const connection of this.connections) connection.disconnect();
  }

  private connect(): Redis {
    const connection = createRedis(this.config.redisUrl, 'worker');
    this.connections.push(connection);
    return connection;
  }

  private process(job: Job): Promise<unknown> {
    const handler = this.registry.get(job.name);
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    return handler(job.data, job);
  }
}
