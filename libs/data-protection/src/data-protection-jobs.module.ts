import { Module } from '@nestjs/common';
import { DataProtectionModule } from './data-protection.module';
import { EvidenceSweepProcessor } from './jobs/evidence-sweep.processor';
import { RetentionProcessor } from './jobs/retention.processor';

/** Processors only: loaded by the worker. */
@Module({
  imports: [DataProtectionModule],
  providers: [RetentionProcessor, EvidenceSweepProcessor],
})
export class DataProtectionJobsModule {}
