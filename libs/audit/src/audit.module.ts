import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditRecord } from './audit-record.entity';
import { AuditService } from './audit.service';
import { ChangeRecorder } from './change-recorder';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditRecord])],
  providers: [AuditService, ChangeRecorder],
  exports: [AuditService, ChangeRecorder, TypeOrmModule],
})
export class AuditModule {}
