import type { EntityManager } from 'typeorm';
import type { AnnouncedCategory } from './render/announcement-content';

export interface WinnerRow {
  nominationId: string;
  category: string;
  categoryPosition: number;
  kind: 'winner' | 'runner_up' | 'highly_commended';
  citation: string;
  nomineeName: string;
  nomineeTeam: string | null;
  nomineeType: 'individual' | 'team';
  publicityConsent: string;
}

/** A programme's approved outcomes, every category, in the order the categories were made. */
export async function approvedOutcomes(
  manager: EntityManager,
  programmeId: string,
): Promise<{
  categories: { name: string }[];
  outcomes: WinnerRow[];
}> {
  const categories = await manager.query<{ name: string }[]>(
    'SELECT name FROM categories WHERE programme_id = $1 ORDER BY created_at, name',
    [programmeId],
  );
  const outcomes = await manager.query<WinnerRow[]>(
    `SELECT o.nomination_id AS "nominationId", c.name AS category, 0 AS "categoryPosition", o.kind, o.citation,
            n.nominee_name AS "nomineeName", n.nominee_team AS "nomineeTeam", c.nominee_type AS "nomineeType",
            n.publicity_consent AS "publicityConsent"
     FROM outcomes o
     JOIN moderations m ON m.category_id = o.category_id AND m.status = 'approved'
     JOIN categories c ON c.id = o.category_id
     JOIN nominations n ON n.id = o.nomination_id
     WHERE c.programme_id = $1
     ORDER BY c.created_at, c.name, n.reference`,
    [programmeId],
  );
  return { categories, outcomes };
}

/**
 * The public form: a person is named only with their consent to publicity; without it, the
 * award goes to "a colleague in" their team or service.
 */
export function publicCategories(data: Awaited<ReturnType<typeof approvedOutcomes>>): AnnouncedCategory[] {
  return data.categories.map((category) => ({
    name: category.name,
    awards: data.outcomes
      .filter((o) => o.category === category.name)
      .map((o) => ({
        kind: o.kind,
        nomineeName: o.publicityConsent === 'given' ? o.nomineeName : null,
        team: o.nomineeType === 'team' && o.publicityConsent !== 'given' ? null : o.nomineeTeam,
        citation: o.citation,
      })),
  }));
}
