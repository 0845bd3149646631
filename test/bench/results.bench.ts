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
import { JUDGE_RESULTS_SQL, NOMINATION_RESULTS_SQL } from '@commend/judging';
import { runBenchmark, startApiBenchEnvironment } from './bench-process';
import { CRITERIA, DISAGREEMENT_SD, JUDGE_LEANS, NOMINATIONS, seed } from './results-seed';

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
        clients[0].query(NOMINATION_RESULTS_SQL, [categoryId, DISAGREEMENT_SD, null, null]),
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
