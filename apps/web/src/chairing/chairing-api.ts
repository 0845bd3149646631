import { Injectable } from '@nestjs/common';
import { ApiClient } from '../api-client/api-client';
import type { components } from '../api-client/api-types';

type Schemas = components['schemas'];
export type Assignments = Schemas['AssignmentsView'];
export type AssignedCategory = Schemas['AssignedCategory'];
export type Results = Schemas['ResultsView'];
export type NominationResult = Schemas['NominationResult'];
export type JudgeResult = Schemas['JudgeResult'];
export type Scorecard = Schemas['ScorecardView'];
export type JudgeNomination = Schemas['JudgeNominationView'];
export type Outcomes = Schemas['OutcomesView'];
export type ProposeOutcomes = Schemas['ProposeOutcomesDto'];
export type Reminder = Schemas['ReminderView'];
export type Panel = Schemas['PanelView'];
export type Category = Schemas['Category'];
export type Programme = Schemas['Programme'];

const at = (id: string) => encodeURIComponent(id);
/** How many further nominations are read at a time when looking for those given an outcome. */
const FURTHER_PAGE = 100;

/** The /api/v1 routes the chair's pages call, through the one API client; the API decides who may. */
@Injectable()
export class ChairingApi {
  constructor(private readonly api: ApiClient) {}

  assignments(token: string): Promise<Assignments> {
    return this.api.request(token, 'GET', '/judging/assignments');
  }

  category(token: string, id: string): Promise<Category> {
    return this.api.request(token, 'GET', `/categories/${at(id)}`);
  }

  programme(token: string, id: string): Promise<Programme> {
    return this.api.request(token, 'GET', `/programmes/${at(id)}`);
  }

  /** With `page`, only that slice of the ranked nominations (ranks stay the whole category's). */
  results(token: string, categoryId: string, page?: { limit: number; offset: number }): Promise<Results> {
    const query = page ? `?limit=${page.limit}&offset=${page.offset}` : '';
    return this.api.request(token, 'GET', `/categories/${at(categoryId)}/results${query}`);
  }

  /**
   * `first` (a page of the ranking from the top) with the nominations among `ids` that are
   * ranked below it appended, read on a page at a time until each is found: an outcome given
   * to a nomination that a reopened scorecard has since moved down stays on the outcomes page.
   */
  async withNominations(token: string, categoryId: string, first: Results, ids: string[]): Promise<Results> {
    const missing = new Set(ids.filter((id) => !first.nominations.some((n) => n.id === id)));
    const nominations = [...first.nominations];
    for (
      let offset = first.nominations.length;
      missing.size > 0 && offset < first.nominationsTotal;
      offset += FURTHER_PAGE
    ) {
      const page = await this.results(token, categoryId, { limit: FURTHER_PAGE, offset });
      if (page.nominations.length === 0) break;
      for (const n of page.nominations) if (missing.delete(n.id)) nominations.push(n);
    }
    return { ...first, nominations };
  }

  panel(token: string, categoryId: string): Promise<Panel> {
    return this.api.request(token, 'GET', `/categories/${at(categoryId)}/panel`);
  }

  remind(token: string, categoryId: string, panelMemberId: string): Promise<Reminder> {
    return this.api.request(token, 'POST', `/categories/${at(categoryId)}/panel/members/${at(panelMemberId)}/reminder`);
  }

  /** A nomination as its panel reads it (anonymised in a blind category). */
  nomination(token: string, nominationId: string): Promise<JudgeNomination> {
    return this.api.request(token, 'GET', `/judging/nominations/${at(nominationId)}`);
  }

  /** Every judge's submitted scorecard of a nomination (the chair sees them all). */
  scorecards(token: string, nominationId: string): Promise<Scorecard[]> {
    return this.api.request(token, 'GET', `/judging/nominations/${at(nominationId)}/scorecards`);
  }

  reopen(token: string, nominationId: string, judgeId: string, reason: string): Promise<Scorecard> {
    return this.api.request(token, 'POST', `/nominations/${at(nominationId)}/scorecards/${at(judgeId)}/reopen`, {
      reason,
    });
  }

  outcomes(token: string, categoryId: string): Promise<Outcomes> {
    return this.api.request(token, 'GET', `/categories/${at(categoryId)}/outcomes`);
  }

  propose(token: string, categoryId: string, body: ProposeOutcomes): Promise<Outcomes> {
    return this.api.request(token, 'PUT', `/categories/${at(categoryId)}/outcomes`, body);
  }
}
