import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { ListNotificationsQueryDto } from './dto/list-notifications-query.dto';
import { ResendNotificationsDto, type ResendResult } from './dto/resend-notifications.dto';
import type { NotificationPage, NotificationView } from './dto/notification-view.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
@Allow(Role.Admin)
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** List the messages sent or due, newest first, a page at a time */
  @Get()
  list(@Query() query: ListNotificationsQueryDto): Promise<NotificationPage> {
    return this.notifications.list(query, query.page, query.pageSize);
  }

  /** Send every failed message again, or those about one programme; answers how many were put back */
  @Post('resend')
  @HttpCode(200)
  resendFailed(@Body() body: ResendNotificationsDto, @CurrentUser() user: AuthUser): Promise<ResendResult> {
    return this.notifications.resendFailed(body.programmeId, user);
  }

  /**
   * Send a failed message again
   * @throws {404} `notification.not_found`
   * @throws {409} Only a failed message is sent again: `notification.not_failed`
   */
  @Post(':id/resend')
  @HttpCode(200)
  resend(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<NotificationView> {
    return this.notifications.resend(id, user);
  }
}
