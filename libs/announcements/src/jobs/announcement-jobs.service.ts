import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { AuditService } from '@commend/audit';
import {
  APP_CONFIG,
  JobName,
  JobQueues,
  OnJob,
  OutboxService,
  STORAGE_DRIVER,
  type AppConfig,
  type StorageDriver,
} from '@commend/core';
import { Announcement } from '../entities/announcement.entity';
import { renderAnnouncement } from '../render/announcement-content';
import { renderCertificate } from '../render/certificate';
import { approvedOutcomes, publicCategories } from '../winners';

interface EventView {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

/**
 * The programme's clock and its announcement, in the worker. Every job checks the database
 * when it runs, so a late, repeated or superseded job does nothing.
 */
@Injectable()
export class AnnouncementJobs {
  private readonly logger = new Logger('Announcements');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queues: JobQueues,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
  ) {}

  async onEvent(event: EventView): Promise<void> {
    if (event.type === 'announcement.scheduled') {
      const { programmeId, version, at } = event.payload as { programmeId: string; version: number; at: string };
      await this.queues.add(
        JobName.FireAnnouncement,
        { programmeId, version },
        { jobId: `announce-${programmeId}-${version}`, delay: Math.max(0, new Date(at).getTime() - Date.now()) },
      );
    }
    if (event.type === 'announcement.published') await this.certificates(event.payload.programmeId as string);
  }

  /**
   * Publishes the announcement if it is still scheduled, at this version, and due — in one
   * transaction with the programme becoming `announced` and the event that tells everyone.
   * However often it was scheduled, only one job finds it so.
   */
  @OnJob(JobName.FireAnnouncement)
  async fire(data: { programmeId: string; version: number }): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const announcement = await manager
        .getRepository(Announcement)
        .findOne({ where: { programmeId: data.programmeId }, lock: { mode: 'pessimistic_write' } });
      if (announcement?.status !== 'scheduled' || announcement.version !== data.version) return 'superseded';
      if (announcement.at.getTime() > Date.now()) return 'not due';
      const [programme] = await manager.query<{ name: string; status: string; time_zone: string }[]>(
        'SELECT name, status, time_zone FROM programmes WHERE id = $1 FOR UPDATE',
        [data.programmeId],
      );
      if (programme?.status !== 'decided') return `programme is ${programme?.status}`;
      const publishedAt = new Date();
      const { html, text } = renderAnnouncement({
        programmeName: programme.name,
        publishedAt,
        timeZone: programme.time_zone,
        categories: publicCategories(await approvedOutcomes(manager, data.programmeId)),
      });
      // Raw, so the version (the schedule's) stays as it was scheduled.
      await manager.query(
        `UPDATE announcements SET status = 'published', published_at = $2, html = $3, text = $4, updated_at = now()
         WHERE programme_id = $1`,
        [data.programmeId, publishedAt, html, text],
      );
      await manager.query(
        `UPDATE programmes SET status = 'announced', version = version + 1, updated_at = now() WHERE id = $1`,
        [data.programmeId],
      );
      await this.audit.record(manager, {
        actorId: null,
        action: 'announcement.published',
        entityType: 'programme',
        entityId: data.programmeId,
        data: { version: data.version },
      });
      await this.outbox.record(manager, { type: 'announcement.published', payload: { programmeId: data.programmeId } });
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
    const awards = await this.dataSource.query<
      {
        nomination_id: string;
        reference: string;
        category: string;
        kind: 'winner' | 'runner_up' | 'highly_commended';
        citation: string;
        nominee: string;
      }[]
    >(
      `SELECT o.nomination_id, n.reference, c.name AS category, o.kind, o.citation, n.nominee_name AS nominee
       FROM outcomes o JOIN categories c ON c.id = o.category_id JOIN nominations n ON n.id = o.nomination_id
       WHERE c.programme_id = $1
         AND NOT EXISTS (SELECT 1 FROM certificates ce WHERE ce.nomination_id = o.nomination_id)`,
      [programmeId],
    );
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
      await this.storage.write(key, Readable.from([Buffer.from(pdf)]));
      await this.dataSource.query(
        `INSERT INTO certificates (programme_id, nomination_id, storage_key, file_name, size)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (nomination_id) DO NOTHING`,
        [programmeId, award.nomination_id, key, `${award.reference}-certificate.pdf`, pdf.byteLength],
      );
    }
    return awards.length;
  }

  /**
   * Every CLOCK_INTERVAL_SECONDS: closes programmes whose nominations close time has passed,
   * asks for judging reminders once per programme, and fires any announcement that is due
   * (should its delayed job have been lost with Redis's data).
   */
  @OnJob(JobName.ProgrammeClock)
  async tick(): Promise<{ closed: number; reminded: number; due: number }> {
    const closed = await this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query<[{ id: string }[], number]>(
        `UPDATE programmes SET status = 'closed', version = version + 1, updated_at = now()
         WHERE status = 'open' AND nominations_close_at <= now() RETURNING id`,
      );
      if (rows.length === 0) return 0;
      await this.audit.record(
        manager,
        rows.map((r) => ({
          actorId: null,
          action: 'programme.closed',
          entityType: 'programme',
          entityId: r.id,
          data: { by: 'clock' },
        })),
      );
      await this.outbox.record(
        manager,
        rows.map((r) => ({ type: 'programme.closed', payload: { programmeId: r.id } })),
      );
      return rows.length;
    });
    const reminded = await this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query<[{ id: string }[], number]>(
        `UPDATE programmes SET judging_reminded_at = now()
         WHERE status IN ('open', 'closed') AND judging_reminded_at IS NULL AND judging_close_at IS NOT NULL
           AND judging_close_at > now() AND judging_close_at - make_interval(hours => $1) <= now()
         RETURNING id`,
        [this.config.clock.judgingReminderHours],
      );
      if (rows.length === 0) return 0;
      await this.outbox.record(
        manager,
        rows.map((r) => ({ type: 'judging.reminder', payload: { programmeId: r.id } })),
      );
      return rows.length;
    });
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
    return { closed, reminded, due: due.length };
  }
}
