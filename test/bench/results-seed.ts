/**
 * The results benchmarks' category, seeded with SQL: one closed programme, 2,000 eligible
 * nominations, 9 judges (harsh to lenient) and 6 criteria, every scorecard submitted. Shared by
 * results.bench.ts (the API against its SQL) and web-results.bench.ts (the chair's page against the API).
 */
import type { Client } from 'pg';
import { SCORECARD_PERCENT_SQL } from '@commend/judging';
import { TENANT } from './bench-process';

export const NOMINATIONS = 2000;
/** How far each judge scores from the panel, as a fraction of the scale: harsh to lenient. */
export const JUDGE_LEANS = [-0.12, -0.07, -0.03, 0, 0, 0.02, 0.04, 0.08, 0.12];
export const CRITERIA = [
  { title: 'Impact', weight: 30, scaleMax: 10 },
  { title: 'Practice', weight: 20, scaleMax: 10 },
  { title: 'Partnership', weight: 15, scaleMax: 5 },
  { title: 'Values', weight: 15, scaleMax: 5 },
  { title: 'Learning', weight: 10, scaleMax: 10 },
  { title: 'Sustainability', weight: 10, scaleMax: 5 },
];
/** The service's HIGH_DISAGREEMENT_SD. */
export const DISAGREEMENT_SD = 15;

/**
 * One closed programme, one category with 6 criteria, 2,000 eligible nominations, 9 judges on
 * the panel, each with a submitted scorecard for every nomination. A score is the nomination's
 * quality plus the judge's lean plus noise, clamped to the criterion's scale.
 */
export async function seed(
  client: Client,
  users: { director: string; nominator: string; judges: string[] },
): Promise<string> {
  const q = async <T extends object>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await client.query<T>(sql, params)).rows;
  const person = (oid: string, name: string): string[] => [oid, name, `${oid}@example.nhs.uk`];
  await q(
    `INSERT INTO users (tenant_id, object_id, display_name, email)
     SELECT $1::uuid, (p->>0)::uuid, p->>1, p->>2 FROM jsonb_array_elements($2::jsonb) p`,
    [
      TENANT,
      JSON.stringify([
        person(users.director, 'Dana Director'),
        person(users.nominator, 'Nia Nominator'),
        ...users.judges.map((oid, i) => person(oid, `Judge ${i + 1}`)),
      ]),
    ],
  );
  const [programme] = await q<{ id: string }>(
    `INSERT INTO programmes (name, reference_prefix, nominations_open_at, nominations_close_at, status, version)
     VALUES ('Results Benchmark Awards', 'RES', now() - interval '60 days', now() - interval '30 days', 'closed', 1)
     RETURNING id`,
  );
  const [category] = await q<{ id: string }>(
    `INSERT INTO categories (programme_id, name, version) VALUES ($1, 'Outstanding Practice', 1) RETURNING id`,
    [programme.id],
  );
  await q(
    `INSERT INTO criteria (category_id, position, title, weight, scale_max, word_limit)
     SELECT $1, ord, c->>'title', (c->>'weight')::int, (c->>'scaleMax')::int, 250
     FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS x(c, ord)`,
    [category.id, JSON.stringify(CRITERIA)],
  );
  await q(
    `INSERT INTO nominations (programme_id, category_id, reference, nominator_id, status, nominee_name, nominee_email, version)
     SELECT $1, $2, 'RES-' || lpad(i::text, 4, '0'), u.id, 'eligible', 'Nominee ' || i,
            'nominee' || i || '@example.nhs.uk', 1
     FROM generate_series(1, $3::int) i, users u WHERE u.object_id = $4`,
    [programme.id, category.id, NOMINATIONS, users.nominator],
  );
  await q(
    `INSERT INTO panel_members (category_id, user_id, chair)
     SELECT $1, u.id, j.ord = 1
     FROM unnest($2::uuid[]) WITH ORDINALITY AS j(oid, ord) JOIN users u ON u.object_id = j.oid`,
    [category.id, users.judges],
  );
  await q(
    `INSERT INTO scorecards (nomination_id, category_id, judge_id, status, submitted_at, version)
     SELECT n.id, $1, pm.user_id, 'submitted', now(), 1
     FROM nominations n CROSS JOIN panel_members pm WHERE n.category_id = $1 AND pm.category_id = $1`,
    [category.id],
  );
  await q('SELECT setseed(0.42)');
  await q(
    `INSERT INTO scores (scorecard_id, criterion_id, score)
     WITH quality AS (SELECT id, 0.2 + 0.6 * random() AS q FROM nominations WHERE category_id = $1),
          base AS (SELECT qu.id AS nomination_id, c.id AS criterion_id, c.scale_max,
                          qu.q + 0.15 * (random() - 0.5) AS b
                   FROM quality qu CROSS JOIN criteria c WHERE c.category_id = $1),
          lean AS (SELECT u.id AS judge_id, j.lean
                   FROM unnest($2::uuid[], $3::float8[]) AS j(oid, lean) JOIN users u ON u.object_id = j.oid)
     SELECT sc.id, b.criterion_id,
            greatest(0, least(b.scale_max, round(b.scale_max * (b.b + l.lean + 0.2 * (random() - 0.5)))))::int
     FROM scorecards sc
     JOIN base b ON b.nomination_id = sc.nomination_id
     JOIN lean l ON l.judge_id = sc.judge_id
     WHERE sc.category_id = $1`,
    [category.id, users.judges, JUDGE_LEANS],
  );
  // What submitting each scorecard does: its percentage, worked out by the service's own statement.
  await q(SCORECARD_PERCENT_SQL, [
    (await client.query<{ id: string }>('SELECT id FROM scorecards WHERE category_id = $1', [category.id])).rows.map(
      (r) => r.id,
    ),
  ]);
  await q('ANALYZE');
  return category.id;
}
