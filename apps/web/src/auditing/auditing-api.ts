import { Injectable } from '@nestjs/common';
import { ApiClient, type Download, type Programme } from '../api-client/api-client';
import type { components } from '../api-client/api-types';

type Schemas = components['schemas'];
export type { Programme };
export type AuditPage = Schemas['AuditPage'];
export type AuditRecord = Schemas['AuditRecord'];
export type AuditVerification = Schemas['AuditVerification'];

/** The trail's filters as the API reads them (query parameters, all optional). */
export type TrailQuery = Partial<
  Record<
    'programmeId' | 'entityType' | 'entityId' | 'actorId' | 'actorEmail' | 'action' | 'from' | 'to' | 'before',
    string
  >
>;

const PAGE_SIZE = 50;

function queryString(query: TrailQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  return params.toString();
}

/** The routes of /api/v1 the auditor's pages call. */
@Injectable()
export class AuditingApi {
  constructor(private readonly api: ApiClient) {}

  programmes(token: string): Promise<Programme[]> {
    return this.api.programmes(token);
  }

  trail(token: string, query: TrailQuery): Promise<AuditPage> {
    return this.api.request(token, 'GET', `/audit?${queryString({ ...query })}&limit=${PAGE_SIZE}`);
  }

  verification(token: string): Promise<AuditVerification> {
    return this.api.request(token, 'GET', '/audit/verification');
  }

  verifyNow(token: string): Promise<AuditVerification> {
    return this.api.request(token, 'POST', '/audit/verification');
  }

  /** The filtered trail as the API streams it, as CSV with its name; the API audits the export. */
  export(token: string, query: Omit<TrailQuery, 'before'>): Promise<Download> {
    return this.api.download(token, `/audit/export?${queryString(query)}`);
  }
}
export { PAGE_SIZE };
