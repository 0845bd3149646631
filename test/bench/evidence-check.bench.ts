/**
 * `npm run bench:evidence-check`: what the evidence privacy check costs and whom it slows. The
 * latency (p50/p95) of a simple authenticated API request (GET /nominations/:id) while the system
 * is idle, then while the worker checks several 20-page PDFs (pdf-lib, ~400 words a page), and
 * the ratio; the time the worker takes from upload to `checked` for one such PDF; and, in this
 * process, the time to read and scan one such PDF and to scan a typical nomination's statements
 * (3 × 250 words). A benchmark, not a test: it asserts nothing, and its figures belong in
 * docs/performance.md.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { textPdf } from '@commend/testing';
import { Client } from 'pg';
import { CLIENT, ROOT, runBenchmark, startApiBenchEnvironment, TENANT } from './bench-process';
import { readEvidenceText, scanOptionsFor, scanText } from '@commend/nominations';

const PDFS = Number(process.env.BENCH_PDFS ?? 8);
const PAGES = 20;
const WORDS_PER_PAGE = 400;
const IDLE_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);

const WORDS = (
  'Sam noticed small changes over several visits pulled the threads together and convened a strategy ' +
  'discussion the same day with health education and the family support team who all agreed a plan'
).split(' ');

/** `count` words of ordinary nomination prose, wrapped into lines of about twelve. */
function prose(count: number, offset = 0): string[] {
  const words = Array.from({ length: count }, (_, i) => WORDS[(i + offset) % WORDS.length]);
  const lines: string[] = [];
  for (let i = 0; i < words.length; i += 12) lines.push(words.slice(i, i + 12).join(' '));
  return lines;
}

