import type { EntityManager } from 'typeorm';

/**
 * What other libs ask of a programme's row, so that the SQL over `programmes` stays in this lib:
 * a nomination's reference, and the retention purge's lock and mark.
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
