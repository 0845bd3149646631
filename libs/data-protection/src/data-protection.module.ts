import { Module } from '@nestjs/common';
import { AuditModule } from '@commend/audit';
import { PeopleExportService } from './people-export.service';

/**
 * Data protection: what a trust's information governance lead reads. It owns no tables of its
 * own; it reads and purges the personal data the other libs hold.
 */
@Module({
  imports: [AuditModule],
  providers: [PeopleExportService],
  exports: [PeopleExportService],
})
export class DataProtectionModule {}
