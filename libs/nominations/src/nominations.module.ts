import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@commend/audit';
import { CategoryUsage, ProgrammesModule } from '@commend/programmes';
import { EvidenceRedaction } from './entities/evidence-redaction.entity';
import { Evidence } from './entities/evidence.entity';
import { NominationStatement } from './entities/nomination-statement.entity';
import { Nomination } from './entities/nomination.entity';
import { SigningKey } from './entities/signing-key.entity';
import { ConsentService } from './consent.service';
import { EvidenceCheckService } from './evidence-check.service';
import { EvidenceService } from './evidence.service';
import { categoryHasNominations } from './nomination-rows';
import { NominationsExportService } from './nominations-export.service';
import { NominationsService } from './nominations.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Nomination, NominationStatement, Evidence, EvidenceRedaction, SigningKey]),
    ProgrammesModule,
    AuditModule,
  ],
  providers: [NominationsService, EvidenceService, EvidenceCheckService, ConsentService, NominationsExportService],
  exports: [
    NominationsService,
    EvidenceService,
    EvidenceCheckService,
    ConsentService,
    NominationsExportService,
    TypeOrmModule,
  ],
})
export class NominationsModule {
  // A category with nominations keeps its criteria: programmes asks, this lib answers (see CategoryUsage).
  constructor(usage: CategoryUsage) {
    usage.register(categoryHasNominations);
  }
}
