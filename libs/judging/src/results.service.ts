import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hasRole, Role, type AuthUser } from '@commend/auth';
import { NotFoundError } from '@commend/core';
import { Category } from '@commend/programmes';
import { JudgingAccess } from './judging-access.service';
import { JUDGE_RESULTS_SQL, NOMINATION_COUNT_SQL, NOMINATION_RESULTS_SQL } from './results.sql';
import { tieBreak } from './tie-break';
import type { NominationResult, ResultsView } from './dto/judging-views.dto';

export type { ResultsView };

/** A page of the ranking (ResultsQueryDto). */
export interface ResultsPage {
  limit?: number;
  offset?: number;
}

/** Judges whose scores differ by more than this standard deviation (percentage points) disagree. */
export const HIGH_DISAGREEMENT_SD = 15;
/** A judge scoring this many points above or below the others, on average, is lenient or harsh. */
export const LENIENCY_POINTS = 5;

/**
 * A row of NOMINATION_RESULTS_SQL: the result's own fields (one owner, the response DTO), with
 * the two tie flags the SQL gives flat and the service turns into `tie`.
 */
type NominationRow = Omit<NominationResult, 'tie'> & { tiedRaw: boolean; tiedNormalised: boolean };

interface JudgeRow {
  panelMemberId: string;
  judgeId: string | null;
  name: string;
  chair: boolean;
  signedIn: boolean;
  expected: number;
  submitted: number;
  meanScore: number | null;
  leniency: number | null;
  normalised: boolean;
}

@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JudgingAccess,
  ) {}

  /** For the category's chair, directors and admins. */
  async results(categoryId: string, user: AuthUser, page: ResultsPage = {}): Promise<ResultsView> {
    const category = await this.dataSource
      .getRepository(Category)
      .findOne({ where: { id: categoryId }, relations: { programme: true } });
    if (!category) throw new NotFoundError('category');
    const overseer = hasRole(user, Role.Admin, Role.Director);
    if (!overseer) await this.access.chairMembership(user, categoryId);
    return this.compute(category, overseer || !category.effectiveBlindJudging, page);
  }

  /** The figures, with names only for those who may see them; `page` cuts the list of nominations only. */
  async compute(category: Category, showNames: boolean, page: ResultsPage = {}): Promise<ResultsView> {
    const [nominations, judges, [{ total }]] = await Promise.all([
      this.dataSource.query<NominationRow[]>(NOMINATION_RESULTS_SQL, [
        category.id,
        HIGH_DISAGREEMENT_SD,
        page.limit ?? null,
        page.offset ?? null,
      ]),
      this.dataSource.query<JudgeRow[]>(JUDGE_RESULTS_SQL, [category.id]),
      this.dataSource.query<{ total: number }[]>(NOMINATION_COUNT_SQL, [category.id]),
    ]);
    const assessed = judges.map((j) => ({ ...j, assessment: assessment(j) }));
    return {
      category: {
        id: category.id,
        name: category.name,
        numberOfWinners: category.numberOfWinners,
        tieBreakRule: category.tieBreakRule,
      },
      nominations: nominations.map(({ tiedRaw, tiedNormalised, nomineeName, ...n }) => ({
        ...n,
        nomineeName: showNames ? nomineeName : null,
        tie: {
          raw: tiedRaw,
          normalised: tiedNormalised,
          breakBy: tieBreak(category.tieBreakRule, tiedRaw, tiedNormalised),
        },
      })),
      nominationsTotal: total,
      judges: assessed,
      progress: {
        expected: judges.reduce((sum, j) => sum + j.expected, 0),
        submitted: judges.reduce((sum, j) => sum + j.submitted, 0),
      },
      explanation: explain(assessed),
    };
  }
}

function assessment(j: JudgeRow): ResultsView['judges'][number]['assessment'] {
  if (j.leniency === null || !j.normalised) return 'not enough scorecards';
  if (j.leniency >= LENIENCY_POINTS) return 'lenient';
  if (j.leniency <= -LENIENCY_POINTS) return 'harsh';
  return 'in line';
}

const points = (n: number): string => `${Math.abs(n).toFixed(1)} point${Math.abs(n) === 1 ? '' : 's'}`;

/** Sentences a chair can read out at record. */
function explain(judges: ResultsView['judges']): string[] {
  const lines = judges.flatMap((j) => {
    switch (j.assessment) {
      case 'lenient':
        return [
          `${j.name} scored ${points(j.leniency!)} higher than the other judges on the same nominations, on average: lenient. The normalised score corrects for it.`,
        ];
      case 'harsh':
        return [
          `${j.name} scored ${points(j.leniency!)} lower than the other judges on the same nominations, on average: harsh. The normalised score corrects for it.`,
        ];
      case 'in line':
        return [`${j.name} scored within ${LENIENCY_POINTS} points of the other judges, on average.`];
      case 'not enough scorecards':
        return j.submitted > 0
          ? [
              `${j.name}'s ${j.submitted} scorecard(s) are too few or too alike to correct for leniency: they count at face value in the normalised score.`,
            ]
          : [];
    }
  });
  const waiting = judges.filter((j) => j.submitted < j.expected);
  if (waiting.length) {
    lines.push(
      `Still to come: ${waiting.map((j) => `${j.name} (${j.submitted} of ${j.expected} submitted)`).join(', ')}.`,
    );
  }
  return lines;
}
