import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@commend/audit';
import { ProgrammesModule } from '@commend/programmes';
import { Evidence } from './entities/evidence.entity';
import { NominationStatement } from './entities/nomination-statement.entity';
import { Nomination } from './entities/nomination.entity';
import { EvidenceService } from './evidence.service';
import { NominationsService } from './nominations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Nomination, NominationStatement, Evidence]), ProgrammesModule, AuditModule],
  providers: [NominationsService, EvidenceService],
  exports: [NominationsService, EvidenceService, TypeOrmModule],
})
export class NominationsModule {}
