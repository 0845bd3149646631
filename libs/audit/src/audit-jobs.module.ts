import { Module } from '@nestjs/common';
import { AuditModule } from './audit.module';
import { VerifyAuditChainProcessor } from './jobs/verify-audit-chain.processor';

/** Processors only: loaded by the worker. */
@Module({
  imports: [AuditModule],
  providers: [VerifyAuditChainProcessor],
})
export class AuditJobsModule {}
