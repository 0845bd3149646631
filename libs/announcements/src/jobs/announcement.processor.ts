import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import {
  EventType,
  JobName,
  JobQueues,
  OnJob,
  STORAGE_DRIVER,
  type EventView,
  type StorageDriver,
} from '@commend/core';
import { outcomesIn } from '@commend/judging';
import { nomineesOf } from '@commend/nominations';
import { canTransition, Programme, ProgrammeLifecycle, programmeCategories } from '@commend/programmes';
import { Announcement } from '../entities/announcement.entity';
import { renderCertificate } from '../render/certificate';
import { composeAnnouncement } from '../winners';

/**
 * The announcement and its certificates, in the worker (the programme's clock is the
 * programmes lib's). Every job checks the database when it runs, so a late, repeated or
 * superseded job does nothing.
 */
@Injectable()
export class AnnouncementProcessor {
  private readonly logger = new Logger('Announcements');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    private readonly lifecycle: ProgrammeLifecycle,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
  ) {}

  async onEvent(event: EventView): Promise<void> {
    if (event.type === EventType.AnnouncementScheduled) {
      const { programmeId, version, at } = event.payload;
      await this.queues.add(
        JobName.FireAnnouncement,
        { programmeId, version },
        { jobId: `announce-${programmeId}-${version}`, delay: Math.max(0, new Date(at).getTime() - Date.now()) },
      );
    }
    if (event.type === EventType.AnnouncementPublished) await this.certificates(event.payload.programmeId);
  }

  /**
   * Publishes the announcement if it is still scheduled, at this version, and due — in one
   * transaction with the programme becoming `announced` and the event that tells everyone.
   * However often it was scheduled, only one job finds it so.
   */
  @OnJob(JobName.FireAnnouncement)
  async fire(data: { programmeId: string; version: number }): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      // The programme's row first, then the announcement's, in the order the director's schedule
      // takes them: the other order deadlocked with a reschedule arriving as it fired.
      const programme = await manager.getRepository(Programme).findOne({
        where: { id: data.programmeId },
        lock: { mode: 'pessimistic_write' },
      });
      const announcement = await manager
        .getRepository(Announcement)
        .findOne({ where: { programmeId: data.programmeId }, lock: { mode: 'pessimistic_write' } });
      if (announcement?.status !== 'scheduled' || announcement.version !== data.version) return 'superseded';
      if (announcement.at.getTime() > Date.now()) return 'not due';
      if (!programme || !canTransition(programme.status, 'announced')) return `programme is ${programme?.status}`;
      const publishedAt = new Date();
      const { html, text } = await composeAnnouncement(manager, programme, publishedAt);
      // Raw, so the version (the schedule's) stays as it was scheduled.
      await manager.query(
        `UPDATE announcements SET status = 'published', published_at = $2, html = $3, text = $4, updated_at = now()
         WHERE programme_id = $1`,
        [data.programmeId, publishedAt, html, text],
      );
      // Its audit record and the announcement.published event that tells everyone.
      await this.lifecycle.transition(manager, data.programmeId, 'announced', {
        actorId: null,
        data: { version: data.version },
      });
      this.logger.log({ programmeId: data.programmeId }, 'Announcement published');
      return 'published';
    });
  }

  /** A certificate for each award of a published programme; those made already are kept. */
  async certificates(programmeId: string): Promise<number> {
    const [programme] = await this.dataSource.query<{ name: string; time_zone: string; published_at: Date }[]>(
      `SELECT p.name, p.time_zone, a.published_at FROM programmes p
       JOIN announcements a ON a.programme_id = p.id AND a.status = 'published' WHERE p.id = $1`,
      [programmeId],
    );
    if (!programme) return 0;
    // Each owner answers for its part: the categories, their outcomes, the nominees.
    const manager = this.dataSource.manager;
    const categories = new Map((await programmeCategories(manager, programmeId)).map((c) => [c.id, c.name]));
    const all = await outcomesIn(manager, [...categories.keys()]);
    const made = await manager.query<{ nomination_id: string }[]>(
      'SELECT nomination_id FROM certificates WHERE nomination_id = ANY($1::uuid[])',
      [all.map((o) => o.nominationId)],
    );
    const done = new Set(made.map((c) => c.nomination_id));
    const outcomes = all.filter((o) => !done.has(o.nominationId));
    const found = await nomineesOf(
      manager,
      outcomes.map((o) => o.nominationId),
    );
    const nominees = new Map(found.map((n) => [n.id, n]));
    const awards = outcomes.map((o) => ({
      nomination_id: o.nominationId,
      reference: nominees.get(o.nominationId)!.reference,
      category: categories.get(o.categoryId)!,
      kind: o.kind,
      citation: o.citation,
      nominee: nominees.get(o.nominationId)!.nomineeName,
    }));
    for (const award of awards) {
      const pdf = await renderCertificate({
        programmeName: programme.name,
        categoryName: award.category,
        kind: award.kind,
        nomineeName: award.nominee,
        citation: award.citation,
        date: programme.published_at,
        timeZone: programme.time_zone,
      });
      const key = `certificates/${programmeId}/${award.nomination_id}`;
      // The row's size is what the store holds: the download's Content-Length.
      const { size } = await this.storage.write(key, Readable.from([Buffer.from(pdf)]));
      await this.dataSource.query(
        `INSERT INTO certificates (programme_id, nomination_id, storage_key, file_name, size)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (nomination_id) DO NOTHING`,
        [programmeId, award.nomination_id, key, `${award.reference}-certificate.pdf`, size],
      );
    }
    return awards.length;
  }

  /** On the clock's beat: fires any announcement that is due, should its delayed job have been lost with Redis's data. */
  @OnJob(JobName.FireDueAnnouncements)
  async fireDue(): Promise<{ due: number }> {
    const due = await this.dataSource.query<{ programme_id: string; version: number }[]>(
      `SELECT programme_id, version FROM announcements WHERE status = 'scheduled' AND at <= now()`,
    );
    for (const a of due) {
      await this.queues.add(
        JobName.FireAnnouncement,
        { programmeId: a.programme_id, version: a.version },
        { jobId: `announce-${a.programme_id}-${a.version}-due` },
      );
    }
    return { due: due.length };
  }
}
