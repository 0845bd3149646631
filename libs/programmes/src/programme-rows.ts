import type { EntityManager } from 'typeorm';

/**
 * What other libs ask of programmes, categories and criteria, so that the SQL over this lib's
 * tables stays in it: a nomination's reference, the retention purge's lock and mark, and the
 * names the winners and a subject access export show.
 */

/**
 * The next nomination reference of an open programme (e.g. `SWW27-0042`), or null when the
 * programme is not taking nominations now. One statement checks the window, takes the
 * programme's row lock (held by the caller's transaction until it commits) and the next number:
 * references have no gaps or duplicates.
 */
export async function takeNominationReference(manager: EntityManager, programmeId: string): Promise<string | null> {
  const [rows] = await manager.query<[{ n: number; prefix: string }[], number]>(
    `UPDATE programmes SET next_reference = next_reference + 1
     WHERE id = $1 AND status = 'open' AND nominations_open_at <= now() AND now() < nominations_close_at
     RETURNING next_reference - 1 AS n, reference_prefix AS prefix`,
    [programmeId],
  );
  return rows.length === 0 ? null : `${rows[0].prefix}-${String(rows[0].n).padStart(4, '0')}`;
}

/**
 * Of the programmes announced at these times, those not yet purged whose retention period
 * after the announcement has passed. The announcement's time is the announcements lib's to say.
 */
export async function programmesPastRetention(
  manager: EntityManager,
  announced: { programmeId: string; publishedAt: Date }[],
): Promise<string[]> {
  if (announced.length === 0) return [];
  const rows = await manager.query<{ id: string }[]>(
    `SELECT p.id FROM programmes p
     JOIN unnest($1::uuid[], $2::timestamptz[]) AS a(programme_id, published_at) ON a.programme_id = p.id
     WHERE p.purged_at IS NULL AND a.published_at + make_interval(months => p.retention_months) <= now()`,
    [announced.map((a) => a.programmeId), announced.map((a) => a.publishedAt)],
  );
  return rows.map((r) => r.id);
}

/** Locks the programme for its purge: true when it exists and has not been purged yet. */
export async function lockProgrammeForPurge(manager: EntityManager, programmeId: string): Promise<boolean> {
  const [locked] = await manager.query<{ purged_at: Date | null }[]>(
    'SELECT purged_at FROM programmes WHERE id = $1 FOR UPDATE',
    [programmeId],
  );
  return Boolean(locked) && !locked.purged_at;
}

export async function markProgrammePurged(manager: EntityManager, programmeId: string): Promise<void> {
  await manager.query('UPDATE programmes SET purged_at = now() WHERE id = $1', [programmeId]);
}

/** A programme's categories in the order they were made (the order of the announcement). */
export function programmeCategories(
  manager: EntityManager,
  programmeId: string,
): Promise<{ id: string; name: string; nomineeType: 'individual' | 'team' }[]> {
  return manager.query(
    `SELECT id, name, nominee_type AS "nomineeType" FROM categories WHERE programme_id = $1 ORDER BY created_at, name, id`,
    [programmeId],
  );
}

/** Each category's name and its programme's. */
export async function categoryNames(
  manager: EntityManager,
  categoryIds: string[],
): Promise<Map<string, { category: string; programme: string; programmeId: string }>> {
  if (categoryIds.length === 0) return new Map();
  const rows = await manager.query<{ id: string; category: string; programme: string; programmeId: string }[]>(
    `SELECT c.id, c.name AS category, p.name AS programme, p.id AS "programmeId"
     FROM categories c JOIN programmes p ON p.id = c.programme_id WHERE c.id = ANY($1::uuid[])`,
    [[...new Set(categoryIds)]],
  );
  return new Map(rows.map(({ id, ...names }) => [id, names]));
}

/** Each criterion's title and its place in its category. */
export async function criterionTitles(
  manager: EntityManager,
  criterionIds: string[],
): Promise<Map<string, { title: string; position: number }>> {
  if (criterionIds.length === 0) return new Map();
  const rows = await manager.query<{ id: string; title: string; position: number }[]>(
    'SELECT id, title, position FROM criteria WHERE id = ANY($1::uuid[])',
    [[...new Set(criterionIds)]],
  );
  return new Map(rows.map(({ id, ...criterion }) => [id, criterion]));
}

/** SQL for the programme id of the category whose id (as text, e.g. an audit record's entity id) is given; NULL when none. */
export const programmeOfCategorySql = (categoryIdText: string): string =>
  `(SELECT pc.programme_id FROM categories pc WHERE pc.id::text = ${categoryIdText})`;
