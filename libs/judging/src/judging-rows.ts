import type { EntityManager } from 'typeorm';
import { EXPECTED_SCORECARDS } from './judging-rules';
import type { OutcomeKind } from './entities/outcome.entity';

/** What other libs ask of judging, so that the SQL over this lib's tables stays in it. */

export interface ApprovedOutcome {
  nominationId: string;
  categoryId: string;
  kind: OutcomeKind;
  citation: string;
}

/** The outcomes the director approved in these categories. */
export function approvedOutcomesOf(manager: EntityManager, categoryIds: string[]): Promise<ApprovedOutcome[]> {
  if (categoryIds.length === 0) return Promise.resolve([]);
  return manager.query<ApprovedOutcome[]>(
    `SELECT o.nomination_id AS "nominationId", o.category_id AS "categoryId", o.kind, o.citation
     FROM outcomes o JOIN moderations m ON m.category_id = o.category_id AND m.status = 'approved'
     WHERE o.category_id = ANY($1::uuid[])`,
    [categoryIds],
  );
}

/** Every outcome in these categories, proposed or approved. */
export function outcomesIn(manager: EntityManager, categoryIds: string[]): Promise<ApprovedOutcome[]> {
  if (categoryIds.length === 0) return Promise.resolve([]);
  return manager.query<ApprovedOutcome[]>(
    `SELECT nomination_id AS "nominationId", category_id AS "categoryId", kind, citation
     FROM outcomes WHERE category_id = ANY($1::uuid[])`,
    [categoryIds],
  );
}

/** Each nomination's outcome (proposed or approved): the caller applies the embargo. */
export async function outcomesOf(
  manager: EntityManager,
  nominationIds: string[],
): Promise<Map<string, { kind: OutcomeKind; citation: string }>> {
  if (nominationIds.length === 0) return new Map();
  const rows = await manager.query<{ nominationId: string; kind: OutcomeKind; citation: string }[]>(
    'SELECT nomination_id AS "nominationId", kind, citation FROM outcomes WHERE nomination_id = ANY($1::uuid[])',
    [[...new Set(nominationIds)]],
  );
  return new Map(rows.map(({ nominationId, kind, citation }) => [nominationId, { kind, citation }]));
}

export interface JudgingHeld {
  panels: { categoryId: string; chair: boolean; team: string | null }[];
  conflicts: { nominationId: string; source: string; reason: string; createdAt: Date; clearedAt: Date | null }[];
  scorecards: {
    nominationId: string;
    status: string;
    overallComment: string;
    submittedAt: Date | null;
    /** null when the scorecard has no scores yet. */
    scores: { criterionId: string; score: number | null; comment: string | null }[] | null;
  }[];
}

/** A subject access export's part in this lib: a person's panel places (by account or invited e-mail), conflicts and scorecards. */
export async function judgingOfPerson(manager: EntityManager, email: string, userIds: string[]): Promise<JudgingHeld> {
  const panels = await manager.query<JudgingHeld['panels']>(
    'SELECT pm.category_id AS "categoryId", pm.chair, pm.team FROM panel_members pm WHERE pm.user_id = ANY($2::uuid[]) OR pm.email = $1',
    [email, userIds],
  );
  const conflicts = await manager.query<JudgingHeld['conflicts']>(
    `SELECT cf.nomination_id AS "nominationId", cf.source, cf.reason, cf.created_at AS "createdAt", cf.cleared_at AS "clearedAt"
     FROM conflicts cf WHERE cf.judge_id = ANY($1::uuid[])`,
    [userIds],
  );
  const scorecards = await manager.query<JudgingHeld['scorecards']>(
    `SELECT sc.nomination_id AS "nominationId", sc.status, sc.overall_comment AS "overallComment", sc.submitted_at AS "submittedAt",
            (SELECT json_agg(json_build_object('criterionId', s.criterion_id, 'score', s.score, 'comment', s.comment))
               FROM scores s WHERE s.scorecard_id = sc.id) AS scores
     FROM scorecards sc WHERE sc.judge_id = ANY($1::uuid[])`,
    [userIds],
  );
  return { panels, conflicts, scorecards };
}

/** Whether the user chairs the panel of any of these categories. */
export async function chairsAnyOf(manager: EntityManager, userId: string, categoryIds: string[]): Promise<boolean> {
  if (categoryIds.length === 0) return false;
  const rows = await manager.query<unknown[]>(
    'SELECT 1 FROM panel_members WHERE user_id = $1 AND chair AND category_id = ANY($2::uuid[]) LIMIT 1',
    [userId, categoryIds],
  );
  return rows.length > 0;
}

/** Where a category's judging stands, in counts. */
export interface JudgingProgressCounts {
  categoryId: string;
  /** Panel members, chairs included (with those invited by e-mail who have not signed in yet). */
  judges: number;
  /** Scorecards the panel owes: each member × each eligible nomination, less open conflicts. */
  expected: number;
  submitted: number;
  /** Expected scorecards started and not submitted. */
  drafts: number;
  /** Conflicts recorded (declared by a judge, by an admin, or by the system) and not cleared. */
  conflicts: number;
}

/** Each category's judging progress, by this lib's own definition of what is expected. */
export async function judgingProgressOf(
  manager: EntityManager,
  categoryIds: string[],
): Promise<Map<string, JudgingProgressCounts>> {
  if (categoryIds.length === 0) return new Map();
  const rows = await manager.query<JudgingProgressCounts[]>(
    `SELECT c.id AS "categoryId",
            (SELECT count(*) FROM panel_members pm WHERE pm.category_id = c.id)::int AS judges,
            (SELECT count(*) FROM ${EXPECTED_SCORECARDS} e WHERE e.category_id = c.id)::int AS expected,
            (SELECT count(*) FILTER (WHERE sc.status = 'submitted') FROM ${EXPECTED_SCORECARDS} e
               JOIN scorecards sc ON sc.nomination_id = e.nomination_id AND sc.judge_id = e.judge_id
               WHERE e.category_id = c.id)::int AS submitted,
            (SELECT count(*) FILTER (WHERE sc.status = 'draft') FROM ${EXPECTED_SCORECARDS} e
               JOIN scorecards sc ON sc.nomination_id = e.nomination_id AND sc.judge_id = e.judge_id
               WHERE e.category_id = c.id)::int AS drafts,
            (SELECT count(*) FROM conflicts cf WHERE cf.category_id = c.id AND cf.cleared_at IS NULL)::int AS conflicts
     FROM unnest($1::uuid[]) AS c(id)`,
    [[...new Set(categoryIds)]],
  );
  return new Map(rows.map((r) => [r.categoryId, r]));
}
