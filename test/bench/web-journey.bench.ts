/**
 * `npx nest build && node dist/test/bench/web-journey.bench.js`: the server time of each page
 * of the colleague's journey in the browser app, against the API calls that page waits on,
 * made directly (same order, same parallelism) in the same run. Prints median and p95 for
 * both, the ratio, and whether the page is within the aim: at most 1.3 × the API calls + 20 ms.
 * A benchmark, not a test: it asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { runBenchmark, startApiBenchEnvironment } from './bench-process';
import { startBenchWeb, type BenchWeb } from './bench-web';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

type Call = () => Promise<unknown>;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function main(): Promise<void> {
  const environment = await startApiBenchEnvironment();
  const { idp } = environment;
  try {
    const apiPort = await environment.startApi();
    const api = `http://127.0.0.1:${apiPort}/api/v1`;
    const web = await startBenchWeb(environment, api);
    try {
      await run(api, web, idp.mintToken.bind(idp));
    } finally {
      await web.close();
    }
  } finally {
    await environment.stop();
  }
}

async function run(api: string, webApp: BenchWeb, mint: (request: { user: string }) => string): Promise<void> {
  const web = webApp.url;
  const call = async <T>(token: string, method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${api}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };

  // An open programme with one category, as the awards coordinator sets it up.
  const priya = mint({ user: 'priya' });
  const programme = await call<{ id: string }>(priya, 'POST', '/programmes', {
    name: 'Social Work Week 2027 Awards',
    referencePrefix: 'SWW27',
    nominationsOpenAt: new Date(Date.now() - 3600_000).toISOString(),
    nominationsCloseAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
  });
  const category = await call<{ id: string; criteria: { id: string }[] }>(
    priya,
    'POST',
    `/programmes/${programme.id}/categories`,
    {
      name: 'Safeguarding Award',
      criteria: [
        { title: 'Impact', weight: 50, scaleMax: 10, wordLimit: 300 },
        { title: 'Practice', weight: 50, scaleMax: 10, wordLimit: 200 },
      ],
    },
  );
  await call(priya, 'POST', `/programmes/${programme.id}/open`);

  // Alex signs in to the web app through the dev issuer, as a browser would (without one).
  const { get, cookie } = await webApp.signIn('alex');
  const alex = mint({ user: 'alex' });

  // A draft through the web app's own form, with statements.
  const form = await (await get(`${web}/categories/${category.id}/nominate`)).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form)![1];
  const created = await fetch(`${web}/categories/${category.id}/nominate`, {
    method: 'POST',
    headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      _csrf: csrf,
      nomineeName: 'Sam Patel',
      nomineeEmail: 'sam.patel@example.nhs.uk',
      relationship: 'Team manager',
      publicityConsent: 'given',
    }),
    redirect: 'manual',
  });
  const id = /\/nominations\/([^/]+)\/statements/.exec(created.headers.get('location') ?? '')![1];
  const { version } = await call<{ version: number }>(alex, 'GET', `/nominations/${id}`);
  await call(alex, 'PATCH', `/nominations/${id}`, {
    version,
    statements: category.criteria.map((c) => ({ criterionId: c.id, text: 'Sam kept a family safe. '.repeat(20) })),
  });

  // Each page, and the API calls it waits on, made the same way.
  const nominationThen = async (...more: ((n: { programmeId: string; categoryId: string }) => Call)[]) => {
    const n = await call<{ programmeId: string; categoryId: string }>(alex, 'GET', `/nominations/${id}`);
    await Promise.all(more.map((f) => f(n)()));
  };
  const programmeOf = (n: { programmeId: string }) => () => call(alex, 'GET', `/programmes/${n.programmeId}`);
  const categoryOf = (n: { categoryId: string }) => () => call(alex, 'GET', `/categories/${n.categoryId}`);
  const pages: { name: string; path: string; calls: Call }[] = [
    {
      name: 'choose an award',
      path: '/nominate',
      calls: async () => {
        const all = await call<{ id: string; status: string }[]>(alex, 'GET', '/programmes');
        await Promise.all(
          all.filter((p) => p.status === 'open').map((p) => call(alex, 'GET', `/programmes/${p.id}/categories`)),
        );
      },
    },
    {
      name: 'the nominee',
      path: `/categories/${category.id}/nominate`,
      calls: categoryOf({ categoryId: category.id }),
    },
    { name: 'statements', path: `/nominations/${id}/statements`, calls: () => nominationThen(categoryOf) },
    { name: 'evidence', path: `/nominations/${id}/evidence`, calls: () => nominationThen(categoryOf) },
    {
      name: 'check your answers',
      path: `/nominations/${id}/check-your-answers`,
      calls: () =>
        Promise.all([call(alex, 'POST', `/nominations/${id}/privacy-check`), nominationThen(programmeOf, categoryOf)]),
    },
    { name: 'a nomination', path: `/nominations/${id}`, calls: () => nominationThen(programmeOf, categoryOf) },
    {
      name: 'my nominations',
      path: '/nominations',
      calls: async () => {
        const mine = await call<{ categoryId: string }[]>(alex, 'GET', '/nominations/mine');
        await Promise.all(
          [...new Set(mine.map((n) => n.categoryId))].map((c) => call(alex, 'GET', `/categories/${c}`)),
        );
      },
    },
  ];

  console.log(`Server time per page (${ROUNDS} rounds each, alternating with its API calls), in ms`);
  console.log('page                  page p50  p95 | API p50  p95 | ratio p50 | aim (1.3 × API + 20) p50');
  for (const page of pages) {
    const pageTimes: number[] = [];
    const apiTimes: number[] = [];
    for (let i = 0; i < ROUNDS + 3; i += 1) {
      let started = performance.now();
      const res = await get(`${web}${page.path}`);
      await res.text();
      if (res.status !== 200) throw new Error(`${page.path} answered ${res.status}`);
      const pageMs = performance.now() - started;
      started = performance.now();
      await page.calls();
      const apiMs = performance.now() - started;
      if (i >= 3) {
        // The first rounds warm both up (template compilation, connections).
        pageTimes.push(pageMs);
        apiTimes.push(apiMs);
      }
    }
    pageTimes.sort((a, b) => a - b);
    apiTimes.sort((a, b) => a - b);
    const [p50, p95, a50, a95] = [
      quantile(pageTimes, 0.5),
      quantile(pageTimes, 0.95),
      quantile(apiTimes, 0.5),
      quantile(apiTimes, 0.95),
    ];
    const aim = 1.3 * a50 + 20;
    console.log(
      `${page.name.padEnd(20)} ${p50.toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(5)} | ${a50
        .toFixed(1)
        .padStart(7)} ${a95.toFixed(1).padStart(5)} | ${(p50 / a50).toFixed(2).padStart(9)} | ${aim
        .toFixed(1)
        .padStart(6)} ${p50 <= aim ? 'within' : 'OVER'}`,
    );
  }
}

runBenchmark(main);
