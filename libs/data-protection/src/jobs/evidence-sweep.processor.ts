import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@commend/audit';
import { APP_CONFIG, JobName, OnJob, STORAGE_DRIVER, type AppConfig, type StorageDriver } from '@commend/core';
import { referencedEvidenceKeys } from '@commend/nominations';

const PREFIX = 'evidence/';
const BATCH = 500;

export interface SweepCounts {
  /** Stored evidence files older than the grace period that were checked against the rows. */
  checked: number;
  /** Of those, the ones no row referenced, now deleted. */
  removed: number;
  /** Temp files of writes that never finished, now deleted. */
  abandonedWrites: number;
}

/**
 * The daily orphan sweep, beside the retention purge: stored evidence files that no row references
 * (a crash between a row's delete and its file's, a copy the purge could not see) are removed once
 * older than the grace period, which outlasts any upload still between its write and its row.
 * Expressed through the storage driver alone, so it works the same on object storage.
 */
@Injectable()
export class EvidenceSweepProcessor {
  private readonly logger = new Logger('EvidenceSweep');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @OnJob(JobName.EvidenceOrphanSweep)
  async sweep(): Promise<SweepCounts> {
    const graceHours = this.config.evidenceOrphanGraceHours;
    const before = new Date(Date.now() - graceHours * 3_600_000);
    const counts: SweepCounts = { checked: 0, removed: 0, abandonedWrites: 0 };
    let batch: string[] = [];
    for await (const key of this.storage.listOlderThan(PREFIX, before)) {
      batch.push(key);
      if (batch.length === BATCH) {
        await this.removeUnreferenced(batch, counts);
        batch = [];
      }
    }
    await this.removeUnreferenced(batch, counts);
    counts.abandonedWrites = await this.storage.removeAbandonedWrites(before);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: null,
        action: 'evidence.orphans_swept',
        entityType: 'storage',
        entityId: PREFIX,
        data: { ...counts, graceHours },
      }),
    );
    this.logger.log({ ...counts, graceHours }, 'Evidence orphan sweep done');
    return counts;
  }

  private async removeUnreferenced(keys: string[], counts: SweepCounts): Promise<void> {
    const referenced = await referencedEvidenceKeys(this.dataSource, keys);
    counts.checked += keys.length;
    for (const key of keys) {
      if (referenced.has(key)) continue;
      await this.storage.delete(key);
      counts.removed += 1;
    }
  }
}
