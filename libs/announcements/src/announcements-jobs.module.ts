import { Module } from '@nestjs/common';
import { ProgrammesModule } from '@commend/programmes';
import { AnnouncementsModule } from './announcements.module';
import { AnnouncementJobs } from './jobs/announcement-jobs.service';
import { EvidenceSweepJobs } from './jobs/evidence-sweep.service';
import { RetentionJobs } from './jobs/retention.service';

/** Processors only: loaded by the worker. */
@Module({
  imports: [AnnouncementsModule, ProgrammesModule],
  providers: [AnnouncementJobs, RetentionJobs, EvidenceSweepJobs],
  exports: [AnnouncementJobs],
})
export class AnnouncementsJobsModule {}
