import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AnnouncementProcessor } from '@commend/announcements';
import { findOutboxEvent, JobName, OnJob, toEventView } from '@commend/core';
import { JudgingProcessor } from '@commend/judging';
import { EvidenceCheckProcessor } from '@commend/nominations';
import { NotificationsProcessor } from '@commend/notifications';

/**
 * A relayed outbox event: re-read from PostgreSQL (the job carries only its id) and handed to
 * each feature that acts on it. Each reaction is idempotent, so a retry repeats nothing.
 */
@Injectable()
export class EventsProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsProcessor,
    private readonly announcements: AnnouncementProcessor,
    private readonly judging: JudgingProcessor,
    private readonly evidenceChecks: EvidenceCheckProcessor,
  ) {}

  @OnJob(JobName.HandleEvent)
  async handle(data: { eventId: string }): Promise<string> {
    const row = await findOutboxEvent(this.dataSource.manager, data.eventId);
    if (!row) return 'no such event';
    const event = toEventView(row);
    if (!event) return `no longer an event: ${row.type}`;
    await this.judging.onEvent(event);
    await this.announcements.onEvent(event);
    await this.notifications.onEvent(event);
    await this.evidenceChecks.onEvent(event);
    return event.type;
  }
}
