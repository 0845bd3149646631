/**
 * `npm run bench:export`: the coordinator's results export of the results benchmark's category
 * (2,000 nominations × 9 judges × 6 criteria, results-seed.ts) downloaded through the browser
 * app (GET /coordinating/programmes/:id/exports/results?format=…), as an Excel workbook against
 * the same rows as CSV, taking turns. Prints the median time of each, the ratio xlsx/csv, and
 * the peak memory (RSS, sampled from /proc every 5 ms while each download runs) of the web
 * process (this one: the web app runs in it) and of the API process, per format. A benchmark,
 * not a test: it asserts nothing; its figures belong in docs/performance.md.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { runBenchmark, startApiBenchEnvironment } from './bench-process';
import { startBenchWeb } from './bench-web';
import { JUDGE_LEANS, NOMINATIONS, seed } from './results-seed';

const WARM_UPS = Number(process.env.BENCH_WARMUPS ?? 2);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const FORMATS = ['xlsx', 'csv'] as const;

/** A process's resident set size in bytes, from /proc. */
function rss(pid: number | 'self'): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return line ? Number(line[1]) * 1024 : 0;
}

/** The API the environment spawned: this process's child running the built API. */
function apiPid(): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (ppid === process.pid && cmd.includes('apps/api/src/main.js')) return Number(entry);
    } catch {
      // A process that ended while we looked.
    }
  }
  throw new Error('The API process was not found among this process’s children');
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  const environment = await startApiBenchEnvironment();
  const client = new Client({ connectionString: environment.databaseUrl });
  await client.connect();
  try {
    const seeding = performance.now();
    const users = { director: randomUUID(), nominator: randomUUID(), judges: JUDGE_LEANS.map(() => randomUUID()) };
    const categoryId = await seed(client, users);
    const {
      rows: [{ programmeId }],
    } = await client.query<{ programmeId: string }>(
      'SELECT programme_id AS "programmeId" FROM categories WHERE id = $1',
      [categoryId],
    );
    console.log(
      `Seeded ${NOMINATIONS} nominations × ${JUDGE_LEANS.length} judges in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );
    const apiPort = await environment.startApi();
    const api = apiPid();
    const webApp = await startBenchWeb(environment, `http://127.0.0.1:${apiPort}/api/v1`);
    try {
      // The coordinator (Priya Shah, a demo person) signs in to the web app as a browser would.
      const { get } = await webApp.signIn('priya');
      const url = (format: string) =>
        `${webApp.url}/coordinating/programmes/${programmeId}/exports/results?format=${format}&categoryId=${categoryId}`;
      const bytes: Record<string, number> = {};
      const once = async (format: (typeof FORMATS)[number]) => {
        let peakWeb = rss('self');
        let peakApi = rss(api);
        const sampler = setInterval(() => {
          peakWeb = Math.max(peakWeb, rss('self'));
          peakApi = Math.max(peakApi, rss(api));
        }, 5);
        const t0 = performance.now();
        const res = await get(url(format));
        if (res.status !== 200) throw new Error(`The ${format} export answered ${res.status}`);
        let size = 0;
        for await (const chunk of res.body!) size += (chunk as Uint8Array).byteLength;
        const ms = performance.now() - t0;
        clearInterval(sampler);
        bytes[format] = size;
        return { ms, peakWeb: Math.max(peakWeb, rss('self')), peakApi: Math.max(peakApi, rss(api)) };
      };
      const load = loadavg()[0];
      const figures: Record<string, { ms: number[]; web: number; api: number }> = {
        xlsx: { ms: [], web: 0, api: 0 },
        csv: { ms: [], web: 0, api: 0 },
      };
      for (let i = 0; i < WARM_UPS + RUNS; i++) {
        // Taking turns, so a busy moment on the machine falls on both alike.
        for (const format of FORMATS) {
          const run = await once(format);
          if (i < WARM_UPS) continue;
          figures[format].ms.push(run.ms);
          figures[format].web = Math.max(figures[format].web, run.peakWeb);
          figures[format].api = Math.max(figures[format].api, run.peakApi);
        }
      }
      console.log(
        `\nThe results export of ${NOMINATIONS} nominations × ${JUDGE_LEANS.length} judges through the web app; ` +
          `${RUNS} timed runs each after ${WARM_UPS} warm-ups, taking turns; ` +
          `${cpus().length} cores (${cpus()[0]?.model.trim()}), load average ${load.toFixed(2)} before timing`,
      );
      console.log('format  median (ms)  peak RSS web (MB)  peak RSS API (MB)  size (bytes)');
      for (const format of FORMATS) {
        const f = figures[format];
        console.log(
          `${format.padEnd(6)} ${median(f.ms).toFixed(1).padStart(12)} ${mb(f.web).padStart(18)} ${mb(f.api).padStart(18)} ${String(bytes[format]).padStart(13)}`,
        );
      }
      console.log(`ratio xlsx/csv (medians): ${(median(figures.xlsx.ms) / median(figures.csv.ms)).toFixed(2)}`);
    } finally {
      await webApp.close();
    }
  } finally {
    await client.end();
    await environment.stop();
  }
}

runBenchmark(main);
