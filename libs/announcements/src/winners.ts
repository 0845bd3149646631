import type { EntityManager } from 'typeorm';
import type { AnnouncedCategory } from './render/announcement-content';

export interface WinnerRow {
  nominationId: string;
  categoryId: string;
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
  categories: { id: string; name: string }[];
  outcomes: WinnerRow[];
}> {
  const categories = await manager.query<{ id: string; name: string }[]>(
    'SELECT id, name FROM categories WHERE programme_id = $1 ORDER BY created_at, name, id',
    [programmeId],
  );
  const outcomes = await manager.query<WinnerRow[]>(
    `SELECT o.nomination_id AS "nominationId", c.id AS "categoryId", c.name AS category, 0 AS "categoryPosition",
            o.kind, o.citation, n.nominee_name AS "nomineeName", n.nominee_team AS "nomineeTeam",
            c.nominee_type AS "nomineeType", n.publicity_consent AS "publicityConsent"
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
 * The public form. A person is named only with their consent to publicity; without it, the
 * award goes to "a colleague in" their team or service. A team's name names no person, so a
 * team award always shows the team (and its service): consent is about the people in it,
 * whose names are never published.
 */
export function publicCategories(data: Awaited<ReturnType<typeof approvedOutcomes>>): AnnouncedCategory[] {
  // By id, not name: two categories may share a name and are still two sections.
  return data.categories.map((category) => ({
    name: category.name,
    awards: data.outcomes
      .filter((o) => o.categoryId === category.id)
      .map((o) => ({
        kind: o.kind,
        nomineeName: o.nomineeType === 'team' || o.publicityConsent === 'given' ? o.nomineeName : null,
        team: o.nomineeTeam,
        citation: o.citation,
      })),
  }));
}
