import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { ChangeRecorder } from '@commend/audit';
import { hasRole, Role, type AuthUser } from '@commend/auth';
import { EventType, lockOrFail, NotFoundError, STORAGE_DRIVER, type StorageDriver } from '@commend/core';
import { chairsAnyOf } from '@commend/judging';
import { NotificationsService } from '@commend/notifications';
import { canTransition, Programme, programmeCategories } from '@commend/programmes';
import { Announcement } from './entities/announcement.entity';
import { Certificate } from './entities/certificate.entity';
import type { AnnouncementPreview, AnnouncementView, PublicWinners } from './dto/announcement-views.dto';
import { parseAnnouncementTime } from './announcement-time';
import {
  AnnouncementNotDecidedError,
  AnnouncementPastError,
  AnnouncementPreviewForbiddenError,
  AnnouncementPublishedError,
} from './announcements.errors';
import { approvedOutcomes, composeAnnouncement, publicCategories } from './winners';

export type { AnnouncementPreview, AnnouncementView, PublicWinners };

const toView = (a: Announcement): AnnouncementView => ({
  programmeId: a.programmeId,
  status: a.status,
  at: a.at,
  publishedAt: a.publishedAt,
  version: a.version,
  html: a.html,
  text: a.text,
  messages: null,
});

/**
 * The director's announcement: now or at a time, rescheduled or cancelled until it fires.
 * The API only records the wish (with an outbox event); the worker publishes it.
 */
