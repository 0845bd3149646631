import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimitError, UnrecoverableError, type Job } from 'bullmq';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  EventType,
  JobName,
  JobQueues,
  OnJob,
  QueueName,
  type AppConfig,
  type EventView,
} from '@commend/core';
import { planMessages } from '../recipients';
import { DeliveryError, MAIL_TRANSPORT, type MailTransport } from '../transports/mail-transport';

/** Jobs queued per addBulk when an event plans many messages. */
const ENQUEUE_CHUNK = 500;

/**
 * Whether an earlier try of this job may have handed its message over: one that failed (an
 * answer lost, or a server error after acceptance) or one whose worker died or lost its lock
 * mid-send (BullMQ counts that as a stall). Not `attemptsStarted > 1`: BullMQ 6 counts every
 * start, and a throttled try returned to the queue (RateLimitError) is one, having handed over
 * nothing; under Notify's rate limit every such job would otherwise ask before sending.
 */
const mayHaveHandedOver = (job: Job): boolean => job.attemptsMade > 0 || job.stalledCounter > 0;

/**
 * The worker's half: turns an event into notification rows (one per recipient, each with a
 * unique dedupe key), then sends each row once.
 */
@Injectable()
export class NotificationsProcessor implements OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    private readonly queues: JobQueues,
  ) {}

  /** Writes the event's messages (again is harmless) and queues those not yet sent. */
  async onEvent(event: EventView): Promise<void> {
    if (event.type === EventType.NotificationResendRequested) {
      const id = event.payload.notificationId;
      await this.queues.add(JobName.SendNotification, { notificationId: id }, { jobId: `${id}-resend-${event.id}` });
      return;
    }
    const planned = await planMessages(this.dataSource.manager, this.config.appUrl, event);
    if (planned.length === 0) return;
    const keys = planned.map((p) => [event.id, p.kind, p.about, p.recipient].filter(Boolean).join(':'));
    await this.dataSource.query(
      `INSERT INTO notifications (dedupe_key, event_id, kind, programme_id, recipient, subject, text, html)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[])
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [
        keys,
        planned.map(() => event.id),
        planned.map((p) => p.kind),
        planned.map((p) => p.programmeId),
        planned.map((p) => p.recipient),
        planned.map((p) => p.message.subject),
        planned.map((p) => p.message.text),
        planned.map((p) => p.message.html),
      ],
    );
    // By the unique dedupe key's index: a backlog of pending rows costs nothing here.
    const pending = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM notifications WHERE dedupe_key = ANY($1::text[]) AND status = 'pending'`,
      [keys],
    );
    // In chunks: the first messages go out while the rest are still being queued (one addBulk of
    // an announcement's 10,000 jobs held every send back for seconds on a busy machine).
    for (let from = 0; from < pending.length; from += ENQUEUE_CHUNK) {
      await this.queues.addBulk(
        JobName.SendNotification,
        pending
          .slice(from, from + ENQUEUE_CHUNK)
          .map((n) => ({ data: { notificationId: n.id }, opts: { jobId: n.id } })),
      );
    }
  }

  /**
   * Sends one notification unless it is sent already. The row is marked sent in a transaction
   * that holds its lock through the send; the transport commits it at its moment of hand-over
   * (MailTransport), so a second job for the same row waits, then finds it sent, and a worker
   * killed before that moment leaves the row unsent, to be sent again. Over SMTP that moment is
   * the message's final dot, written right after the COMMIT is sent: a worker killed between
   * the two writes leaves the row sent and the message undelivered — that message is lost. At
   * most once is the choice because the other order (commit after the server's 250) sends a
   * message twice whenever a kill lands in the far longer wait for that reply; the window that
   * remains is measured by bench:notify (docs/queue.md, "Delivery over SMTP"). A try that
   * follows an earlier one (a failure, or a worker that died) first asks the service whether it
   * already holds the message. How a refusal is treated depends on its kind (DeliveryFailure): a
   * permanent one fails the row at once; throttling waits without spending an attempt; after
   * the last attempt the row is `failed`, with the reason, for an admin to see and re-send.
   */
  @OnJob(JobName.SendNotification)
  async send(data: { notificationId: string }, job?: Job): Promise<string> {
    const runner = this.dataSource.createQueryRunner();
    // The transaction's own connection: its COMMIT is sent on it directly (below).
    const client = (await runner.connect()) as PoolClient;
    let committed = false;
    // node-postgres writes a query to the socket within query() when the connection is idle, as
    // it is here, so the COMMIT has left by the time commit() returns: a transport can write its
    // last byte right after it, in the same turn of the event loop (TypeORM's commitTransaction
    // would send it only after some promise hops, possibly after that byte).
    const commit = (): Promise<void> => {
      committed = true;
      return client.query('COMMIT').then(() => undefined);
    };
    try {
      await runner.startTransaction();
      const [[row]] = await runner.manager.query<
        [{ recipient: string; subject: string; text: string; html: string }[], number]
      >(
        `UPDATE notifications SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL,
                updated_at = now()
         WHERE id = $1 AND status = 'pending' RETURNING recipient, subject, text, html`,
        [data.notificationId],
      );
      if (!row) {
        await runner.rollbackTransaction();
        return 'already sent, failed or unknown';
      }
      try {
        // Inside the try: the question is a request to the service too, and may be refused.
        if (job && mayHaveHandedOver(job) && (await this.transport.alreadyAccepted(data.notificationId))) {
          await commit();
          return 'sent by an earlier try';
        }
        await this.transport.send(row.recipient, row, data.notificationId, commit);
      } catch (error) {
        if (!committed) await runner.rollbackTransaction();
        throw await this.refused(data.notificationId, error, job, committed);
      }
      return 'sent';
    } finally {
      await runner.release();
    }
  }

  /**
   * Records a refusal on the row and says what BullMQ is to do with the job. `committed`: the
   * row was already marked sent (and this try counted) when the server refused the message.
   */
  private async refused(id: string, error: unknown, job: Job | undefined, committed: boolean): Promise<Error> {
    const failure = error instanceof DeliveryError ? error.failure : 'temporary';
    if (failure === 'throttled' && job) {
      // Back to waiting with its attempts untouched: the whole queue pauses, as the limit is the service's.
      await this.queues.queue(QueueName.Notifications).rateLimit((error as DeliveryError).retryAfterMs ?? 1_000);
      return new RateLimitError();
    }
    const last = failure === 'permanent' || !job || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    await this.recordFailure(id, error, last, committed);
    if (failure === 'permanent') return new UnrecoverableError(error instanceof Error ? error.message : String(error));
    return error instanceof Error ? error : new Error(String(error));
  }

  /** Undoes a committed "sent" too: back to pending (or failed), the try counted once. */
  private async recordFailure(id: string, error: unknown, last: boolean, counted: boolean): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error);
    await this.dataSource.query(
      `UPDATE notifications SET attempts = attempts + CASE WHEN $4 THEN 0 ELSE 1 END, last_error = $2,
              sent_at = NULL, updated_at = now(), status = CASE WHEN $3 THEN 'failed' ELSE 'pending' END
       WHERE id = $1`,
      [id, reason.slice(0, 1000), last, counted],
    );
    // A server's refusal often names the address ("550 <x@y>: no such user"): not for the logs.
    const logged = reason.replace(/[^\s<>"]+@[^\s<>"]+/g, '<address>');
    this.logger.warn({ notificationId: id, reason: logged, final: last }, 'E-mail not sent');
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
