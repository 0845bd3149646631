/**
 * `npm run bench:results`: a category's results (GET /api/v1/categories/:id/results) through
 * the API, and the two queries the service runs (NOMINATION_RESULTS_SQL, JUDGE_RESULTS_SQL) on
 * bare pg, against one PostgreSQL in the same run. The category has 2,000 eligible nominations,
 * 9 judges and 6 criteria: 18,000 submitted scorecards, 108,000 scores, seeded with SQL.
 * Prints median and p95 latency for both and the ratio. A benchmark, not a test: it asserts
 * nothing, and its figures belong in docs/performance.md.
 */
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { JUDGE_RESULTS_SQL, NOMINATION_RESULTS_SQL, SCORECARD_PERCENT_SQL } from '@commend/judging';
import { runBenchmark, startApiBenchEnvironment, TENANT } from './bench-process';

const NOMINATIONS = 2000;
/** How far each judge scores from the panel, as a fraction of the scale: harsh to lenient. */
const JUDGE_LEANS = [-0.12, -0.07, -0.03, 0, 0, 0.02, 0.04, 0.08, 0.12];
const CRITERIA = [
  { title: 'Impact', weight: 30, scaleMax: 10 },
  { title: 'Practice', weight: 20, scaleMax: 10 },
  { title: 'Partnership', weight: 15, scaleMax: 5 },
  { title: 'Values', weight: 15, scaleMax: 5 },
  { title: 'Learning', weight: 10, scaleMax: 10 },
  { title: 'Sustainability', weight: 10, scaleMax: 5 },
];
/** The service's HIGH_DISAGREEMENT_SD. */
const DISAGREEMENT_SD = 15;
const WARM_UPS = Number(process.env.BENCH_WARMUPS ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const AIM_MS = 200;
const AIM_RATIO = 1.5;

interface Figures {
  median: number;
  p95: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs each target WARM_UPS times untimed, then RUNS times timed, one request at a time. The
 * targets take turns (api, sql, api, sql, …), so a busy moment on the machine falls on both
 * alike rather than on whichever ran second.
 */
async function time(targets: Record<string, () => Promise<void>>): Promise<Record<string, Figures>> {
  const ms: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
  for (let i = 0; i < WARM_UPS + RUNS; i++) {
    for (const [name, once] of Object.entries(targets)) {
      const t0 = performance.now();
      await once();
      if (i >= WARM_UPS) ms[name].push(performance.now() - t0);
    }
  }
  return Object.fromEntries(
    Object.entries(ms).map(([name, values]) => {
      values.sort((a, b) => a - b);
      return [name, { median: percentile(values, 50), p95: percentile(values, 95) }];
    }),
  );
}

/**
 * One closed programme, one category with 6 criteria, 2,000 eligible nominations, 9 judges on
 * the panel, each with a submitted scorecard for every nomination. A score is the nomination's
 * quality plus the judge's lean plus noise, clamped to the criterion's scale.
 */
async function seed(client: Client, users: { director: string; nominator: string; judges: string[] }): Promise<string> {
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

async function main(): Promise<void> {
  const environment = await startApiBenchEnvironment();
  const { databaseUrl, idp } = environment;
  const clients: Client[] = [];
  try {
    // Two connections: the service runs its two queries in parallel on its pool, and so does the baseline.
    for (let i = 0; i < 2; i++) {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      clients.push(client);
    }
    const users = { director: randomUUID(), nominator: randomUUID(), judges: JUDGE_LEANS.map(() => randomUUID()) };
    const seeding = performance.now();
    const categoryId = await seed(clients[0], users);
    const [counts] = (
      await clients[0].query<{ scorecards: string; scores: string }>(
        `SELECT (SELECT count(*) FROM scorecards WHERE category_id = $1) AS scorecards,
                (SELECT count(*) FROM scores s JOIN scorecards sc ON sc.id = s.scorecard_id WHERE sc.category_id = $1) AS scores`,
        [categoryId],
      )
    ).rows;
    console.log(
      `Seeded ${NOMINATIONS} nominations, ${JUDGE_LEANS.length} judges, ${CRITERIA.length} criteria: ` +
        `${counts.scorecards} scorecards, ${counts.scores} scores in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );

    const apiPort = await environment.startApi();

    const url = `http://127.0.0.1:${apiPort}/api/v1/categories/${categoryId}/results`;
    const token = idp.mintToken({
      user: { oid: users.director, name: 'Dana Director', email: `${users.director}@example.nhs.uk` },
      roles: ['Awards.Director'],
      expiresInSeconds: 3600,
    });
    let bytes = 0;
    const viaApi = async (): Promise<void> => {
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`The API answered ${res.status}: ${body}`);
      bytes = Buffer.byteLength(body);
    };
    const viaSql = async (): Promise<void> => {
      await Promise.all([
        clients[0].query(NOMINATION_RESULTS_SQL, [categoryId, DISAGREEMENT_SD]),
        clients[1].query(JUDGE_RESULTS_SQL, [categoryId]),
      ]);
    };

    // Sanity: the API answers the full results, so the timings below are not of an error.
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`The API answered ${res.status}: ${await res.text()}`);
    const view = (await res.json()) as {
      nominations: { reference: string; weightedScore: number | null; normalisedScore: number | null }[];
      judges: { name: string; leniency: number | null; assessment: string }[];
      progress: { expected: number; submitted: number };
    };
    const [top] = view.nominations;
    console.log(
      `API answer: ${view.nominations.length} nominations, ${view.judges.length} judges, ` +
        `${view.progress.submitted}/${view.progress.expected} scorecards; top ${top.reference} ` +
        `(${top.weightedScore}, z ${top.normalisedScore}); leniency ` +
        view.judges.map((j) => `${j.leniency ?? '–'}`).join(' '),
    );
    if (view.nominations.length !== NOMINATIONS || view.judges.length !== JUDGE_LEANS.length) {
      console.log(`WARNING: expected ${NOMINATIONS} nominations and ${JUDGE_LEANS.length} judges`);
    }

    const load = loadavg()[0]; // other work on the machine shows in the figures: say how much there was
    const { api, sql } = await time({ api: viaApi, sql: viaSql });
    const ratio = api.median / sql.median;

    console.log(
      `\nCategory results, ${NOMINATIONS} nominations × ${JUDGE_LEANS.length} judges × ${CRITERIA.length} criteria; ` +
        `${RUNS} timed runs each after ${WARM_UPS} warm-ups, one request at a time, api and sql taking turns; ` +
        `one PostgreSQL; ${cpus().length} cores (${cpus()[0]?.model.trim()}), load average ${load.toFixed(2)} before timing`,
    );
    console.log('target    median (ms)  p95 (ms)');
    console.log(
      `api       ${api.median.toFixed(1).padStart(11)} ${api.p95.toFixed(1).padStart(9)}   (${bytes} bytes JSON)`,
    );
    console.log(
      `sql       ${sql.median.toFixed(1).padStart(11)} ${sql.p95.toFixed(1).padStart(9)}   (both queries in parallel on two pg connections, as the service does)`,
    );
    console.log(`ratio api/sql (medians): ${ratio.toFixed(2)}`);
    console.log(`aim: api median under ${AIM_MS} ms: ${api.median < AIM_MS ? 'met' : 'NOT met'}`);
    console.log(`aim: ratio under ${AIM_RATIO}: ${ratio < AIM_RATIO ? 'met' : 'NOT met'}`);
  } finally {
    for (const client of clients) await client.end();
    await environment.stop();
  }
}

runBenchmark(main);
