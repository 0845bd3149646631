/**
 * `npm run bench:web-results`: the server time of the chair's results page in the browser app
 * (GET /chairing/categories/:id/results, the first page of 50) against the API's results made
 * directly in the same run (GET /api/v1/categories/:id/results, all 2,000 nominations; and the
 * page's own call, `?limit=50&offset=0`), for the results benchmark's category: 2,000
 * nominations × 9 judges × 6 criteria (results-seed.ts). Prints the median and p95 of each and
 * the ratios; aim: the page at most 1.3 × the API's results. A benchmark, not a test: it
 * asserts nothing, and its figures belong in docs/performance.md.
 */
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { runBenchmark, startApiBenchEnvironment } from './bench-process';
import { startBenchWeb } from './bench-web';
import { JUDGE_LEANS, NOMINATIONS, seed } from './results-seed';

const WARM_UPS = Number(process.env.BENCH_WARMUPS ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const AIM_RATIO = 1.3;

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const environment = await startApiBenchEnvironment();
  const { databaseUrl, idp } = environment;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const seeding = performance.now();
    const users = { director: randomUUID(), nominator: randomUUID(), judges: JUDGE_LEANS.map(() => randomUUID()) };
    const categoryId = await seed(client, users);
    console.log(
      `Seeded ${NOMINATIONS} nominations × ${JUDGE_LEANS.length} judges in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );

    const apiPort = await environment.startApi();
    const api = `http://127.0.0.1:${apiPort}/api/v1`;
    const webApp = await startBenchWeb(environment, api);
    const web = webApp.url;
    try {
      // The director (Dee Harrington, a demo person) signs in to the web app through the dev
      // issuer, as a browser would; results answer directors as they do the category's chair.
      const { get } = await webApp.signIn('dee');
      const token = idp.mintToken({ user: 'dee' });

      let pageBytes = 0;
      let apiBytes = 0;
      let pageCallBytes = 0;
      const targets: Record<'page' | 'api' | 'pageCall', () => Promise<void>> = {
        page: async () => {
          const res = await get(`${web}/chairing/categories/${categoryId}/results`);
          const html = await res.text();
          if (res.status !== 200) throw new Error(`The page answered ${res.status}`);
          pageBytes = Buffer.byteLength(html);
        },
        api: async () => {
          const res = await fetch(`${api}/categories/${categoryId}/results`, {
            headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          });
          const body = await res.text();
          if (res.status !== 200) throw new Error(`The API answered ${res.status}`);
          apiBytes = Buffer.byteLength(body);
        },
        // The one call the page makes: its 50 nominations of the ranking.
        pageCall: async () => {
          const res = await fetch(`${api}/categories/${categoryId}/results?limit=50&offset=0`, {
            headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          });
          const body = await res.text();
          if (res.status !== 200) throw new Error(`The API answered ${res.status}`);
          pageCallBytes = Buffer.byteLength(body);
        },
      };
      // Sanity: the page shows the first 50 of the 2,000, with both charts, and links to the next page.
      await targets.page();
      const html = await (await get(`${web}/chairing/categories/${categoryId}/results`)).text();
      const rows = (html.match(/<th scope="row" class="nhsuk-table__header"><a href=/g) ?? []).length;
      console.log(
        `Page: ${rows} ranked rows, ${(html.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" role="img"/g) ?? []).length} charts, "Nominations 1 to 50 of ${NOMINATIONS}" ${html.includes(`Nominations 1 to 50 of ${NOMINATIONS}`) ? 'shown' : 'MISSING'}, next page ${html.includes('results?page=2') ? 'linked' : 'NOT linked'}`,
      );

      const load = loadavg()[0];
      const ms: Record<string, number[]> = { page: [], api: [], pageCall: [] };
      // Taking turns, so a busy moment on the machine falls on both alike.
      for (let i = 0; i < WARM_UPS + RUNS; i++) {
        for (const [name, once] of Object.entries(targets)) {
          const t0 = performance.now();
          await once();
          if (i >= WARM_UPS) ms[name].push(performance.now() - t0);
        }
      }
      const figures = Object.fromEntries(
        Object.entries(ms).map(([name, values]) => {
          values.sort((a, b) => a - b);
          return [name, { median: percentile(values, 50), p95: percentile(values, 95) }];
        }),
      );
      const ratio = figures.page.median / figures.api.median;
      console.log(
        `\nThe chair's results page against the API's results, ${NOMINATIONS} nominations × ${JUDGE_LEANS.length} judges; ` +
          `${RUNS} timed runs each after ${WARM_UPS} warm-ups, one request at a time, taking turns; ` +
          `${cpus().length} cores (${cpus()[0]?.model.trim()}), load average ${load.toFixed(2)} before timing`,
      );
      console.log('target    median (ms)  p95 (ms)');
      console.log(
        `page      ${figures.page.median.toFixed(1).padStart(11)} ${figures.page.p95.toFixed(1).padStart(9)}   (${pageBytes} bytes HTML)`,
      );
      console.log(
        `api       ${figures.api.median.toFixed(1).padStart(11)} ${figures.api.p95.toFixed(1).padStart(9)}   (${apiBytes} bytes JSON)`,
      );
      console.log(
        `api page  ${figures.pageCall.median.toFixed(1).padStart(11)} ${figures.pageCall.p95.toFixed(1).padStart(9)}   (${pageCallBytes} bytes JSON: ?limit=50&offset=0, the call the page makes)`,
      );
      console.log(`ratio page/api (medians): ${ratio.toFixed(2)}`);
      console.log(
        `ratio page/api page (medians): ${(figures.page.median / figures.pageCall.median).toFixed(2)} (what the web app adds to its own call)`,
      );
      console.log(`aim: ratio at most ${AIM_RATIO}: ${ratio <= AIM_RATIO ? 'met' : 'NOT met'}`);
    } finally {
      await webApp.close();
    }
  } finally {
    await client.end();
    await environment.stop();
  }
}

runBenchmark(main);
