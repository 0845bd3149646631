import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, EventType, JobName, OnJob, OutboxService, type AppConfig } from '@commend/core';
import { ProgrammeLifecycle } from '../programme-lifecycle';

/**
 * The programme's clock, in the worker: every CLOCK_INTERVAL_SECONDS it closes programmes whose
 * nominations close time has passed, and says once per programme that its judging deadline nears
 * (the judges' reminders). Each run reads the database afresh, so a late or repeated run does
 * nothing more.
 */
@Injectable()
export class ProgrammeClockProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly lifecycle: ProgrammeLifecycle,
    private readonly outbox: OutboxService,
  ) {}

  @OnJob(JobName.ProgrammeClock)
  async tick(): Promise<{ closed: number; reminded: number }> {
    return { closed: await this.closeDue(), reminded: await this.remindJudges() };
  }

  private closeDue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // Locked in id order, so several workers ticking at once wait on each other rather than deadlock;
      // a programme an admin closed meanwhile no longer matches once its lock is released.
      const due = await manager.query<{ id: string }[]>(
        `SELECT id FROM programmes WHERE status = 'open' AND nominations_close_at <= now() ORDER BY id FOR UPDATE`,
      );
      for (const { id } of due) {
        await this.lifecycle.transition(manager, id, 'closed', { actorId: null, data: { by: 'clock' } });
      }
      return due.length;
    });
  }

  private remindJudges(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query<[{ id: string }[], number]>(
        `UPDATE programmes SET judging_reminded_at = now()
         WHERE status IN ('open', 'closed') AND judging_reminded_at IS NULL AND judging_close_at IS NOT NULL
           AND judging_close_at > now() AND judging_close_at - make_interval(hours => $1) <= now()
         RETURNING id`,
        [this.config.clock.judgingReminderHours],
      );
      // An event with no audit record: nothing changed that a person did or must answer for.
      await this.outbox.record(
        manager,
        rows.map((r) => ({ type: EventType.JudgingDeadlineNeared, payload: { programmeId: r.id } })),
      );
      return rows.length;
    });
  }
}
