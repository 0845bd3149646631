import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@commend/audit';
import { JobName, OnJob, STORAGE_DRIVER, type StorageDriver } from '@commend/core';

/**
 * The daily purge: once a programme's retention period after its announcement has passed,
 * its statements, evidence files and privacy findings go. The winners list, outcomes,
 * scorecards and the audit trail stay; what was removed is itself audited.
 */
@Injectable()
export class RetentionProcessor {
  private readonly logger = new Logger('Retention');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
  ) {}

  @OnJob(JobName.RetentionPurge)
  async purge(): Promise<{ programmes: number }> {
    const due = await this.dataSource.query<{ id: string }[]>(
      `SELECT p.id FROM programmes p JOIN announcements a ON a.programme_id = p.id AND a.status = 'published'
       WHERE p.purged_at IS NULL AND a.published_at + make_interval(months => p.retention_months) <= now()`,
    );
    for (const { id } of due) await this.purgeProgramme(id);
    return { programmes: due.length };
  }

  private async purgeProgramme(programmeId: string): Promise<void> {
    const keys = await this.dataSource.transaction(async (manager) => {
      const [locked] = await manager.query<{ purged_at: Date | null }[]>(
        'SELECT purged_at FROM programmes WHERE id = $1 FOR UPDATE',
        [programmeId],
      );
      if (!locked || locked.purged_at) return [];
      const files = await manager.query<{ storage_key: string }[]>(
        `SELECT e.storage_key FROM evidence e JOIN nominations n ON n.id = e.nomination_id WHERE n.programme_id = $1`,
        [programmeId],
      );
      const [, evidence] = await manager.query<[unknown[], number]>(
        'DELETE FROM evidence e USING nominations n WHERE n.id = e.nomination_id AND n.programme_id = $1',
        [programmeId],
      );
      const [, statements] = await manager.query<[unknown[], number]>(
        'DELETE FROM nomination_statements s USING nominations n WHERE n.id = s.nomination_id AND n.programme_id = $1',
        [programmeId],
      );
      const [, findings] = await manager.query<[unknown[], number]>(
        `UPDATE nominations SET privacy_findings = '[]' WHERE programme_id = $1 AND privacy_findings <> '[]'`,
        [programmeId],
      );
      await manager.query('UPDATE programmes SET purged_at = now() WHERE id = $1', [programmeId]);
      await this.audit.record(manager, {
        actorId: null,
        action: 'retention.purged',
        entityType: 'programme',
        entityId: programmeId,
        data: { statements, evidenceFiles: evidence, nominationsWithFindings: findings },
      });
      return files.map((f) => f.storage_key);
    });
    // After the commit: a file left by a crash here is an orphan without a row, found by its key's folder.
    for (const key of keys) await this.storage.delete(key);
    this.logger.log({ programmeId, files: keys.length }, 'Retention period passed: statements and evidence removed');
  }
}
