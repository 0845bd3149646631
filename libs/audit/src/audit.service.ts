import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuditAction } from './audit-actions';
import { AuditRecord } from './audit-record.entity';
import { chainHash, GENESIS_HASH } from './audit-chain';

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

export type ChainVerdict =
  { ok: true; checked: number } | { ok: false; checked: number; seq: string; id: string; problem: string };

/** Any fixed 64-bit key: serialises appends so the chain follows commit order. */
const AUDIT_CHAIN_LOCK = 0x436f6d6d656e64n; // "Commend"

@Injectable()
export class AuditService {
  /**
   * Appends to the audit trail inside the caller's transaction, so the records commit (or
   * roll back) with the change they describe. Several entries share one lock and one insert:
   * the chain's lock is held until commit, so the less done after taking it, the better.
   */
  async record(manager: EntityManager, entries: AuditEntry | AuditEntry[]): Promise<AuditRecord[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.record must be called inside a transaction');
    }
    const list = Array.isArray(entries) ? entries : [entries];
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK.toString()]);
    const [last] = await manager.query<{ seq: string; hash: string }[]>(
      'SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1',
    );
    let prevHash = last?.hash ?? GENESIS_HASH;
    let seq = last ? BigInt(last.seq) : 0n;
    const records = list.map((entry) => {
      const content = {
        id: randomUUID(),
        occurredAt: new Date(),
        actorId: entry.actorId,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        data: entry.data ?? {},
      };
      seq += 1n;
      const record = manager
        .getRepository(AuditRecord)
        .create({ ...content, seq: seq.toString(), prevHash, hash: chainHash(prevHash, content) });
      prevHash = record.hash;
      return record;
    });
    await manager.getRepository(AuditRecord).insert(records as QueryDeepPartialEntity<AuditRecord>[]);
    return records;
  }

  /** Walks the whole chain in order and reports the first broken link. */
  static async verifyChain(dataSource: DataSource, batchSize = 1000): Promise<ChainVerdict> {
    let prevHash = GENESIS_HASH;
    let afterSeq = '0';
    let checked = 0;
    for (;;) {
      const rows = await dataSource
        .getRepository(AuditRecord)
        .createQueryBuilder('a')
        .where('a.seq > :afterSeq', { afterSeq })
        .orderBy('a.seq', 'ASC')
        .take(batchSize)
        .getMany();
      for (const row of rows) {
        if (row.prevHash !== prevHash) {
          return {
            ok: false,
            checked,
            seq: row.seq,
            id: row.id,
            problem: 'its previous-hash does not match the row before it',
          };
        }
        if (chainHash(prevHash, row) !== row.hash) {
          return { ok: false, checked, seq: row.seq, id: row.id, problem: 'its content does not match its hash' };
        }
        prevHash = row.hash;
        afterSeq = row.seq;
        checked += 1;
      }
      if (rows.length < batchSize) return { ok: true, checked };
    }
  }
}
