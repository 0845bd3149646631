import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@commend/audit';
import { NotificationsModule } from '@commend/notifications';
import { AnnouncementsService } from './announcements.service';
import { Announcement } from './entities/announcement.entity';
import { Certificate } from './entities/certificate.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Announcement, Certificate]), AuditModule, NotificationsModule],
  providers: [AnnouncementsService],
  exports: [AnnouncementsService, TypeOrmModule],
})
export class AnnouncementsModule {}
