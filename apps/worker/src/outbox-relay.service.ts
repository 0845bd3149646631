import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  claimPendingEvents,
  isDatabaseUnavailable,
  JobName,
  JobQueues,
  markEventsRelayed,
  type AppConfig,
} from '@commend/core';

const BATCH = 500;
const POLL_MS = 1_000;
const RECONNECT_MS = 2_000;

/** Redis refused the jobs: the one failure of a relay that is not PostgreSQL's. */
class QueueRefusedError extends Error {
  constructor(readonly reason: unknown) {
    super('Redis refused the jobs');
  }
}

/** The relay's warning names the service that is down, so an operator restarts the right one. */
function waitingMessage(error: unknown): { service: string; message: string } {
  if (error instanceof QueueRefusedError) {
    return {
      service: 'Redis',
      message: 'Outbox relay waiting: Redis is unavailable; events stay in PostgreSQL until it can take them',
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      service: 'PostgreSQL',
      message: 'Outbox relay waiting: PostgreSQL is unavailable; events are relayed when it is back',
    };
  }
  return { service: 'unknown', message: 'Outbox relay waiting: relaying failed; retrying' };
}

/**
 * Moves committed outbox events into BullMQ, each as a job whose id is the event's id, and
 * marks them relayed in the same transaction. Rows are claimed with FOR UPDATE SKIP LOCKED,
 * so several workers relay side by side without taking the same event. Woken by the outbox's
 * NOTIFY, and by a short poll for anything a missed notification left behind. While Redis is
 * down nothing is marked and events wait in PostgreSQL; while PostgreSQL is down there is nothing to
 * relay, and the relay's log says which of the two it waits for; if the mark is lost after the jobs
 * were added, relaying again adds nothing, since the job ids are already in the queue.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private draining = false;
  private again = false;
  private stopped = false;
  private waiting = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => void this.drain(), POLL_MS);
    void this.drain();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
    while (this.draining) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  /** Relays until nothing is pending; a call while draining makes the running drain go round again. */
  async drain(): Promise<number> {
    if (this.draining) {
      this.again = true;
      return 0;
    }
    this.draining = true;
    let relayed = 0;
    try {
      do {
        this.again = false;
        let n: number;
        do {
          n = await this.relayBatch();
          relayed += n;
        } while (n === BATCH && !this.stopped);
      } while (this.again && !this.stopped);
      if (this.waiting) this.logger.log('Outbox relay resumed');
      this.waiting = false;
    } catch (error) {
      if (!this.waiting) {
        const { service, message } = waitingMessage(error);
        const cause = error instanceof QueueRefusedError ? error.reason : error;
        this.logger.warn({ service, reason: cause instanceof Error ? cause.message : String(cause) }, message);
      }
      this.waiting = true;
    } finally {
      this.draining = false;
    }
    return relayed;
  }

  private relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const ids = await claimPendingEvents(manager, BATCH);
      if (ids.length === 0) return 0;
      await this.queues
        .addBulk(
          JobName.HandleEvent,
          ids.map((id) => ({ data: { eventId: id }, opts: { jobId: id } })),
        )
        .catch((error: unknown) => {
          throw new QueueRefusedError(error);
        });
      await markEventsRelayed(manager, ids);
      return ids.length;
    });
  }

  /** LISTEN on a connection of its own; reconnects after a failure (the poll covers the gap). */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl });
    const retry = (): void => {
      if (this.listener !== client || this.stopped) return;
      this.listener = undefined;
      client.end().catch(() => undefined);
      setTimeout(() => void this.listen(), RECONNECT_MS);
    };
    this.listener = client;
    client.on('notification', () => void this.drain());
    client.on('error', retry);
    client.on('end', retry);
    try {
      await client.connect();
      await client.query('LISTEN outbox');
    } catch {
      retry();
    }
  }
}
