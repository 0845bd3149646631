import { Injectable } from '@nestjs/common';
import { ApiClient, type Programme } from '../api-client/api-client';
import type { components } from '../api-client/api-types';

type Schemas = components['schemas'];
export type { Programme };
export type NotificationPage = Schemas['NotificationPage'];
export type NotificationView = Schemas['NotificationView'];
export type PersonExport = Schemas['PersonExport'];

const id = (value: string) => encodeURIComponent(value);

/** The routes of /api/v1 the admin's operations pages call: failed messages and subject access. */
@Injectable()
export class OperationsApi {
  constructor(private readonly api: ApiClient) {}

  programmes(token: string): Promise<Programme[]> {
    return this.api.programmes(token);
  }

  /** The failed messages, newest first (the first 100: a longer list is re-sent in one go anyway). */
  failedNotifications(token: string, programmeId?: string): Promise<NotificationPage> {
    const query = new URLSearchParams({ status: 'failed', pageSize: '100' });
    if (programmeId) query.set('programmeId', programmeId);
    return this.api.request(token, 'GET', `/notifications?${query.toString()}`);
  }

  resend(token: string, notificationId: string): Promise<NotificationView> {
    return this.api.request(token, 'POST', `/notifications/${id(notificationId)}/resend`);
  }

  resendAll(token: string, programmeId?: string): Promise<{ resent: number }> {
    return this.api.request(token, 'POST', '/notifications/resend', programmeId ? { programmeId } : {});
  }

  /** Everything held about a person; the API audits each export. */
  personExport(token: string, email: string): Promise<PersonExport> {
    return this.api.request(token, 'POST', '/people/export', { email });
  }
}
