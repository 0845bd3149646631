import type { EntityManager } from 'typeorm';
import type { AuditWithholding } from '@commend/audit';
import { programmeOfCategorySql } from '@commend/programmes';

/**
 * The embargo: until a programme's announcement fires, its outcomes are seen only by chairs,
 * directors and admins in their own views, not in a subject access export nor in the audit
 * trail. This is its one definition, as SQL over the programme id expression given.
 */
export const announcedSql = (programmeId: string): string =>
  `EXISTS (SELECT 1 FROM announcements ea WHERE ea.programme_id = ${programmeId} AND ea.status = 'published')`;

/**
 * Audit records of a category's outcomes (proposed with their kinds, returned with the
 * director's comment, approved) keep their data from audit readers until the announcement.
 */
export const OUTCOMES_EMBARGO: AuditWithholding = {
  condition: `a.action LIKE 'outcomes.%' AND a.entity_type = 'category'
    AND NOT ${announcedSql(programmeOfCategorySql('a.entity_id'))}`,
  reason: "Outcomes are under embargo until the programme's announcement",
};

/** The programmes whose announcement has fired, and when: what the retention period counts from. */
export function publishedAnnouncements(manager: EntityManager): Promise<{ programmeId: string; publishedAt: Date }[]> {
  return manager.query(
    `SELECT programme_id AS "programmeId", published_at AS "publishedAt" FROM announcements WHERE status = 'published'`,
  );
}

/** Of these programmes, those whose announcement has fired: only their outcomes may be shown. */
export async function announcedProgrammes(manager: EntityManager, programmeIds: string[]): Promise<Set<string>> {
  if (programmeIds.length === 0) return new Set();
  const rows = await manager.query<{ id: string }[]>(
    `SELECT p.id FROM unnest($1::uuid[]) AS p(id) WHERE ${announcedSql('p.id')}`,
    [[...new Set(programmeIds)]],
  );
  return new Set(rows.map((r) => r.id));
}
