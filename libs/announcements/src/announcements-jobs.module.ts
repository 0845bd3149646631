import { Module } from '@nestjs/common';
import { ProgrammesModule } from '@commend/programmes';
import { AnnouncementsModule } from './announcements.module';
import { AnnouncementJobs } from './jobs/announcement-jobs.service';

/** Processors only: loaded by the worker. */
@Module({
  imports: [AnnouncementsModule, ProgrammesModule],
  providers: [AnnouncementJobs],
  exports: [AnnouncementJobs],
})
export class AnnouncementsJobsModule {}
