import { Module } from '@nestjs/common';
import { ProgrammesModule } from '@commend/programmes';
import { AnnouncementsModule } from './announcements.module';
import { AnnouncementProcessor } from './jobs/announcement.processor';

/** Processors only: loaded by the worker. */
@Module({
  imports: [AnnouncementsModule, ProgrammesModule],
  providers: [AnnouncementProcessor],
  exports: [AnnouncementProcessor],
})
export class AnnouncementsJobsModule {}
