import type { DataSource, EntityManager } from 'typeorm';

/**
 * Of `keys`, those an evidence row or a redacted copy of one still references: the one
 * definition the orphan sweep uses to decide that a stored file has no owner.
 */
export async function referencedEvidenceKeys(db: DataSource | EntityManager, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.query<{ storage_key: string }[]>(
    `SELECT storage_key FROM evidence WHERE storage_key = ANY($1::text[])
     UNION ALL
     SELECT storage_key FROM evidence_redactions WHERE storage_key = ANY($1::text[])`,
    [keys],
  );
  return new Set(rows.map((row) => row.storage_key));
}
