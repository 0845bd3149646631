import { Module } from '@nestjs/common';
import { DataProtectionModule } from './data-protection.module';
import { EvidenceSweepJobs } from './jobs/evidence-sweep.service';
import { RetentionJobs } from './jobs/retention.service';

/** Processors only: loaded by the worker. */
@Module({
  imports: [DataProtectionModule],
  providers: [RetentionJobs, EvidenceSweepJobs],
})
export class DataProtectionJobsModule {}
