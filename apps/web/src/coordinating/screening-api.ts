import type { IncomingMessage } from 'node:http';
import { Injectable } from '@nestjs/common';
import { ApiClient, type Download } from '../api-client/api-client';
import type { components } from '../api-client/api-types';

type Schemas = components['schemas'];
export type Programme = Schemas['Programme'];
export type Category = Schemas['Category'];
export type Criterion = Schemas['Criterion'];
/** The nomination as an admin reads it: with its privacy findings and possible duplicates. */
export type Nomination = Schemas['NominationView'];
export type NominationPage = Schemas['NominationPage'];
export type PrivacyFinding = Schemas['PrivacyFindingView'];
export type RecordConsent = Schemas['RecordConsentDto'];

const id = (value: string) => encodeURIComponent(value);
const redactedPath = (nominationId: string, evidenceId: string) =>
  `/nominations/${id(nominationId)}/evidence/${id(evidenceId)}/redacted`;

/** The routes of /api/v1 the coordinator's screening and consent pages call, through the one API client. */
@Injectable()
export class ScreeningApi {
  constructor(private readonly api: ApiClient) {}

  programme(token: string, programmeId: string): Promise<Programme> {
    return this.api.request(token, 'GET', `/programmes/${id(programmeId)}`);
  }

  category(token: string, categoryId: string): Promise<Category> {
    return this.api.request(token, 'GET', `/categories/${id(categoryId)}`);
  }

  /** A category's nominations, a page at a time (the API's largest page). */
  nominations(token: string, categoryId: string, page = 1): Promise<NominationPage> {
    const query = new URLSearchParams({ categoryId, page: String(page), pageSize: '100' });
    return this.api.request(token, 'GET', `/nominations?${query.toString()}`);
  }

  nomination(token: string, nominationId: string): Promise<Nomination> {
    return this.api.request(token, 'GET', `/nominations/${id(nominationId)}`);
  }

  screen(token: string, nominationId: string, decision: string, reason: string): Promise<Nomination> {
    return this.api.request(token, 'POST', `/nominations/${id(nominationId)}/screening`, { decision, reason });
  }

  redact(token: string, nominationId: string, criterionId: string, text: string | null): Promise<Nomination> {
    return this.api.request(token, 'PUT', `/nominations/${id(nominationId)}/statements/${id(criterionId)}/redaction`, {
      text,
    });
  }

  /** The admin's redacted copy of an evidence file, streamed from the browser's multipart body. */
  uploadRedactedEvidence(token: string, nominationId: string, evidenceId: string, req: IncomingMessage): Promise<void> {
    return this.api.upload(token, 'PUT', redactedPath(nominationId, evidenceId), req);
  }

  redactedEvidence(token: string, nominationId: string, evidenceId: string): Promise<Download> {
    return this.api.download(token, redactedPath(nominationId, evidenceId));
  }

  removeRedactedEvidence(token: string, nominationId: string, evidenceId: string): Promise<void> {
    return this.api.request(token, 'DELETE', redactedPath(nominationId, evidenceId));
  }

  recordConsent(token: string, nominationId: string, body: RecordConsent): Promise<Nomination> {
    return this.api.request(token, 'PUT', `/nominations/${id(nominationId)}/consent`, body);
  }

  requestConsent(token: string, nominationId: string): Promise<void> {
    return this.api.request(token, 'POST', `/nominations/${id(nominationId)}/consent/request`);
  }
}
