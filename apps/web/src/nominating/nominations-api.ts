import type { IncomingMessage } from 'node:http';
import { Injectable } from '@nestjs/common';
import { ApiClient } from '../api-client/api-client';
import type { components } from '../api-client/api-types';

type Schemas = components['schemas'];
export type CreateNomination = Schemas['CreateNominationDto'];
export type UpdateNomination = Schemas['UpdateNominationDto'];
export type Category = Schemas['Category'];
export type Criterion = Schemas['Criterion'];
export type Programme = Schemas['Programme'];

/** A finding of the API's privacy check, masked (only the masked text is ever kept). */
export type PrivacyFinding = Schemas['PrivacyFindingView'];
/** The nomination as the API's nominations routes answer it. */
export type Nomination = Schemas['NominationView'];

/** The nominations routes of /api/v1 the colleague's journey calls, through the one API client. */
@Injectable()
export class NominationsApi {
  constructor(private readonly api: ApiClient) {}

  programmes(token: string): Promise<Programme[]> {
    return this.api.programmes(token);
  }

  programme(token: string, id: string): Promise<Programme> {
    return this.api.request(token, 'GET', `/programmes/${encodeURIComponent(id)}`);
  }

  categories(token: string, programmeId: string): Promise<Category[]> {
    return this.api.categories(token, programmeId);
  }

  category(token: string, id: string): Promise<Category> {
    return this.api.request(token, 'GET', `/categories/${encodeURIComponent(id)}`);
  }

  mine(token: string): Promise<Nomination[]> {
    return this.api.request(token, 'GET', '/nominations/mine');
  }

  get(token: string, id: string): Promise<Nomination> {
    return this.api.request(token, 'GET', `/nominations/${encodeURIComponent(id)}`);
  }

  create(token: string, categoryId: string, body: CreateNomination): Promise<Nomination> {
    return this.api.request(token, 'POST', `/categories/${encodeURIComponent(categoryId)}/nominations`, body);
  }

  update(token: string, id: string, body: UpdateNomination): Promise<Nomination> {
    return this.api.request(token, 'PATCH', `/nominations/${encodeURIComponent(id)}`, body);
  }

  privacyCheck(token: string, id: string): Promise<{ findings: PrivacyFinding[] }> {
    return this.api.request(token, 'POST', `/nominations/${encodeURIComponent(id)}/privacy-check`);
  }

  submit(token: string, id: string, confirmPrivacyFindings: boolean): Promise<Nomination> {
    return this.api.request(token, 'POST', `/nominations/${encodeURIComponent(id)}/submit`, {
      confirmPrivacyFindings,
    });
  }

  withdraw(token: string, id: string): Promise<Nomination> {
    return this.api.request(token, 'POST', `/nominations/${encodeURIComponent(id)}/withdraw`);
  }

  removeEvidence(token: string, id: string, evidenceId: string): Promise<void> {
    return this.api.request(
      token,
      'DELETE',
      `/nominations/${encodeURIComponent(id)}/evidence/${encodeURIComponent(evidenceId)}`,
    );
  }

  /** The browser's multipart body, streamed to the API as it arrives. */
  uploadEvidence(token: string, id: string, req: IncomingMessage): Promise<void> {
    return this.api.upload(token, 'POST', `/nominations/${encodeURIComponent(id)}/evidence`, req);
  }
}
