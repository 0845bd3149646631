import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { Optional, PageNumber } from '@commend/core';
import { NOTIFICATION_STATUSES, type NotificationStatus } from '../entities/notification.entity';

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
