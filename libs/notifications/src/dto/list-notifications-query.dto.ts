import { IsIn, IsUUID } from 'class-validator';
import { Optional, PageQueryDto } from '@commend/core';
import { NOTIFICATION_STATUSES, type NotificationStatus } from '../entities/notification.entity';

export class ListNotificationsQueryDto extends PageQueryDto {
  @Optional()
  @IsIn(NOTIFICATION_STATUSES, { message: `status must be one of ${NOTIFICATION_STATUSES.join(', ')}` })
  status?: NotificationStatus;

  /** Only the messages about this programme. */
  @Optional()
  @IsUUID(undefined, { message: 'programmeId must be a programme id' })
  programmeId?: string;
}
