import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobName, OnJob } from '@commend/core';
import { AuditService, type ChainVerdict } from '../audit.service';

/** The daily tamper check: a broken chain is logged as an error for whoever watches the logs. */
@Injectable()
export class VerifyAuditChainProcessor {
  private readonly logger = new Logger('AuditVerify');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @OnJob(JobName.AuditVerify)
  async handle(): Promise<ChainVerdict> {
    const verdict = await AuditService.verifyChain(this.dataSource);
    if (verdict.ok) this.logger.log({ checked: verdict.checked }, 'Audit chain holds');
    else this.logger.error({ ...verdict, auditTamper: true }, 'Audit chain broken');
    return verdict;
  }
}
