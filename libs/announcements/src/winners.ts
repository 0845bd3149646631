import type { EntityManager } from 'typeorm';
import { approvedOutcomesOf } from '@commend/judging';
import { nomineesOf } from '@commend/nominations';
import { programmeCategories } from '@commend/programmes';
import { renderAnnouncement, type AnnouncedCategory } from './render/announcement-content';

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

/**
 * A programme's approved outcomes, every category, in the order the categories were made, each
 * asked of its owner: the categories of programmes, the outcomes of judging, the nominees of
 * nominations.
 */
export async function approvedOutcomes(
  manager: EntityManager,
  programmeId: string,
): Promise<{
  categories: { id: string; name: string }[];
  outcomes: WinnerRow[];
}> {
  const categories = await programmeCategories(manager, programmeId);
  const approved = await approvedOutcomesOf(
    manager,
    categories.map((c) => c.id),
  );
  const found = await nomineesOf(
    manager,
    approved.map((o) => o.nominationId),
  );
  const nominees = new Map(found.map((n) => [n.id, n]));
  const place = new Map(categories.map((c, index) => [c.id, { category: c, index }]));
  const outcomes = approved
    .map((o) => ({ o, n: nominees.get(o.nominationId)!, c: place.get(o.categoryId)! }))
    .sort(
      (a, b) => a.c.index - b.c.index || (a.n.reference < b.n.reference ? -1 : a.n.reference > b.n.reference ? 1 : 0),
    )
    .map(({ o, n, c }): WinnerRow => ({
      nominationId: o.nominationId,
      categoryId: o.categoryId,
      category: c.category.name,
      categoryPosition: 0,
      kind: o.kind,
      citation: o.citation,
      nomineeName: n.nomineeName,
      nomineeTeam: n.nomineeTeam,
      nomineeType: c.category.nomineeType,
      publicityConsent: n.publicityConsent,
    }));
  return { categories: categories.map(({ id, name }) => ({ id, name })), outcomes };
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

/**
 * The announcement of a programme as published at `publishedAt`, from the approved outcomes as
 * they are now: what the worker publishes when it fires, and what the director's preview shows.
 */
export async function composeAnnouncement(
  manager: EntityManager,
  programme: { id: string; name: string; timeZone: string },
  publishedAt: Date,
): Promise<{ html: string; text: string }> {
  return renderAnnouncement({
    programmeName: programme.name,
    publishedAt,
    timeZone: programme.timeZone,
    categories: publicCategories(await approvedOutcomes(manager, programme.id)),
  });
}
