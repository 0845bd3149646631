import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditChainCheck } from './audit-chain-check.entity';
import { AuditChainChecks } from './audit-chain-checks.service';
import { AuditRecord } from './audit-record.entity';
import { AuditService } from './audit.service';
import { ChangeRecorder } from './change-recorder';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditRecord, AuditChainCheck])],
  providers: [AuditService, ChangeRecorder, AuditChainChecks],
  exports: [AuditService, ChangeRecorder, AuditChainChecks, TypeOrmModule],
})
export class AuditModule {}
