import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@commend/audit';
import { publishedAnnouncements } from '@commend/announcements';
import { JobName, OnJob, STORAGE_DRIVER, type StorageDriver } from '@commend/core';
import { purgeNominations } from '@commend/nominations';
import { lockProgrammeForPurge, markProgrammePurged, programmesPastRetention } from '@commend/programmes';

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
    const manager = this.dataSource.manager;
    const due = await programmesPastRetention(manager, await publishedAnnouncements(manager));
    for (const id of due) await this.purgeProgramme(id);
    return { programmes: due.length };
  }

  /** Each owner removes its part, in the order the foreign keys need, in one transaction with the audit record. */
  private async purgeProgramme(programmeId: string): Promise<void> {
    const keys = await this.dataSource.transaction(async (manager) => {
      if (!(await lockProgrammeForPurge(manager, programmeId))) return [];
      const purged = await purgeNominations(manager, programmeId);
      await markProgrammePurged(manager, programmeId);
      await this.audit.record(manager, {
        actorId: null,
        action: 'retention.purged',
        entityType: 'programme',
        entityId: programmeId,
        data: {
          statements: purged.statements,
          evidenceFiles: purged.evidenceFiles,
          redactedCopies: purged.redactedCopies,
          nominationsWithFindings: purged.nominationsWithFindings,
        },
      });
      return purged.storageKeys;
    });
    // After the commit: a file left by a crash here is an orphan without a row, found by its key's folder.
    for (const key of keys) await this.storage.delete(key);
    this.logger.log({ programmeId, files: keys.length }, 'Retention period passed: statements and evidence removed');
  }
}
