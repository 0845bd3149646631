import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { ApiClient } from '../api-client/api-client';
import { ApiError } from '../api-client/api-error';
import type { components } from '../api-client/api-types';
import { WEB_CONFIG, type WebConfig } from '../config/web-config';
import { ApiUnavailableError } from '../web.errors';

type Schemas = components['schemas'];
export type Assignments = Schemas['AssignmentsView'];
export type AssignedCategory = Schemas['AssignedCategory'];
export type AssignedNomination = Schemas['AssignedNomination'];
export type JudgeConflict = Schemas['JudgeConflict'];
export type JudgeNomination = Schemas['JudgeNominationView'];
export type JudgeCriterion = Schemas['JudgeCriterion'];
export type Scorecard = Schemas['ScorecardView'];
export type SaveScorecard = Schemas['SaveScorecardDto'];

const DOWNLOAD_TIMEOUT_MS = 60_000;

/** The judging routes of /api/v1 the judges' journey calls, through the one API client. */
@Injectable()
export class JudgingApi {
  constructor(
    private readonly api: ApiClient,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  assignments(token: string): Promise<Assignments> {
    return this.api.request(token, 'GET', '/judging/assignments');
  }

  nomination(token: string, id: string): Promise<JudgeNomination> {
    return this.api.request(token, 'GET', `/judging/nominations/${encodeURIComponent(id)}`);
  }

  scorecard(token: string, nominationId: string): Promise<Scorecard> {
    return this.api.request(token, 'GET', `/nominations/${encodeURIComponent(nominationId)}/scorecard`);
  }

  save(token: string, nominationId: string, body: SaveScorecard): Promise<Scorecard> {
    return this.api.request(token, 'PUT', `/nominations/${encodeURIComponent(nominationId)}/scorecard`, body);
  }

  submit(token: string, nominationId: string): Promise<Scorecard> {
    return this.api.request(token, 'POST', `/nominations/${encodeURIComponent(nominationId)}/scorecard/submit`);
  }

  /** The other judges' submitted scorecards, or none when the API keeps them hidden from this judge. */
  async peers(token: string, nominationId: string): Promise<Scorecard[]> {
    try {
      return await this.api.request(
        token,
        'GET',
        `/judging/nominations/${encodeURIComponent(nominationId)}/scorecards`,
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === 'scorecard.peers_hidden') return [];
      throw error;
    }
  }

  declareConflict(token: string, nominationId: string, reason: string): Promise<unknown> {
    return this.api.request(token, 'POST', `/nominations/${encodeURIComponent(nominationId)}/conflicts`, { reason });
  }

  /**
   * An evidence file as the API sends it to a judge: its type, size and Content-Disposition
   * (the neutral name in a blind category) go to the browser unchanged, the body streamed.
   */
  async evidence(
    token: string,
    nominationId: string,
    evidenceId: string,
  ): Promise<{ headers: Record<string, string>; body: Readable }> {
    const path = `/judging/nominations/${encodeURIComponent(nominationId)}/evidence/${encodeURIComponent(evidenceId)}`;
    let res: Response;
    try {
      res = await fetch(`${this.config.apiUrl}${path}`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
      });
    } catch (error) {
      throw new ApiUnavailableError(error);
    }
    if (!res.ok || !res.body) {
      const body = (await res.json().catch(() => ({}))) as { code?: string; message?: unknown };
      throw new ApiError(
        res.status,
        body.code,
        typeof body.message === 'string' ? body.message : `The API answered ${res.status}`,
        undefined,
      );
    }
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    for (const name of ['content-type', 'content-disposition', 'content-length']) {
      const value = res.headers.get(name);
      if (value) headers[name] = value;
    }
    return { headers, body: Readable.fromWeb(res.body) };
  }
}
