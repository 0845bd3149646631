import { OmitType } from '@nestjs/swagger';
import { Notification } from '../entities/notification.entity';

/** A message as the admin console lists it: who, what, its state; never its text or its dedupe key. */
export class NotificationView extends OmitType(Notification, ['text', 'html', 'dedupeKey'] as const) {}

export class NotificationPage {
  items: NotificationView[];
  total: number;
  page: number;
  pageSize: number;
}
