import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
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

/** Which messages the admin lists. */
export interface NotificationFilter {
  status?: NotificationStatus;
  programmeId?: string;
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

  async list(filter: NotificationFilter, page: number, pageSize: number): Promise<NotificationPage> {
    const { status, programmeId } = filter;
    const [rows, total] = await this.dataSource.getRepository(Notification).findAndCount({
      where: { ...(status ? { status } : {}), ...(programmeId ? { programmeId } : {}) },
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
      await this.putBack(manager, notification, admin);
      return notification;
    });
    return toView(saved);
  }

  /**
   * Puts every failed notification (of one programme, if given) back to be sent, each as `resend`
   * does. The rows are locked, so two admins pressing at once re-send each message once.
   */
  async resendFailed(programmeId: string | undefined, admin: AuthUser): Promise<{ resent: number }> {
    return this.dataSource.transaction(async (manager) => {
      const qb = manager
        .getRepository(Notification)
        .createQueryBuilder('n')
        .where('n.status = :status', { status: 'failed' })
        .orderBy('n.createdAt', 'ASC')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked');
      if (programmeId) qb.andWhere('n.programme_id = :programmeId', { programmeId });
      const failed = await qb.getMany();
      for (const notification of failed) await this.putBack(manager, notification, admin);
      return { resent: failed.length };
    });
  }

  private async putBack(manager: EntityManager, notification: Notification, admin: AuthUser): Promise<void> {
    notification.status = 'pending';
    notification.attempts = 0;
    await manager.getRepository(Notification).save(notification);
    await this.changes.record(manager, {
      actorId: admin.id,
      action: 'notification.resent',
      entityType: 'notification',
      entityId: notification.id,
      data: { kind: notification.kind, programmeId: notification.programmeId },
      events: [{ type: EventType.NotificationResendRequested, payload: { notificationId: notification.id } }],
    });
  }
}

function toView(n: Notification): NotificationView {
  const { text: _text, html: _html, dedupeKey: _key, ...view } = n;
  return view;
}
