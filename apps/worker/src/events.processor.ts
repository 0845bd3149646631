import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AnnouncementJobs } from '@commend/announcements';
import { findOutboxEvent, JobName, OnJob } from '@commend/core';
import { NotificationJobs, type OutboxEventView } from '@commend/notifications';

/**
 * A relayed outbox event: re-read from PostgreSQL (the job carries only its id) and handed to
 * each feature that acts on it. Each reaction is idempotent, so a retry repeats nothing.
 */
@Injectable()
export class EventsProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationJobs,
    private readonly announcements: AnnouncementJobs,
  ) {}

  @OnJob(JobName.HandleEvent)
  async handle(data: { eventId: string }): Promise<string> {
    const event: OutboxEventView | undefined = await findOutboxEvent(this.dataSource.manager, data.eventId);
    if (!event) return 'no such event';
    await this.announcements.onEvent(event);
    await this.notifications.onEvent(event);
    return event.type;
  }
}
