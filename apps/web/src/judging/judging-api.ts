import { Injectable } from '@nestjs/common';
import { ApiClient, type Download } from '../api-client/api-client';
import { ApiError } from '../api-client/api-error';
import type { components } from '../api-client/api-types';

type Schemas = components['schemas'];
export type Assignments = Schemas['AssignmentsView'];
export type AssignedCategory = Schemas['AssignedCategory'];
export type AssignedNomination = Schemas['AssignedNomination'];
export type JudgeConflict = Schemas['JudgeConflict'];
export type JudgeNomination = Schemas['JudgeNominationView'];
export type JudgeCriterion = Schemas['JudgeCriterion'];
export type Scorecard = Schemas['ScorecardView'];
export type SaveScorecard = Schemas['SaveScorecardDto'];

/** The judging routes of /api/v1 the judges' journey calls, through the one API client. */
@Injectable()
export class JudgingApi {
  constructor(private readonly api: ApiClient) {}

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

  /** An evidence file as the API sends it to a judge: under its neutral name in a blind category. */
  evidence(token: string, nominationId: string, evidenceId: string): Promise<Download> {
    return this.api.download(
      token,
      `/judging/nominations/${encodeURIComponent(nominationId)}/evidence/${encodeURIComponent(evidenceId)}`,
    );
  }
}
