import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { ApiClient } from '../api-client/api-client';
import { ApiError } from '../api-client/api-error';
import type { components } from '../api-client/api-types';
import { WEB_CONFIG, type WebConfig } from '../config/web-config';
import { ApiUnavailableError } from '../web.errors';

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

const UPLOAD_TIMEOUT_MS = 60_000;

/** The nominations routes of /api/v1 the colleague's journey calls, through the one API client. */
@Injectable()
export class NominationsApi {
  constructor(
    private readonly api: ApiClient,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

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

  /**
   * Streams the browser's multipart body to the API as it arrives: the web app never holds
   * the file, and the API's own checks (type, size, risk) decide and explain a refusal.
   */
  async uploadEvidence(token: string, id: string, req: IncomingMessage): Promise<void> {
    let res: Response;
    try {
      res = await fetch(`${this.config.apiUrl}/nominations/${encodeURIComponent(id)}/evidence`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          'content-type': req.headers['content-type'] ?? 'application/octet-stream',
          ...(req.headers['content-length'] ? { 'content-length': req.headers['content-length'] } : {}),
        },
        body: Readable.toWeb(req),
        duplex: 'half',
        signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
      });
    } catch (error) {
      throw new ApiUnavailableError(error);
    }
    if (res.ok) {
      await res.body?.cancel();
      return;
    }
    const body = (await res.json().catch(() => ({}))) as { code?: string; message?: unknown };
    // The API may answer a refusal before reading the whole file; what is left is not needed.
    req.resume();
    throw new ApiError(
      res.status,
      body.code,
      typeof body.message === 'string' ? body.message : `The API answered ${res.status}`,
      undefined,
    );
  }
}
