import { DomainError } from '@commend/core';

export class NotificationNotFailedError extends DomainError {
  constructor(status: string) {
    super('conflict', 'notification.not_failed', `Only a failed notification can be re-sent; this one is ${status}`);
  }
}
