import { Module } from '@nestjs/common';
import { AnnouncementsController } from './announcements.controller';
import { AnnouncementsModule } from './announcements.module';
import { PeopleController } from './people.controller';

/** Controllers only: loaded by the API. */
@Module({ imports: [AnnouncementsModule], controllers: [AnnouncementsController, PeopleController] })
export class AnnouncementsHttpModule {}
