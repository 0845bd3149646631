import { Module } from '@nestjs/common';
import { AnnouncementsController } from './announcements.controller';
import { AnnouncementsModule } from './announcements.module';

/** Controllers only: loaded by the API. */
@Module({ imports: [AnnouncementsModule], controllers: [AnnouncementsController] })
export class AnnouncementsHttpModule {}