function twentyPagePdf(seed: number): Promise<Buffer> {
  return textPdf(Array.from({ length: PAGES }, (_, p) => prose(WORDS_PER_PAGE, seed + p)));
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const figures = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const environment = await startApiBenchEnvironment();
  const { databaseUrl, redis, idp, root } = environment;
  const db = new Client({ connectionString: databaseUrl });
  try {
    const apiPort = await environment.startApi();
    await environment.start(
      [join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js')],
      {
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
        AUTH_TENANT_ID: TENANT,
        AUTH_CLIENT_ID: CLIENT,
        // Validated as an https URL, never fetched: the worker checks no tokens.
        AUTH_METADATA_URL: `https://login.invalid/${TENANT}/v2.0/.well-known/openid-configuration`,
        SMTP_URL: 'smtp://127.0.0.1:2525',
        MAIL_FROM: 'Commend <awards@commend.example>',
        APP_URL: 'https://awards.example.nhs.uk',
        EVIDENCE_STORAGE_DIR: join(root, 'evidence'),
        LOG_LEVEL: 'info',
        CLOCK_INTERVAL_SECONDS: '60',
      },
      'Worker ready',
    );
    await db.connect();

    const api = `http://127.0.0.1:${apiPort}/api/v1`;
    const admin = idp.mintToken({ user: 'priya', expiresInSeconds: 3600 });
    const alex = idp.mintToken({ user: 'alex', expiresInSeconds: 3600 });
    const call = async (token: string, path: string, body?: unknown): Promise<Record<string, unknown>> => {
      const res = await fetch(`${api}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const programme = await call(admin, '/programmes', {
      name: 'Evidence Check Benchmark Awards',
      referencePrefix: 'EVID',
      nominationsOpenAt: new Date(Date.now() - 3600_000).toISOString(),
      nominationsCloseAt: new Date(Date.now() + 86400_000).toISOString(),
    });
    const category = (await call(admin, `/programmes/${programme.id as string}/categories`, {
      name: 'Safeguarding Award',
      criteria: [
        { title: 'Impact', weight: 50, scaleMax: 10, wordLimit: 300 },
        { title: 'Practice', weight: 30, scaleMax: 10, wordLimit: 300 },
        { title: 'Values', weight: 20, scaleMax: 5, wordLimit: 300 },
      ],
      evidenceTypes: ['pdf'],
      evidenceMaxFiles: 20,
      evidenceMaxBytes: 10 * 1024 * 1024,
    })) as { id: string; criteria: { id: string }[] };
    await call(admin, `/programmes/${programme.id as string}/open`);
    const statements = category.criteria.map((c, i) => ({ criterionId: c.id, text: prose(250, i).join(' ') }));
    const nominee = { name: 'Sam Patel', email: 'sam.patel@example.nhs.uk', jobTitle: 'Social Worker' };
    const draft = await call(alex, `/categories/${category.id}/nominations`, {
      nominee,
      relationship: 'Team manager',
      statements,
    });
    const nominationId = draft.id as string;

    const pdfs = await Promise.all(Array.from({ length: PDFS + 1 }, (_, i) => twentyPagePdf(i * 7)));
    const upload = async (bytes: Buffer, name: string): Promise<string> => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
      const res = await fetch(`${api}/nominations/${nominationId}/evidence`, {
        method: 'POST',
        headers: { authorization: `Bearer ${alex}` },
        body: form,
      });
      if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    };
    const checking = async (): Promise<number> =>
      (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM evidence WHERE nomination_id = $1 AND check_status = 'checking'`,
          [nominationId],
        )
      ).rows[0].n;
    const request = async (): Promise<number> => {
      const t0 = performance.now();
      const res = await fetch(`${api}/nominations/${nominationId}`, { headers: { authorization: `Bearer ${alex}` } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`GET /nominations/:id answered ${res.status}`);
      return performance.now() - t0;
    };

    // One PDF end to end, idle: from the upload's answer to the row saying `checked`.
    const t0 = performance.now();
    const first = await upload(pdfs[PDFS], 'one.pdf');
    while ((await checking()) > 0) await sleep(5);
    const endToEnd = performance.now() - t0;
    const [{ check_status: firstStatus }] = (
      await db.query<{ check_status: string }>('SELECT check_status FROM evidence WHERE id = $1', [first])
    ).rows;

    for (let i = 0; i < 50; i++) await request(); // warm up: JIT, pools, caches
    const idle: number[] = [];
    for (let i = 0; i < IDLE_REQUESTS; i++) idle.push(await request());

    // The same request while the worker checks PDFS more, one after another as uploaded.
    const uploadStarted = performance.now();
    for (let i = 0; i < PDFS; i++) await upload(pdfs[i], `report-${i + 1}.pdf`);
    const busy: number[] = [];
    while ((await checking()) > 0) busy.push(await request());
    const allChecked = performance.now() - uploadStarted;

    // In this process: the check's own work for one PDF, and the statements' scan, each timed alone.
    const options = scanOptionsFor(
      { nomineeName: nominee.name, nomineeEmail: nominee.email, nomineeTeam: null, teamMembers: [] },
      { name: 'Evidence Check Benchmark Awards', privacyLocalIdentifiers: [] },
      { name: 'Safeguarding Award' },
    );
    const readPdf: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await readEvidenceText('pdf', pdfs[i], (piece) => void scanText(piece.text, options));
      readPdf.push(performance.now() - t);
    }
    const scanStatements: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      for (const s of statements) scanText(s.text, options);
      scanStatements.push(performance.now() - t);
    }

    const a = figures(idle);
    const b = figures(busy);
    const read = figures(readPdf);
    const scan = figures(scanStatements);
    const size = Math.round(pdfs[0].length / 1024);
    console.log(
      `\nEvidence privacy check: ${PDFS} PDFs of ${PAGES} pages × ~${WORDS_PER_PAGE} words (${size} KB each)`,
    );
    console.log('GET /nominations/:id, one at a time    n     p50 (ms)  p95 (ms)');
    console.log(
      `idle                               ${String(a.n).padStart(5)} ${a.p50.toFixed(1).padStart(9)} ${a.p95.toFixed(1).padStart(9)}`,
    );
    console.log(
      `while the worker checks PDFs       ${String(b.n).padStart(5)} ${b.p50.toFixed(1).padStart(9)} ${b.p95.toFixed(1).padStart(9)}`,
    );
    console.log(
      `ratio busy/idle                          ${(b.p50 / a.p50).toFixed(2).padStart(9)} ${(b.p95 / a.p95).toFixed(2).padStart(9)}`,
    );
    console.log(`all ${PDFS} PDFs uploaded and checked: ${(allChecked / 1000).toFixed(1)} s`);
    console.log(`one 20-page PDF, upload answered to '${firstStatus}' (worker, idle): ${endToEnd.toFixed(0)} ms`);
    console.log(`one 20-page PDF read and scanned in process: p50 ${read.p50.toFixed(0)} ms (n=${read.n})`);
    console.log(
      `a nomination's statements (3 × 250 words) scanned: p50 ${scan.p50.toFixed(2)} ms, p95 ${scan.p95.toFixed(2)} ms (n=${scan.n})`,
    );
  } finally {
    await db.end().catch(() => undefined);
    await environment.stop();
  }
}

runBenchmark(main);
