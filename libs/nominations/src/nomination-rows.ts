import type { EntityManager } from 'typeorm';
import type { Nomination } from './entities/nomination.entity';

/** What other libs ask of nominations, so that the SQL over this lib's tables stays in it. */

export interface Nominee {
  id: string;
  reference: string;
  nomineeName: string;
  nomineeTeam: string | null;
  publicityConsent: Nomination['publicityConsent'];
}

/** The nominees of these nominations, as the winners list shows them. */
export function nomineesOf(manager: EntityManager, nominationIds: string[]): Promise<Nominee[]> {
  if (nominationIds.length === 0) return Promise.resolve([]);
  return manager.query<Nominee[]>(
    `SELECT id, reference, nominee_name AS "nomineeName", nominee_team AS "nomineeTeam",
            publicity_consent AS "publicityConsent"
     FROM nominations WHERE id = ANY($1::uuid[])`,
    [[...new Set(nominationIds)]],
  );
}

/** Each nomination's reference. */
export async function nominationReferences(
  manager: EntityManager,
  nominationIds: string[],
): Promise<Map<string, string>> {
  if (nominationIds.length === 0) return new Map();
  const rows = await manager.query<{ id: string; reference: string }[]>(
    'SELECT id, reference FROM nominations WHERE id = ANY($1::uuid[])',
    [[...new Set(nominationIds)]],
  );
  return new Map(rows.map((r) => [r.id, r.reference]));
}

/** Whether any nomination, in any state, was made in the category: its criteria are then fixed. */
export async function categoryHasNominations(manager: EntityManager, categoryId: string): Promise<boolean> {
  const [{ used }] = await manager.query<{ used: boolean }[]>(
    'SELECT EXISTS (SELECT 1 FROM nominations WHERE category_id = $1) AS used',
    [categoryId],
  );
  return used;
}

/** A nomination as a subject access export holds it; names of programmes and criteria are their owner's to give. */
export interface NominationHeld {
  id: string;
  reference: string;
  programmeId: string;
  categoryId: string;
  status: string;
  nomineeName: string | null;
  nomineeEmail: string | null;
  nomineeJobTitle: string | null;
  nomineeTeam: string | null;
  teamMembers: unknown;
  relationship: string | null;
  publicityConsent: string;
  submittedAt: Date | null;
  screeningReason: string | null;
  statements: { criterionId: string; text: string }[];
  evidence: { fileName: string; type: string; size: number; sha256: string }[];
}

const HELD = `SELECT n.id, n.reference, n.programme_id AS "programmeId", n.category_id AS "categoryId", n.status,
      n.nominee_name AS "nomineeName", n.nominee_email AS "nomineeEmail", n.nominee_job_title AS "nomineeJobTitle",
      n.nominee_team AS "nomineeTeam", n.team_members AS "teamMembers", n.relationship,
      n.publicity_consent AS "publicityConsent", n.submitted_at AS "submittedAt", n.screening_reason AS "screeningReason",
      (SELECT coalesce(json_agg(json_build_object('criterionId', s.criterion_id, 'text', s.text)), '[]')
         FROM nomination_statements s WHERE s.nomination_id = n.id) AS statements,
      (SELECT coalesce(json_agg(json_build_object('fileName', e.file_name, 'type', e.type, 'size', e.size, 'sha256', e.sha256)), '[]')
         FROM evidence e WHERE e.nomination_id = n.id) AS evidence
    FROM nominations n`;

/**
 * A subject access export's part in this lib: the nominations a person made (as any of their
 * accounts) and those they received (as the nominee, or a member of the nominated team).
 */
export async function nominationsOfPerson(
  manager: EntityManager,
  email: string,
  userIds: string[],
): Promise<{ made: NominationHeld[]; received: NominationHeld[] }> {
  const made = await manager.query<NominationHeld[]>(
    `${HELD} WHERE n.nominator_id = ANY($1::uuid[]) ORDER BY n.reference`,
    [userIds],
  );
  const received = await manager.query<NominationHeld[]>(
    `${HELD}
     WHERE n.nominee_email = $1 OR n.team_members @> jsonb_build_array(jsonb_build_object('email', $1::text))
     ORDER BY n.reference`,
    [email],
  );
  return { made, received };
}

/** How many of a programme's nominations came in on one day, in one category, now in one status. */
export interface NominationsOnDay {
  /** The day in the programme's time zone, `YYYY-MM-DD`. */
  day: string;
  categoryId: string;
  status: Nomination['status'];
  count: number;
}

/**
 * A programme's nominations counted by the day they came in (submitted, or started for a draft
 * never submitted), in `timeZone`, by category and by their status now. Counts only: the
 * dashboard shows no nomination's content.
 */
export function nominationsPerDay(
  manager: EntityManager,
  programmeId: string,
  timeZone: string,
): Promise<NominationsOnDay[]> {
  return manager.query<NominationsOnDay[]>(
    `SELECT to_char(coalesce(submitted_at, created_at) AT TIME ZONE $2, 'YYYY-MM-DD') AS day,
            category_id AS "categoryId", status, count(*)::int AS count
     FROM nominations WHERE programme_id = $1
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    [programmeId, timeZone],
  );
}
