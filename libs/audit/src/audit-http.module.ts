import { Module } from '@nestjs/common';
import { AuditModule } from './audit.module';
import { AuditController } from './audit.controller';

/** Controllers only: loaded by the API. */
@Module({
  imports: [AuditModule],
  controllers: [AuditController],
})
export class AuditHttpModule {}
