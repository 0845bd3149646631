/**
 * `npm run bench:notify`: an announcement to RECIPIENTS people (10,000) through the whole
 * notification pipeline — one `announcement.published` outbox event, the worker's relay, the
 * `events` queue, NotificationsProcessor.onEvent (planAnnouncement, one insert, one addBulk), the
 * `notifications` queue and NotificationsProcessor.send over SMTP (SmtpTransport, its pool of 5
 * connections, one commit before each message's final dot) into a sink that counts and discards
 * (smtp-sink.ts, its own process). Against two baselines in the same run: RECIPIENTS no-op BullMQ
 * jobs on the same Redis, and RECIPIENTS of the same messages sent straight from this process
 * through nodemailer's pool of 5 connections to the same sink (no queue, no database). Then the
 * window that remains between a row's commit and its message's final dot, measured over
 * WINDOW_SENDS sends with a real PostgreSQL commit. Prints the rates, both ratios, the time until
 * every row is `sent`, and the worker's peak RSS. A benchmark, not a test: it asserts nothing,
 * and its figures belong in docs/performance.md.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import nodemailer from 'nodemailer';
import { Client } from 'pg';
import { SmtpTransport } from '@commend/notifications';
import { CLIENT, ROOT, runBenchmark, TENANT } from './bench-process';
import { megabytes, peakRssBytes, resetPeakRss } from './memory';
import { startScratchServices, stopProcess } from '../../scripts/services';
const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
/** Sends through SmtpTransport, each with a real commit, to measure the commit-to-dot window. */
const WINDOW_SENDS = Number(process.env.BENCH_WINDOW_SENDS ?? 500);
const AIM_OF_DIRECT = 0.5;
const AIM_SECONDS = 60;
const POLL_MS = 100;
/** The run is given up (and reported as far as it got) when nothing is sent for this long. */
const STALL_MS = 60_000;
const BASELINE_QUEUE = 'bench-baseline';
const FROM = 'Commend <awards@commend.example>';

/** CPU seconds (user + system) a process has used so far, from /proc: Linux only, NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks: USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}

/** The postmaster of the cluster in `dataDir` and its children (backends, WAL writer, checkpointer…). */
function postgresPids(dataDir: string): number[] {
  try {
    const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((entry) => {
        try {
          return readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(postmaster);
        } catch {
          return false;
        }
      })
      .map(Number);
    return [postmaster, ...children];
  } catch {
    return [];
  }
}

