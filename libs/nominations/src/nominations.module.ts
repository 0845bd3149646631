import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@commend/audit';
import { ProgrammesModule } from '@commend/programmes';
import { Evidence } from './entities/evidence.entity';
import { NominationStatement } from './entities/nomination-statement.entity';
import { Nomination } from './entities/nomination.entity';
import { SigningKey } from './entities/signing-key.entity';
import { ConsentService } from './consent.service';
import { EvidenceService } from './evidence.service';
import { NominationsService } from './nominations.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Nomination, NominationStatement, Evidence, SigningKey]),
    ProgrammesModule,
    AuditModule,
  ],
  providers: [NominationsService, EvidenceService, ConsentService],
  exports: [NominationsService, EvidenceService, ConsentService, TypeOrmModule],
})
export class NominationsModule {}
