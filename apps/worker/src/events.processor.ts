import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AnnouncementJobs } from '@commend/announcements';
import { JobName, OnJob } from '@commend/core';
import { JudgingJobs } from '@commend/judging';
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
    private readonly judging: JudgingJobs,
  ) {}

  @OnJob(JobName.HandleEvent)
  async handle(data: { eventId: string }): Promise<string> {
    const [event] = await this.dataSource.query<OutboxEventView[]>(
      'SELECT id, type, payload FROM outbox_events WHERE id = $1',
      [data.eventId],
    );
    if (!event) return 'no such event';
    await this.judging.onEvent(event);
    await this.announcements.onEvent(event);
    await this.notifications.onEvent(event);
    return event.type;
  }
}
