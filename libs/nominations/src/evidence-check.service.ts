import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buffer } from 'node:stream/consumers';
import type { DataSource, EntityManager } from 'typeorm';
import { EventType, OutboxService, STORAGE_DRIVER, type EventInput, type StorageDriver } from '@commend/core';
import { Category, Programme } from '@commend/programmes';
import { Evidence, type EvidenceCheckStatus } from './entities/evidence.entity';
import { Nomination } from './entities/nomination.entity';
import { readEvidenceText, type TextPiece } from './evidence/evidence-text';
import type { PrivacyFinding } from './privacy/privacy-finding';
import { scanText } from './privacy/privacy-scanner';
import { scanOptionsFor } from './privacy/scan-options';

/** What one run of a check came to; `superseded` when the file is gone or a newer check was asked for. */
export type EvidenceCheckOutcome = Exclude<EvidenceCheckStatus, 'checking'> | 'superseded';

/**
 * A check takes about a second for a 20-page PDF and retries three times with backoff from 1 s
 * (docs/performance.md, docs/queue.md); one still running after ten minutes is lost, not slow.
 */
export const STALE_CHECK_SECONDS = 600;

/** The event that asks the worker to check a file at this generation. */
export const evidenceCheckRequested = (evidenceId: string, generation: number): EventInput => ({
  type: EventType.EvidenceCheckRequested,
  payload: { evidenceId, generation },
});

/**
 * The privacy check of evidence files, which the worker runs (`evidence.check`): it reads the file
 * from storage, extracts its text by type and scans it with the same scanner and options as the
 * statements, storing the findings (masked, with their page or paragraph) on the file's row.
 * A result is stored only for the generation it was asked for, so a late job never overwrites a
 * newer request's result.
 */
@Injectable()
export class EvidenceCheckService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Asks again for the check of every file of the programme's drafts, because its own identifier templates changed.
   * A submitted nomination is not re-read: its findings are what the nominator confirmed.
   */
  async recheckProgramme(programmeId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query<[{ id: string; check_generation: number }[], number]>(
        `UPDATE evidence e SET check_status = 'checking', check_generation = e.check_generation + 1, check_requested_at = now()
         FROM nominations n
         WHERE n.id = e.nomination_id AND n.programme_id = $1 AND n.status = 'draft'
         RETURNING e.id, e.check_generation`,
        [programmeId],
      );
      await this.outbox.record(
        manager,
        rows.map((r) => evidenceCheckRequested(r.id, r.check_generation)),
      );
      return rows.length;
    });
  }

  /**
   * Asks again for the check of every file of a nomination (what is allowed changed: the
   * nominee's name or e-mail, the team, its members), in the caller's transaction: each file is
   * `checking` at a new generation; the caller records the events returned with its change.
   */
  async recheckAll(manager: EntityManager, nominationId: string): Promise<EventInput[]> {
    const rows = await manager.query<[{ id: string; check_generation: number }[], number]>(
      `UPDATE evidence SET check_status = 'checking', check_generation = check_generation + 1, check_requested_at = now()
       WHERE nomination_id = $1 RETURNING id, check_generation`,
      [nominationId],
    );
    return rows[0].map((r) => evidenceCheckRequested(r.id, r.check_generation));
  }

  /**
   * Asks again, in the caller's transaction, for the check of each file of the nomination that has been `checking`
   * for longer than any check takes: its job was lost (the worker could not store the result when its database was
   * down on the last attempt, or the queue lost it). Without this, the nominator could never submit.
   */
  async requestStaleChecks(manager: EntityManager, nominationId: string): Promise<number> {
    const [rows] = await manager.query<[{ id: string; check_generation: number }[], number]>(
      `UPDATE evidence SET check_generation = check_generation + 1, check_requested_at = now()
       WHERE nomination_id = $1 AND check_status = 'checking'
         AND check_requested_at < now() - make_interval(secs => $2)
       RETURNING id, check_generation`,
      [nominationId, STALE_CHECK_SECONDS],
    );
    await this.outbox.record(
      manager,
      rows.map((r) => evidenceCheckRequested(r.id, r.check_generation)),
    );
    return rows.length;
  }

  /**
   * Checks one file for the generation asked. A file that cannot be read throws, for the job to
   * try again; on the last attempt (`lastAttempt`) it is stored as `failed` instead.
   */
  async check(evidenceId: string, generation: number, lastAttempt = true): Promise<EvidenceCheckOutcome> {
    const evidence = await this.dataSource.getRepository(Evidence).findOne({
      where: { id: evidenceId },
      select: {
        id: true,
        nominationId: true,
        storageKey: true,
        fileName: true,
        type: true,
        checkStatus: true,
        checkGeneration: true,
      },
    });
    if (!evidence || evidence.checkGeneration !== generation) return 'superseded';
    if (evidence.type === 'png' || evidence.type === 'jpeg') {
      return this.store(evidence, 'not_readable', []);
    }
    const nomination = await this.dataSource.getRepository(Nomination).findOneByOrFail({ id: evidence.nominationId });
    const [programme, category] = await Promise.all([
      this.dataSource.getRepository(Programme).findOneByOrFail({ id: nomination.programmeId }),
      this.dataSource.getRepository(Category).findOneByOrFail({ id: nomination.categoryId }),
    ]);
    const options = scanOptionsFor(nomination, programme, category);
    const findings: PrivacyFinding[] = [];
    const onPiece = ({ text, ...place }: TextPiece) => {
      for (const f of scanText(text, options)) {
        findings.push({
          ...f,
          source: { type: 'evidence', evidenceId: evidence.id, fileName: evidence.fileName, ...place },
        });
      }
    };
    let reading;
    try {
      const bytes = await buffer(await this.storage.read(evidence.storageKey));
      reading = await readEvidenceText(evidence.type, bytes, onPiece);
    } catch (error) {
      if (!lastAttempt) throw new EvidenceUnreadableError(error);
      return this.store(evidence, 'failed', []);
    }
    return this.store(evidence, reading === 'read' ? 'checked' : reading, findings);
  }

  private async store(
    evidence: Pick<Evidence, 'id' | 'checkGeneration'>,
    status: Exclude<EvidenceCheckStatus, 'checking'>,
    findings: PrivacyFinding[],
  ): Promise<EvidenceCheckOutcome> {
    const [, affected] = await this.dataSource.query<[unknown, number]>(
      `UPDATE evidence SET check_status = $3, check_findings = $4, checked_at = now()
       WHERE id = $1 AND check_generation = $2`,
      [evidence.id, evidence.checkGeneration, status, JSON.stringify(findings)],
    );
    return affected ? status : 'superseded';
  }
}

/**
 * A file that could not be read, for the job to try again. Its message names no file and carries
 * none of the file's text: the original error (which might quote it) is not kept.
 */
export class EvidenceUnreadableError extends Error {
  /** The kind of the original error, for the log. */
  readonly reason: string;

  constructor(cause: unknown) {
    super('The evidence file could not be read');
    this.name = new.target.name;
    this.reason = cause instanceof Error ? cause.name : typeof cause;
  }
}
