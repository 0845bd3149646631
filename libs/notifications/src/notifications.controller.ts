import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional, PageQueryDto } from '@commend/core';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { NOTIFICATION_STATUSES, type NotificationStatus } from './entities/notification.entity';
import { NotificationsService, type NotificationView } from './notifications.service';

export class ListNotificationsQueryDto extends PageQueryDto {
  @Optional()
  @IsIn(NOTIFICATION_STATUSES, { message: `status must be one of ${NOTIFICATION_STATUSES.join(', ')}` })
  status?: NotificationStatus;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
@Allow(Role.Admin)
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(@Query() query: ListNotificationsQueryDto): ReturnType<NotificationsService['list']> {
    return this.notifications.list(query.status, query.page, query.pageSize);
  }

  @Post(':id/resend')
  @HttpCode(200)
  resend(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<NotificationView> {
    return this.notifications.resend(id, user);
  }
}
