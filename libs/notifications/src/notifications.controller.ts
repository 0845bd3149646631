import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { Optional, PageNumber } from '@commend/core';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { NOTIFICATION_STATUSES, type NotificationStatus } from './entities/notification.entity';
import { NotificationsService, type NotificationView } from './notifications.service';

export class ListNotificationsQueryDto {
  @Optional()
  @IsIn(NOTIFICATION_STATUSES, { message: `status must be one of ${NOTIFICATION_STATUSES.join(', ')}` })
  status?: NotificationStatus;

  @PageNumber()
  page = 1;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 50;
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
