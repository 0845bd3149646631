import { EXPECTED_SCORECARDS } from './judging-rules';

/**
 * The results of one category, in SQL ($1 = category id). Only submitted scorecards count, and
 * only expected ones (EXPECTED_SCORECARDS: of judges on the panel now, on eligible nominations,
 * without an open conflict).
 *
 * Per scorecard: 100 · Σ wᵢ·sᵢ/maxᵢ ÷ Σ wᵢ, worked out in SQL when it is submitted
 * (SCORECARD_PERCENT_SQL; criteria cannot change once nominations exist). Arithmetic is float8,
 * rounded as numeric at the end. Per nomination: the mean over its scorecards, the
 * population standard deviation and max − min across judges, and the normalised score: the
 * mean of each judge's z-score ((p − judge's mean) ÷ judge's standard deviation, over that
 * judge's scorecards in the category). A judge with fewer than 3 scorecards, or all the same,
 * has too little to correct by: their percentages are centred and scaled on the whole panel's
 * scorecards instead ((p − panel mean) ÷ panel standard deviation; 0 when the panel has no
 * spread), so they count at face value on the same scale.
 */
const CARDS = `
  noms AS (SELECT id, reference, nominee_name, publicity_consent FROM nominations WHERE category_id = $1 AND status = 'eligible'),
  cards AS (
    SELECT sc.nomination_id, sc.judge_id, sc.percent AS pct
    FROM ${EXPECTED_SCORECARDS} e
    JOIN scorecards sc ON sc.nomination_id = e.nomination_id AND sc.judge_id = e.judge_id
    WHERE e.category_id = $1 AND sc.status = 'submitted'
  ),
  panel AS (SELECT avg(pct) AS mean, stddev_pop(pct) AS sd FROM cards),
  judge_stats AS (SELECT judge_id, count(*) AS n, avg(pct) AS mean, stddev_pop(pct) AS sd FROM cards GROUP BY judge_id),
  z AS (
    SELECT cards.*, CASE
      WHEN js.n >= 3 AND js.sd > 0 THEN (cards.pct - js.mean) / js.sd
      WHEN p.sd > 0 THEN (cards.pct - p.mean) / p.sd
      ELSE 0 END AS z
    FROM cards JOIN judge_stats js USING (judge_id) CROSS JOIN panel p
  ),
  per_nom AS (
    SELECT nomination_id, count(*) AS cards, sum(pct) AS total, avg(pct) AS score, stddev_pop(pct) AS sd,
           max(pct) - min(pct) AS spread, avg(z) AS z,
           json_agg(json_build_object('judgeId', judge_id, 'weightedScore', round(pct::numeric, 2))
                    ORDER BY judge_id) AS scores
    FROM z GROUP BY nomination_id
  )`;

/**
 * $2 = the standard deviation (percentage points) above which judges disagree; $3 and $4 the
 * page of the ranking (LIMIT NULL and OFFSET NULL: all of it), cut after the ranks and ties are
 * worked out over the whole category. `scores` is each
 * counted scorecard's percentage by judge, aggregated here so a chart of them costs no second query.
 */
export const NOMINATION_RESULTS_SQL = `
  WITH ${CARDS},
  ranked AS (
    SELECT n.id, n.reference, n.nominee_name, n.publicity_consent, coalesce(pn.cards, 0)::int AS scorecards,
           round(pn.score::numeric, 2) AS score, round(pn.sd::numeric, 2) AS sd,
           round(pn.spread::numeric, 2) AS spread, round(pn.z::numeric, 3) AS z,
           coalesce(pn.scores, '[]'::json) AS scores
    FROM noms n LEFT JOIN per_nom pn ON pn.nomination_id = n.id
  )
  SELECT id, reference, nominee_name AS "nomineeName", publicity_consent AS "publicityConsent", scorecards,
         score::float8 AS "weightedScore", sd::float8 AS "standardDeviation", spread::float8 AS spread,
         z::float8 AS "normalisedScore",
         CASE WHEN score IS NULL THEN NULL ELSE rank() OVER (ORDER BY score DESC NULLS LAST) END::int AS rank,
         CASE WHEN z IS NULL THEN NULL ELSE rank() OVER (ORDER BY z DESC NULLS LAST) END::int AS "normalisedRank",
         (score IS NOT NULL AND count(*) OVER (PARTITION BY score) > 1) AS "tiedRaw",
         (z IS NOT NULL AND count(*) OVER (PARTITION BY score, z) > 1) AS "tiedNormalised",
         coalesce(sd > $2, false) AS disagreement, scores
  FROM ranked
  ORDER BY score DESC NULLS LAST, z DESC NULLS LAST, reference
  LIMIT $3 OFFSET $4`;

/** How many nominations the results rank ($1 = category id): every eligible one, scored or not. */
export const NOMINATION_COUNT_SQL = `
  SELECT count(*)::int AS total FROM nominations WHERE category_id = $1 AND status = 'eligible'`;

/**
 * Per panel member: scorecards expected (EXPECTED_SCORECARDS) and submitted, their mean, and how far they score from the other judges on the same nominations.
 */
export const JUDGE_RESULTS_SQL = `
  WITH ${CARDS},
  lean AS (
    SELECT z.judge_id, avg(z.pct - (pn.total - z.pct) / (pn.cards - 1)) FILTER (WHERE pn.cards > 1) AS lean
    FROM z JOIN per_nom pn USING (nomination_id) GROUP BY z.judge_id
  )
  SELECT pm.id AS "panelMemberId", pm.user_id AS "judgeId", coalesce(u.display_name, pm.email) AS name,
         pm.chair, pm.user_id IS NOT NULL AS "signedIn",
         (SELECT count(*) FROM ${EXPECTED_SCORECARDS} e WHERE e.panel_member_id = pm.id)::int AS expected,
         coalesce(js.n, 0)::int AS submitted,
         round(js.mean::numeric, 2)::float8 AS "meanScore",
         round(l.lean::numeric, 2)::float8 AS leniency,
         coalesce(js.n >= 3 AND js.sd > 0, false) AS normalised
  FROM panel_members pm
  LEFT JOIN users u ON u.id = pm.user_id
  LEFT JOIN judge_stats js ON js.judge_id = pm.user_id
  LEFT JOIN lean l ON l.judge_id = pm.user_id
  WHERE pm.category_id = $1
  ORDER BY pm.chair DESC, name`;

/** Stores each given scorecard's percentage ($1 = scorecard ids), on submission. */
export const SCORECARD_PERCENT_SQL = `
  UPDATE scorecards sc SET percent = (
    SELECT 100 * sum(c.weight::float8 * s.score / c.scale_max) / sum(c.weight)
    FROM scores s JOIN criteria c ON c.id = s.criterion_id
    WHERE s.scorecard_id = sc.id)
  WHERE sc.id = ANY($1::uuid[])`;
