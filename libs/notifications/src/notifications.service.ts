import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ChangeRecorder } from '@commend/audit';
import type { AuthUser } from '@commend/auth';
import { EventType, lockOrFail } from '@commend/core';
import { Notification, type NotificationStatus } from './entities/notification.entity';
import type { NotificationPage, NotificationView } from './dto/notification-view.dto';
import { NotificationNotFailedError } from './notifications.errors';

export type { NotificationView };

/** The admin's view of what was sent, and re-sending what failed. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: ChangeRecorder,
  ) {}

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
