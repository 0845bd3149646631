import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditChainCheck } from './audit-chain-check.entity';
import { AuditService, type ChainVerdict } from './audit.service';

/** Runs the chain's tamper check and keeps its result, for the auditor's page. */
@Injectable()
export class AuditChainChecks {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(): Promise<{ verdict: ChainVerdict; check: AuditChainCheck }> {
    const verdict = await AuditService.verifyChain(this.dataSource);
    const check = await this.dataSource.getRepository(AuditChainCheck).save({
      checkedAt: new Date(),
      ok: verdict.ok,
      checked: verdict.checked,
      brokenSeq: verdict.ok ? null : verdict.seq,
      brokenId: verdict.ok ? null : verdict.id,
      problem: verdict.ok ? null : verdict.problem,
    });
    return { verdict, check };
  }

  /** The latest check, or null if it never ran. */
  latest(): Promise<AuditChainCheck | null> {
    return this.dataSource.getRepository(AuditChainCheck).findOne({ where: {}, order: { checkedAt: 'DESC' } });
  }
}
