/**
 * `npm run bench:submit`: nomination create+submit through the API, and the same SQL work
 * through a bare node:http + pg baseline (baseline-server.js), against one PostgreSQL in the
 * same run. A second API runs with its old space capped (BENCH_API_HEAP_MB, default 128: what
 * production gives it), to show whether its memory is what it needs or what the collector has
 * not yet reclaimed. Prints requests/s, latency and the peak RSS (the kernel's high-water mark
 * from the end of the warm-up) of each, and the ratios. A benchmark, not a test: it asserts
 * nothing, and its figures belong in docs/performance.md.
 */
import autocannon from 'autocannon';
import { join } from 'node:path';
import { ROOT, runBenchmark, startApiBenchEnvironment } from './bench-process';
import { megabytes, peakRssBytes, resetPeakRss } from './memory';
import { freePort } from '../../scripts/services';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
/** The old-space cap of the second API: what docker/compose.yaml gives the API in production. */
const HEAP_MB = Number(process.env.BENCH_API_HEAP_MB ?? 128);

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(
  url: string,
  token: string,
  body: string,
  options: { connections: number; rate?: number },
): Promise<Figures> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
    connections: options.connections,
    overallRate: options.rate,
    duration: SECONDS,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}

/** The run of median throughput, with its latencies (errors summed over the runs). */
function median(runs: Figures[]): Figures {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps);
  const middle = sorted[Math.floor(sorted.length / 2)];
  return { ...middle, errors: runs.reduce((sum, r) => sum + r.errors, 0) };
}

async function main(): Promise<void> {
  const environment = await startApiBenchEnvironment();
  const { databaseUrl, idp } = environment;
  try {
    const apiPort = await environment.startApi();
    const apiPid = environment.apiPid();
    const cappedPort = await environment.startApi(`--max-old-space-size=${HEAP_MB}`);
    const cappedPid = environment.apiPid();
    const basePort = await freePort();
    const baseline = await environment.start(
      [join(ROOT, 'test', 'bench', 'baseline-server.js')],
      { DATABASE_URL: databaseUrl, PORT: String(basePort) },
      'ready',
    );

    const api = `http://127.0.0.1:${apiPort}/api/v1`;
    const call = async (path: string, body?: unknown): Promise<{ id: string; criteria?: { id: string }[] }> => {
      const res = await fetch(`${api}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${idp.mintToken({ user: 'priya' })}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { id: string; criteria?: { id: string }[] };
    };
    const programme = await call('/programmes', {
      name: 'Benchmark Awards',
      referencePrefix: 'BENCH',
      nominationsOpenAt: new Date(Date.now() - 3600_000).toISOString(),
      nominationsCloseAt: new Date(Date.now() + 86400_000).toISOString(),
    });
    const category = await call(`/programmes/${programme.id}/categories`, {
      name: 'Safeguarding Award',
      criteria: [
        { title: 'Impact', weight: 50, scaleMax: 10, wordLimit: 300 },
        { title: 'Practice', weight: 30, scaleMax: 10, wordLimit: 250 },
        { title: 'Values', weight: 20, scaleMax: 5, wordLimit: 150 },
      ],
    });
    await call(`/programmes/${programme.id}/open`);

    const statement =
      'Sam noticed small changes over several visits, pulled the threads together and convened a strategy discussion the same day. '.repeat(
        4,
      );
    const body = JSON.stringify({
      nominee: { name: 'Sam Patel', email: 'sam.patel@example.nhs.uk', jobTitle: 'Social Worker' },
      relationship: 'Team manager',
      statements: (category.criteria ?? []).map((c) => ({ criterionId: c.id, text: statement })),
      submit: true,
    });
    const token = idp.mintToken({ user: 'alex', expiresInSeconds: 3600 });
    const targets = {
      api: `${api}/categories/${category.id}/nominations`,
      [`api ${HEAP_MB}M`]: `http://127.0.0.1:${cappedPort}/api/v1/categories/${category.id}/nominations`,
      baseline: `http://127.0.0.1:${basePort}/categories/${category.id}/nominations`,
    };

    for (const [name, url] of Object.entries(targets)) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
      if (res.status !== 201) throw new Error(`The ${name} answered ${res.status}: ${await res.text()}`);
    }

    const pids: Record<string, number | undefined> = {
      api: apiPid,
      [`api ${HEAP_MB}M`]: cappedPid,
      baseline: baseline.pid,
    };
    const runs: Record<string, { max: Figures[]; at100: Figures[] }> = {};
    for (const [name, url] of Object.entries(targets)) {
      await load(url, token, body, { connections: 4 }); // warm up: JIT, pools, caches
      resetPeakRss(pids[name]!); // the peak under load, not the start-up's
      runs[name] = { max: [], at100: [] };
    }
    // Round after round, the targets in turn: whatever else loads the machine meanwhile falls on
    // each of them alike, so the ratios hold when the absolute figures do not.
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, url] of Object.entries(targets)) {
        runs[name].max.push(await load(url, token, body, { connections: 10 }));
        runs[name].at100.push(await load(url, token, body, { connections: 10, rate: 100 }));
      }
    }
    const results = Object.fromEntries(
      Object.entries(runs).map(([name, r]) => [
        name,
        { max: median(r.max), at100: median(r.at100), peakRss: peakRssBytes(pids[name]!) },
      ]),
    );

    const row = (name: string, r: { max: Figures; at100: Figures; peakRss: number }): string =>
      `${name.padEnd(10)} ${r.max.rps.toFixed(0).padStart(7)} ${r.max.p50.toFixed(1).padStart(9)} ${r.max.p99.toFixed(1).padStart(9)} ` +
      `${r.at100.rps.toFixed(0).padStart(9)} ${r.at100.p50.toFixed(1).padStart(9)} ${r.at100.p99.toFixed(1).padStart(9)} ` +
      `${String(r.max.errors + r.at100.errors).padStart(7)} ${megabytes(r.peakRss).padStart(13)}`;
    console.log(
      `\nNomination create+submit, ${ROUNDS} rounds of ${SECONDS} s per target, 10 connections, one PostgreSQL (durable); medians of the rounds`,
    );
    console.log('target       req/s  p50 (ms)  p99 (ms)  @100 r/s  p50 (ms)  p99 (ms)  non-2xx  peak RSS (MB)');
    for (const [name, r] of Object.entries(results)) console.log(row(name, r));
    const ratio = (a: string, b: string) => (results[a].max.rps / results[b].max.rps).toFixed(2);
    console.log(`ratio api/baseline (max req/s): ${ratio('api', 'baseline')}`);
    console.log(`ratio api ${HEAP_MB}M/api (max req/s): ${ratio(`api ${HEAP_MB}M`, 'api')}`);
  } finally {
    await environment.stop();
  }
}

runBenchmark(main);
