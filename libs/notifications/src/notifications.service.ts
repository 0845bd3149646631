import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ChangeRecorder } from '@commend/audit';
import type { AuthUser } from '@commend/auth';
import { APP_CONFIG, EventType, lockOrFail, type AppConfig } from '@commend/core';
import { Notification, type NotificationStatus } from './entities/notification.entity';
import type { NotificationPage, NotificationView } from './dto/notification-view.dto';
import { NotificationNotFailedError } from './notifications.errors';
import { ANNOUNCEMENT_KINDS, type NotificationKind } from './notification-kinds';
import { planAnnouncement } from './recipients';

export type { NotificationView };

/** How the announcement's messages went: each counted once, by its state now. */
export interface AnnouncementDelivery {
  pending: number;
  sent: number;
  failed: number;
}

/** One message of the announcement as it will be sent, without its address. */
export interface MessagePreview {
  kind: NotificationKind;
  subject: string;
  text: string;
}

/** The admin's view of what was sent, and re-sending what failed. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: ChangeRecorder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The announcement's messages, planned as the worker plans them when it fires, from the data as it is now. */
  async announcementPreview(programmeId: string): Promise<MessagePreview[]> {
    const planned = await planAnnouncement(this.dataSource.manager, this.config.appUrl, programmeId);
    return planned.map((p) => ({ kind: p.kind, subject: p.message.subject, text: p.message.text }));
  }

  /** How many of a programme's announcement messages are waiting, sent and failed. */
  async announcementDelivery(programmeId: string): Promise<AnnouncementDelivery> {
    const rows = await this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .select('n.status', 'status')
      .addSelect('count(*)::int', 'count')
      .where('n.programme_id = :programmeId', { programmeId })
      .andWhere('n.kind IN (:...kinds)', { kinds: ANNOUNCEMENT_KINDS })
      .groupBy('n.status')
      .getRawMany<{ status: NotificationStatus; count: number }>();
    const count = (status: NotificationStatus) => rows.find((r) => r.status === status)?.count ?? 0;
    return { pending: count('pending'), sent: count('sent'), failed: count('failed') };
  }

  async list(status: NotificationStatus | undefined, page: number, pageSize: number): Promise<NotificationPage> {
    const [rows, total] = await this.dataSource.getRepository(Notification).findAndCount({
      where: status ? { status } : {},
      order: { createdAt: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(toView), total, page, pageSize };
  }

  /** Puts a failed notification back to be sent (through the outbox: the API never calls Redis). */
  async resend(id: string, admin: AuthUser): Promise<NotificationView> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const notification = await lockOrFail(manager, Notification, id, 'notification');
      if (notification.status !== 'failed') throw new NotificationNotFailedError(notification.status);
      notification.status = 'pending';
      notification.attempts = 0;
      await manager.getRepository(Notification).save(notification);
      await this.changes.record(manager, {
        actorId: admin.id,
        action: 'notification.resent',
        entityType: 'notification',
        entityId: id,
        data: { kind: notification.kind },
        events: [{ type: EventType.NotificationResendRequested, payload: { notificationId: id } }],
      });
      return notification;
    });
    return toView(saved);
  }
}

function toView(n: Notification): NotificationView {
  const { text: _text, html: _html, dedupeKey: _key, ...view } = n;
  return view;
}
