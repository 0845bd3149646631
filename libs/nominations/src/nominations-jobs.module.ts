import { Module } from '@nestjs/common';
import { EvidenceCheckProcessor } from './jobs/evidence-check.processor';
import { NominationsModule } from './nominations.module';

/** Processors only: loaded by the worker. */
@Module({
  imports: [NominationsModule],
  providers: [EvidenceCheckProcessor],
  exports: [EvidenceCheckProcessor],
})
export class NominationsJobsModule {}