@Injectable()
export class AnnouncementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: ChangeRecorder,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    private readonly notifications: NotificationsService,
  ) {}

  async schedule(programmeId: string, atText: string | undefined, director: AuthUser): Promise<AnnouncementView> {
    const zone = await this.dataSource.getRepository(Programme).findOne({
      where: { id: programmeId },
      select: { id: true, timeZone: true },
    });
    if (!zone) throw new NotFoundError('programme');
    const at = atText === undefined ? undefined : parseAnnouncementTime(atText, zone.timeZone);
    const when = at ?? new Date();
    if (at && at.getTime() < Date.now() - 60_000) throw new AnnouncementPastError();
    const saved = await this.dataSource.transaction(async (manager) => {
      const programme = await lockOrFail(manager, Programme, programmeId, 'programme');
      const repo = manager.getRepository(Announcement);
      const existing = await repo.findOneBy({ programmeId });
      if (existing?.status === 'published') throw new AnnouncementPublishedError();
      // Scheduled only once the programme may become announced, so the firing finds it so.
      if (!canTransition(programme.status, 'announced')) throw new AnnouncementNotDecidedError(programme.status);
      const announcement = existing ?? repo.create({ programmeId });
      Object.assign(announcement, { status: 'scheduled', at: when, scheduledBy: director.id, updatedAt: new Date() });
      const row = await repo.save(announcement);
      await this.changes.record(manager, {
        actorId: director.id,
        action: existing?.status === 'scheduled' ? 'announcement.rescheduled' : 'announcement.scheduled',
        entityType: 'programme',
        entityId: programmeId,
        data: { at: when.toISOString(), version: row.version },
        events: [
          {
            type: EventType.AnnouncementScheduled,
            payload: { programmeId, version: row.version, at: when.toISOString() },
          },
        ],
      });
      return row;
    });
    return toView(saved);
  }

  async cancel(programmeId: string, director: AuthUser): Promise<AnnouncementView> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Announcement);
      const announcement = await repo.findOne({ where: { programmeId }, lock: { mode: 'pessimistic_write' } });
      if (!announcement || announcement.status === 'cancelled') throw new NotFoundError('announcement');
      if (announcement.status === 'published') throw new AnnouncementPublishedError();
      announcement.status = 'cancelled';
      const row = await repo.save(announcement);
      await this.changes.record(manager, {
        actorId: director.id,
        action: 'announcement.cancelled',
        entityType: 'programme',
        entityId: programmeId,
        data: { version: row.version },
      });
      return row;
    });
    return toView(saved);
  }

  async get(programmeId: string): Promise<AnnouncementView> {
    const announcement = await this.dataSource.getRepository(Announcement).findOneBy({ programmeId });
    if (!announcement) throw new NotFoundError('announcement');
    if (announcement.status !== 'published') return toView(announcement);
    return { ...toView(announcement), messages: await this.notifications.announcementDelivery(programmeId) };
  }

  /**
   * The announcement before it fires, as the worker will publish it (the same rendering, from
   * the approved outcomes as they are now) and every outcome e-mail as it will be written. It
   * shows outcomes under embargo, so only directors, admins and the programme's chairs see it.
   * Once published, the page as it was published.
   */
  async preview(programmeId: string, user: AuthUser): Promise<AnnouncementPreview> {
    const manager = this.dataSource.manager;
    const programme = await manager.getRepository(Programme).findOne({
      where: { id: programmeId },
      select: { id: true, name: true, timeZone: true, status: true },
    });
    if (!programme) throw new NotFoundError('programme');
    if (!hasRole(user, Role.Director, Role.Admin)) {
      const categories = await programmeCategories(manager, programmeId);
      const chair = await chairsAnyOf(
        manager,
        user.id,
        categories.map((c) => c.id),
      );
      if (!chair) throw new AnnouncementPreviewForbiddenError();
    }
    const announcement = await manager.getRepository(Announcement).findOneBy({ programmeId });
    let page: { at: Date; html: string; text: string };
    if (announcement?.status === 'published' && announcement.publishedAt && announcement.html && announcement.text) {
      page = { at: announcement.publishedAt, html: announcement.html, text: announcement.text };
    } else {
      // Before every category is approved, a preview would show unapproved categories as without award.
      if (!canTransition(programme.status, 'announced')) throw new AnnouncementNotDecidedError(programme.status);
      const at = announcement?.status === 'scheduled' ? announcement.at : new Date();
      page = { at, ...(await composeAnnouncement(manager, programme, at)) };
    }
    return {
      programmeId,
      status: announcement && announcement.status !== 'cancelled' ? announcement.status : null,
      ...page,
      messages: await this.notifications.announcementPreview(programmeId),
    };
  }

  /** For anyone, once published; before that, as if it did not exist. */
  async winners(programmeId: string): Promise<{ json: PublicWinners; html: string }> {
    const announcement = await this.dataSource.getRepository(Announcement).findOne({
      where: { programmeId, status: 'published' },
      relations: { programme: true },
    });
    if (!announcement?.publishedAt || !announcement.html) throw new NotFoundError('winners list');
    const categories = publicCategories(await approvedOutcomes(this.dataSource.manager, programmeId));
    return {
      json: {
        programme: { id: programmeId, name: announcement.programme!.name, timeZone: announcement.programme!.timeZone },
        publishedAt: announcement.publishedAt,
        categories,
      },
      html: announcement.html,
    };
  }

  async certificates(programmeId: string): Promise<Certificate[]> {
    return this.dataSource.getRepository(Certificate).find({ where: { programmeId }, order: { fileName: 'ASC' } });
  }

  /** A certificate, once the announcement made it; every download audited. */
  async certificate(
    programmeId: string,
    nominationId: string,
    user: AuthUser,
  ): Promise<{ certificate: Certificate; stream: Readable }> {
    const certificate = await this.dataSource.getRepository(Certificate).findOne({
      where: { programmeId, nominationId },
      select: {
        id: true,
        programmeId: true,
        nominationId: true,
        storageKey: true,
        fileName: true,
        size: true,
        createdAt: true,
      },
    });
    if (!certificate) throw new NotFoundError('certificate');
    await this.dataSource.transaction((manager) =>
      this.changes.record(manager, {
        actorId: user.id,
        action: 'certificate.downloaded',
        entityType: 'nomination',
        entityId: nominationId,
        data: {},
      }),
    );
    return { certificate, stream: await this.storage.read(certificate.storageKey) };
  }
}