interface RunningWorker {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts the built worker with only `env` and resolves once it says "Worker ready". */
async function startWorker(env: NodeJS.ProcessEnv): Promise<RunningWorker> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Kept (warnings and failed jobs are read at the end); nothing is logged per job at info.
  const collect = (chunk: Buffer): void => {
    if (output.length < 1_000_000) output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const deadline = Date.now() + 30_000;
  while (!output.includes('Worker ready')) {
    if (child.exitCode !== null) throw new Error(`The worker exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The worker did not get ready within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    child,
    output: () => output,
    stop: () => stopProcess(child),
  };
}

/**
 * An announced programme with one category whose outcomes are approved, and RECIPIENTS / 2
 * eligible nominations, each by a nominator of its own: everyone is thanked, nominee and
 * nominator, so the announcement has RECIPIENTS recipients, every one a different address.
 */
async function seed(db: Client): Promise<string> {
  const q = async <T extends object>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await db.query<T>(sql, params)).rows;
  const nominations = Math.ceil(RECIPIENTS / 2);
  const [programme] = await q<{ id: string }>(
    `INSERT INTO programmes (name, reference_prefix, nominations_open_at, nominations_close_at, status, version)
     VALUES ('Notifications Benchmark Awards', 'NOTE', now() - interval '60 days', now() - interval '30 days',
             'announced', 1)
     RETURNING id`,
  );
  const [category] = await q<{ id: string }>(
    `INSERT INTO categories (programme_id, name, version) VALUES ($1, 'Outstanding Practice', 1) RETURNING id`,
    [programme.id],
  );
  await q(`INSERT INTO moderations (category_id, status, version) VALUES ($1, 'approved', 1)`, [category.id]);
  await q(
    `INSERT INTO users (tenant_id, object_id, display_name, email)
     SELECT $1, gen_random_uuid(), 'Nominator ' || i, 'nominator' || i || '@example.nhs.uk'
     FROM generate_series(1, $2::int) i`,
    [TENANT, nominations],
  );
  await q(
    `INSERT INTO nominations (programme_id, category_id, reference, nominator_id, status, nominee_name, nominee_email,
                              submitted_at, version)
     SELECT $1, $2, 'NOTE-' || lpad(i::text, 5, '0'), u.id, 'eligible', 'Nominee ' || i,
            'nominee' || i || '@example.nhs.uk', now() - interval '40 days', 1
     FROM generate_series(1, $3::int) i JOIN users u ON u.email = 'nominator' || i || '@example.nhs.uk'`,
    [programme.id, category.id, nominations],
  );
  await q('ANALYZE');
  return programme.id;
}

interface Sink {
  port: number;
  process: ChildProcess;
  count(): Promise<{ messages: number; duplicates: number }>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

/** smtp-sink.ts as its own process, on a free port. */
async function startSink(): Promise<Sink> {
  const child = fork(join(__dirname, 'smtp-sink.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = <T>(type: string): Promise<T> =>
    new Promise((resolve) => {
      const on = (message: { type: string } & T): void => {
        if (message.type !== type) return;
        child.off('message', on);
        resolve(message);
      };
      child.on('message', on);
    });
  const { port } = await next<{ port: number }>('ready');
  return {
    port,
    process: child,
    count: () => {
      const answer = next<{ messages: number; duplicates: number }>('count');
      child.send({ type: 'count' });
      return answer;
    },
    clear: async () => {
      const answer = next('cleared');
      child.send({ type: 'clear' });
      await answer;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    },
  };
}

/** RECIPIENTS no-op BullMQ jobs: added in one addBulk, timed until the worker has completed them all. */
async function baseline(redisUrl: string): Promise<{ seconds: number; completed: number }> {
  const producer = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const consumer = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(BASELINE_QUEUE, { connection: producer });
  const worker = new Worker(BASELINE_QUEUE, () => Promise.resolve(), { connection: consumer, concurrency: 50 });
  try {
    await worker.waitUntilReady();
    let completed = 0;
    const done = new Promise<number>((resolveDone) =>
      worker.on('completed', () => {
        if (++completed === RECIPIENTS) resolveDone(performance.now());
      }),
    );
    const jobs = Array.from({ length: RECIPIENTS }, (_, i) => ({ name: 'noop', data: { i } }));
    const t0 = performance.now();
    await queue.addBulk(jobs);
    const stall = new Promise<number>((resolveStall) => {
      let last = -1;
      const timer = setInterval(() => {
        if (completed === last) {
          clearInterval(timer);
          resolveStall(Number.NaN);
        }
        last = completed;
      }, STALL_MS);
      void done.then(() => clearInterval(timer));
    });
    const t1 = await Promise.race([done, stall]);
    return { seconds: (t1 - t0) / 1000, completed };
  } finally {
    await worker.close();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    producer.disconnect();
    consumer.disconnect();
  }
}

/**
 * The same messages (`message`, with a reference each) straight from this process through
 * nodemailer's pool of 5 connections, 50 in flight, to the sink: what SMTP alone costs here.
 */
async function direct(port: number, message: { subject: string; text: string; html: string }): Promise<number> {
  const transporter = nodemailer.createTransport({ host: '127.0.0.1', port, pool: true, maxConnections: 5 });
  try {
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < RECIPIENTS) {
          const i = next++;
          await transporter.sendMail({
            from: FROM,
            to: `direct${i}@example.nhs.uk`,
            ...message,
            headers: { 'X-Commend-Reference': `direct-${i}` },
          });
        }
      }),
    );
    return (performance.now() - t0) / 1000;
  } finally {
    transporter.close();
  }
}

/**
 * WINDOW_SENDS messages through SmtpTransport, each committing a real PostgreSQL transaction
 * (one row updated, durable) as its commit, 5 at a time. Times, from the process's own clock:
 * COMMIT sent → its reply (a kill in there may or may not have committed), and the reply → the
 * final dot handed to the socket (what remains once the commit is known). Debug only: the socket's
 * write is watched here, never in the worker.
 */
async function commitToDot(
  databaseUrl: string,
  port: number,
  message: { subject: string; text: string; html: string },
) {
  const transport = new SmtpTransport(`smtp://127.0.0.1:${port}`, FROM, 5);
  const clients = await Promise.all(
    Array.from({ length: 5 }, async () => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  await clients[0].query('CREATE TABLE IF NOT EXISTS bench_window (id int PRIMARY KEY, n int NOT NULL)');
  await clients[0].query('INSERT INTO bench_window SELECT i, 0 FROM generate_series(0, 4) i ON CONFLICT DO NOTHING');
  const windows: number[] = [];
  // Called back with each socket as `this`, as the prototype's method always is.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const write = Socket.prototype.write as (this: Socket, ...args: unknown[]) => boolean;
  const pending: bigint[] = [];
  // The dot is the only write that ends a message: DataStream's "\r\n.\r\n" (or ".\r\n").
  Socket.prototype.write = function (this: Socket, chunk: unknown, ...rest: unknown[]) {
    const at = process.hrtime.bigint();
    if (Buffer.isBuffer(chunk) && chunk.length <= 5 && chunk.toString().endsWith('.\r\n')) {
      const t = pending.shift();
      if (t !== undefined) windows.push(Number(at - t) / 1000);
    }
    return write.call(this, chunk, ...rest);
  };
  try {
    let next = 0;
    await Promise.all(
      clients.map(async (client, lane) => {
        while (next < WINDOW_SENDS) {
          const i = next++;
          await client.query('BEGIN');
          await client.query('UPDATE bench_window SET n = n + 1 WHERE id = $1', [lane]);
          // As NotificationsProcessor.send commits: the COMMIT written within query(), its answer not awaited here.
          await transport.send(`window${i}@example.nhs.uk`, message, `window-${i}`, () => {
            pending.push(process.hrtime.bigint());
            return client.query('COMMIT').then(() => undefined);
          });
        }
      }),
    );
  } finally {
    Socket.prototype.write = write;
    transport.close();
    await Promise.all(clients.map((c) => c.end()));
  }
  return windows;
}

const quantiles = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(0)} µs, p99 ${at(0.99).toFixed(0)} µs, max ${sorted[sorted.length - 1].toFixed(0)} µs`;
};

async function main(): Promise<void> {
  const services = await startScratchServices({ database: 'commend' });
  const { redis, databaseUrl, postgres, root } = services;
  let sink: Sink | undefined;
  let worker: RunningWorker | undefined;
  const db = new Client({ connectionString: databaseUrl });
  let connected = false;
  try {
    sink = await startSink();
    await db.connect();
    connected = true;

    const seeding = performance.now();
    const programmeId = await seed(db);
    console.log(
      `Seeded an announced programme: ${Math.ceil(RECIPIENTS / 2)} eligible nominations, each with its own nominator, ` +
        `in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );

    worker = await startWorker({
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      AUTH_TENANT_ID: TENANT,
      AUTH_CLIENT_ID: CLIENT,
      // Validated as an https URL, never fetched: the worker checks no tokens.
      AUTH_METADATA_URL: `https://login.invalid/${TENANT}/v2.0/.well-known/openid-configuration`,
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      MAIL_FROM: FROM,
      APP_URL: 'https://awards.example.nhs.uk',
      EVIDENCE_STORAGE_DIR: join(root, 'evidence'),
      // info, not warn: "Worker ready" is logged at info. Nothing is logged per job at info.
      LOG_LEVEL: 'info',
      CLOCK_INTERVAL_SECONDS: '60',
      // e.g. BENCH_WORKER_NODE_OPTIONS=--cpu-prof to see where the worker spends its time
      NODE_OPTIONS: process.env.BENCH_WORKER_NODE_OPTIONS ?? '',
    });
    resetPeakRss(worker.child.pid!); // the peak while sending, not the start-up's

    // The pipeline: the one event inserted, the relay woken, the clock stopped when every row is sent.
    const load = loadavg()[0];
    const cpu = (): Record<string, number> => ({
      worker: cpuSeconds(worker?.child.pid),
      PostgreSQL: postgresPids(postgres.dataDir).reduce((sum, pid) => sum + cpuSeconds(pid), 0),
      Redis: cpuSeconds(redis.process.pid),
      sink: cpuSeconds(sink?.process.pid),
      'this process': (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    });
    const cpuBefore = cpu();
    const [{ start }] = (await db.query<{ start: Date }>('SELECT clock_timestamp() AS start')).rows;
    const t0 = performance.now();
    await db.query(
      `INSERT INTO outbox_events (type, payload) VALUES ('announcement.published', jsonb_build_object('programmeId', $1::uuid))`,
      [programmeId],
    );
    await db.query(`SELECT pg_notify('outbox', '')`);
    let sent = 0;
    let lastProgress = performance.now();
    let t1: number;
    for (;;) {
      const [row] = (
        await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE status = 'sent'`)
      ).rows;
      const now = performance.now();
      if (row.n !== sent) lastProgress = now;
      sent = row.n;
      if (sent >= RECIPIENTS) {
        t1 = now;
        break;
      }
      if (now - lastProgress > STALL_MS) {
        t1 = lastProgress; // stalled: the rate is of what was sent, until the last progress
        break;
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    const pipelineSeconds = (t1 - t0) / 1000;
    const cpuAfter = cpu();
    const cpuUsed = Object.entries(cpuAfter).map(([name, seconds]) => [name, seconds - cpuBefore[name]] as const);
    const cpuTotal = cpuUsed.reduce((sum, [, seconds]) => sum + seconds, 0);
    const [stages] = (
      await db.query<{
        rows: number;
        rows_s: number | null;
        first_sent_s: number | null;
        sent_s: number | null;
        failed: number;
        retried: number;
      }>(
        `SELECT (SELECT count(*)::int FROM notifications) AS rows,
                (SELECT extract(epoch FROM max(created_at) - $1)::float8 FROM notifications) AS rows_s,
                (SELECT extract(epoch FROM min(sent_at) - $1)::float8 FROM notifications) AS first_sent_s,
                (SELECT extract(epoch FROM max(sent_at) - $1)::float8 FROM notifications) AS sent_s,
                (SELECT count(*)::int FROM notifications WHERE status = 'failed') AS failed,
                (SELECT count(*)::int FROM notifications WHERE attempts > 1) AS retried`,
        [start],
      )
    ).rows;
    const [sample] = (
      await db.query<{ subject: string; text: string; html: string }>(
        'SELECT subject, text, html FROM notifications ORDER BY created_at LIMIT 1',
      )
    ).rows;
    const inbox = await sink.count();
    const warnings = worker.output().match(/"level":(40|50|60)/g)?.length ?? 0;
    const workerPeak = Number(megabytes(peakRssBytes(worker.child.pid!)));
    await worker.stop();
    worker = undefined;

    const base = await baseline(redis.url);
    await sink.clear();
    const directSeconds = await direct(sink.port, sample);
    const directInbox = await sink.count();
    const window = WINDOW_SENDS > 0 ? await commitToDot(databaseUrl, sink.port, sample) : undefined;

    const pipelineRate = sent / pipelineSeconds;
    const baselineRate = base.completed / base.seconds;
    const directRate = directInbox.messages / directSeconds;
    const s = (v: number | null): string => (v === null ? '–' : `${v.toFixed(2)} s`);
    console.log(
      `\nNotifications: one 'announcement.published' event to ${RECIPIENTS} recipients, through the built worker ` +
        `as configured; one PostgreSQL (durable), one Redis, an smtp-server sink that discards; ${cpus().length} cores ` +
        `(${cpus()[0]?.model.trim()}), load average ${load.toFixed(2)} before timing`,
    );
    console.log(
      `pipeline  ${sent} of ${RECIPIENTS} rows sent in ${pipelineSeconds.toFixed(2)} s: ${pipelineRate.toFixed(0)} messages/s`,
    );
    console.log(
      `          all ${stages.rows} notification rows after ${s(stages.rows_s)}; first sent after ` +
        `${s(stages.first_sent_s)}, last after ${s(stages.sent_s)}; ${stages.failed} failed, ${stages.retried} retried; ` +
        `worker warnings/errors logged: ${warnings}`,
    );
    console.log(
      `          CPU while timed (s): ${cpuUsed.map(([name, seconds]) => `${name} ${seconds.toFixed(1)}`).join(', ')}; ` +
        `${((cpuTotal * 1000) / sent).toFixed(2)} ms per message, ` +
        `${((100 * cpuTotal) / pipelineSeconds / cpus().length).toFixed(0)} % of ${cpus().length} cores`,
    );
    console.log(`          the sink took ${inbox.messages} messages, ${inbox.duplicates} duplicates`);
    console.log(
      `          peak RSS: worker ${workerPeak.toFixed(0)} MB; API not run (the event is written to the outbox directly)`,
    );
    console.log(
      `baseline  ${base.completed} no-op BullMQ jobs (addBulk, concurrency 50) in ${base.seconds.toFixed(2)} s: ` +
        `${baselineRate.toFixed(0)} jobs/s`,
    );
    console.log(
      `direct    ${directInbox.messages} of the same messages from one process, nodemailer pool of 5 connections, ` +
        `50 in flight, to the same sink in ${directSeconds.toFixed(2)} s: ${directRate.toFixed(0)} messages/s`,
    );
    console.log(`ratio pipeline/BullMQ baseline: ${(pipelineRate / baselineRate).toFixed(3)}`);
    console.log(`ratio pipeline/direct nodemailer: ${(pipelineRate / directRate).toFixed(3)}`);
    if (window) {
      console.log(
        `window    over ${window.length} sends with a real commit: COMMIT written to PostgreSQL → final dot written ` +
          `to the SMTP socket ${quantiles(window)} (a kill in it loses that message)`,
      );
    }
    console.log(
      `aim: at least ${AIM_OF_DIRECT} of the direct baseline: ${pipelineRate / directRate >= AIM_OF_DIRECT ? 'met' : 'NOT met'}; ` +
        `all ${RECIPIENTS} sent within ${AIM_SECONDS} s: ${sent >= RECIPIENTS && pipelineSeconds < AIM_SECONDS ? 'met' : 'NOT met'} ` +
        `(${pipelineSeconds.toFixed(1)} s)`,
    );
  } finally {
    if (connected) await db.end();
    await worker?.stop();
    await sink?.stop();
    await services.stop();
  }
}

runBenchmark(main);
