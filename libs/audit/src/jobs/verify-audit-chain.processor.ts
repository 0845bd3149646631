import { Injectable, Logger } from '@nestjs/common';
import { JobName, OnJob } from '@commend/core';
import { AuditChainChecks } from '../audit-chain-checks.service';
import type { ChainVerdict } from '../audit.service';

/** The daily tamper check: its result is kept for the auditor's page, and a broken chain is logged as an error. */
@Injectable()
export class VerifyAuditChainProcessor {
  private readonly logger = new Logger('AuditVerify');

  constructor(private readonly checks: AuditChainChecks) {}

  @OnJob(JobName.AuditVerify)
  async handle(): Promise<ChainVerdict> {
    const { verdict } = await this.checks.run();
    if (verdict.ok) this.logger.log({ checked: verdict.checked }, 'Audit chain holds');
    else this.logger.error({ ...verdict, auditTamper: true }, 'Audit chain broken');
    return verdict;
  }
}
