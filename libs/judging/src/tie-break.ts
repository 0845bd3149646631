import type { TieBreakRule } from '@commend/programmes';

/**
 * The category's tie-break rule: a raw tie (equal weighted scores) is broken by the normalised
 * score when the rule allows it and the normalised scores differ, otherwise by the chair's
 * casting decision, given with a reason. The ties themselves are found in SQL (results.sql.ts).
 */
export function tieBreak(rule: TieBreakRule, tiedRaw: boolean, tiedNormalised: boolean): 'normalised' | 'chair' | null {
  if (!tiedRaw) return null;
  return rule === 'normalised_then_chair' && !tiedNormalised ? 'normalised' : 'chair';
}

interface Ranked {
  id: string;
  reference: string;
  weightedScore: number | null;
  normalisedScore: number | null;
  tie: { raw: boolean };
}

interface Proposed {
  nominationId: string;
  kind: string;
  tieBreakReason?: string | null;
}

/**
 * The first proposed winner tied on weighted score with a nomination that is not a winner and
 * not put ahead of every such rival by the rule — so it needs the chair's reason and has none —
 * with those rivals' references; null when every tie is broken.
 */
export function unbrokenTie(
  rule: TieBreakRule,
  nominations: Ranked[],
  outcomes: Proposed[],
): { winner: string; rivals: string[] } | null {
  const winners = new Set(outcomes.filter((o) => o.kind === 'winner').map((o) => o.nominationId));
  const byId = new Map(nominations.map((n) => [n.id, n]));
  for (const outcome of outcomes.filter((o) => o.kind === 'winner')) {
    const winner = byId.get(outcome.nominationId);
    if (!winner?.tie.raw) continue;
    const rivals = nominations.filter((n) => !winners.has(n.id) && n.weightedScore === winner.weightedScore);
    if (rivals.length === 0) continue;
    const byNormalised =
      rule === 'normalised_then_chair' &&
      rivals.every((r) => (r.normalisedScore ?? -Infinity) < (winner.normalisedScore ?? -Infinity));
    if (!byNormalised && !outcome.tieBreakReason) {
      return { winner: winner.reference, rivals: rivals.map((r) => r.reference) };
    }
  }
  return null;
}
