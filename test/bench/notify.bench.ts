/**
 * `npm run bench:notify`: 10,000 outbox events through the whole notification pipeline — the
 * worker's outbox relay, the `events` queue, NotificationsProcessor.onEvent (plan, insert, enqueue),
 * the `notifications` queue and NotificationsProcessor.send over SMTP into maildev — against a
 * baseline of 10,000 BullMQ jobs with a no-op processor on the same Redis, in the same run.
 * Prints messages/s for the pipeline, jobs/s for the baseline and the ratio. A benchmark, not
 * a test: it asserts nothing, and its figures belong in docs/performance.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import nodemailer from 'nodemailer';
import { Client } from 'pg';
import { CLIENT, ROOT, runBenchmark, TENANT } from './bench-process';
import { freePort, startMaildev, startScratchServices, stopProcess, type MaildevHandle } from '../../scripts/services';
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 10_000);
/** Mails sent straight to maildev, to see how fast the sink alone takes them. */
const SINK_PROBE = Number(process.env.BENCH_SINK_PROBE ?? 2_000);
const AIM = 500;
const POLL_MS = 100;
/** The run is given up (and reported as far as it got) when nothing is sent for this long. */
const STALL_MS = 60_000;
const BASELINE_QUEUE = 'bench-baseline';

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

/** One user (the nominator), one open programme that does not tell nominees, one category, MESSAGES submitted nominations. */
async function seed(db: Client): Promise<void> {
  const q = async <T extends object>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await db.query<T>(sql, params)).rows;
  const [user] = await q<{ id: string }>(
    `INSERT INTO users (tenant_id, object_id, display_name, email)
     VALUES ($1, gen_random_uuid(), 'Nia Nominator', 'nia.nominator@example.nhs.uk') RETURNING id`,
    [TENANT],
  );
  const [programme] = await q<{ id: string }>(
    `INSERT INTO programmes (name, reference_prefix, nominations_open_at, nominations_close_at, status,
                             notify_nominee_on_submission, version)
     VALUES ('Notifications Benchmark Awards', 'NOTE', now() - interval '1 day', now() + interval '30 days', 'open',
             false, 1)
     RETURNING id`,
  );
  const [category] = await q<{ id: string }>(
    `INSERT INTO categories (programme_id, name, version) VALUES ($1, 'Outstanding Practice', 1) RETURNING id`,
    [programme.id],
  );
  // References are unique, and each receipt's subject carries one: duplicates show as repeated subjects.
  await q(
    `INSERT INTO nominations (programme_id, category_id, reference, nominator_id, status, nominee_name, nominee_email,
                              submitted_at, version)
     SELECT $1, $2, 'NOTE-' || lpad(i::text, 5, '0'), $3, 'submitted', 'Nominee ' || i,
            'nominee' || i || '@example.nhs.uk', now(), 1
     FROM generate_series(1, $4::int) i`,
    [programme.id, category.id, user.id, MESSAGES],
  );
  await q('ANALYZE');
}

/** maildev's whole inbox, once: its size and how many subjects repeat. */
async function countSink(sink: MaildevHandle): Promise<{ messages: number; duplicates: number; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`${sink.webUrl}/api/email`);
  if (!res.ok) throw new Error(`maildev answered GET /api/email with ${res.status}`);
  const list = (await res.json()) as { subject?: string }[];
  const subjects = new Set(list.map((m) => m.subject ?? ''));
  return { messages: list.length, duplicates: list.length - subjects.size, ms: performance.now() - t0 };
}

/** MESSAGES no-op BullMQ jobs: added in one addBulk, timed until the worker has completed them all. */
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
        if (++completed === MESSAGES) resolveDone(performance.now());
      }),
    );
    const jobs = Array.from({ length: MESSAGES }, (_, i) => ({ name: 'noop', data: { i } }));
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

/** SINK_PROBE mails through nodemailer's pool as the worker's SmtpTransport sets it up (5 connections), straight to maildev. */
async function probeSink(smtpPort: number): Promise<number> {
  const transporter = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, pool: true, maxConnections: 5 });
  const text = 'Thank you for nominating a colleague. '.repeat(8);
  const html = `<p>${text}</p>`.repeat(4);
  try {
    const t0 = performance.now();
    let next = 0;
    // 50 in flight, queueing for the pool's connections as the worker's sends do.
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < SINK_PROBE) {
          const i = next++;
          await transporter.sendMail({
            from: 'Commend <awards@commend.example>',
            to: 'probe@example.nhs.uk',
            subject: `Sink probe ${i}`,
            text,
            html,
          });
        }
      }),
    );
    return SINK_PROBE / ((performance.now() - t0) / 1000);
  } finally {
    transporter.close();
  }
}

async function main(): Promise<void> {
  const services = await startScratchServices({ database: 'commend' });
  const { root, postgres, redis, databaseUrl } = services;
  let sink: MaildevHandle | undefined;
  let worker: RunningWorker | undefined;
  const db = new Client({ connectionString: databaseUrl });
  let connected = false;
  try {
    const smtpPort = await freePort();
    let webPort = await freePort();
    while (webPort === smtpPort) webPort = await freePort();
    sink = await startMaildev({ smtpPort, webPort, mailDir: join(root, 'mail') });
    await db.connect();
    connected = true;

    const seeding = performance.now();
    await seed(db);
    console.log(
      `Seeded 1 nominator, 1 open programme (nominees not told), ${MESSAGES} submitted nominations in ` +
        `${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );

    worker = await startWorker({
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      AUTH_TENANT_ID: TENANT,
      AUTH_CLIENT_ID: CLIENT,
      // Validated as an https URL, never fetched: the worker checks no tokens.
      AUTH_METADATA_URL: `https://login.invalid/${TENANT}/v2.0/.well-known/openid-configuration`,
      SMTP_URL: sink.smtpUrl,
      MAIL_FROM: 'Commend <awards@commend.example>',
      APP_URL: 'https://awards.example.nhs.uk',
      EVIDENCE_STORAGE_DIR: join(root, 'evidence'),
      // info, not warn: "Worker ready" is logged at info. Nothing is logged per job at info.
      LOG_LEVEL: 'info',
      CLOCK_INTERVAL_SECONDS: '60',
      // e.g. BENCH_WORKER_NODE_OPTIONS=--cpu-prof to see where the worker spends its time
      NODE_OPTIONS: process.env.BENCH_WORKER_NODE_OPTIONS ?? '',
    });

    // The pipeline: every event inserted in one statement, the relay woken, the clock stopped when all are sent.
    const load = loadavg()[0];
    const cpu = (): Record<string, number> => ({
      worker: cpuSeconds(worker?.child.pid),
      PostgreSQL: postgresPids(postgres.dataDir).reduce((sum, pid) => sum + cpuSeconds(pid), 0),
      Redis: cpuSeconds(redis.process.pid),
      maildev: cpuSeconds(sink?.process.pid),
      'this process': (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    });
    const cpuBefore = cpu();
    const [{ start }] = (await db.query<{ start: Date }>('SELECT clock_timestamp() AS start')).rows;
    const t0 = performance.now();
    await db.query(
      `INSERT INTO outbox_events (type, payload)
       SELECT 'nomination.submitted', jsonb_build_object('nominationId', id) FROM nominations`,
    );
    await db.query(`SELECT pg_notify('outbox', '')`);
    const inserted = performance.now() - t0;
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
      if (sent >= MESSAGES) {
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
        relayed: number;
        relayed_s: number | null;
        rows: number;
        rows_s: number | null;
        first_sent_s: number | null;
        sent_s: number | null;
        failed: number;
        retried: number;
      }>(
        `SELECT (SELECT count(*)::int FROM outbox_events WHERE relayed_at IS NOT NULL) AS relayed,
                (SELECT extract(epoch FROM max(relayed_at) - $1)::float8 FROM outbox_events) AS relayed_s,
                (SELECT count(*)::int FROM notifications) AS rows,
                (SELECT extract(epoch FROM max(created_at) - $1)::float8 FROM notifications) AS rows_s,
                (SELECT extract(epoch FROM min(sent_at) - $1)::float8 FROM notifications) AS first_sent_s,
                (SELECT extract(epoch FROM max(sent_at) - $1)::float8 FROM notifications) AS sent_s,
                (SELECT count(*)::int FROM notifications WHERE status = 'failed') AS failed,
                (SELECT count(*)::int FROM notifications WHERE attempts > 1) AS retried`,
        [start],
      )
    ).rows;

    // What the sink holds: sent means accepted, so it should be there already; wait a little if not.
    let inbox = await countSink(sink);
    for (let i = 0; i < 10 && inbox.messages < sent; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      inbox = await countSink(sink);
    }
    const warnings = worker.output().match(/"level":(40|50|60)/g)?.length ?? 0;
    await worker.stop();
    worker = undefined;

    const base = await baseline(redis.url);
    const sinkCpu = cpuSeconds(sink.process.pid);
    const sinkRate = SINK_PROBE > 0 ? await probeSink(smtpPort) : Number.NaN;
    const sinkCpuMs = ((cpuSeconds(sink.process.pid) - sinkCpu) * 1000) / SINK_PROBE;

    const pipelineRate = sent / pipelineSeconds;
    const baselineRate = base.completed / base.seconds;
    const s = (v: number | null): string => (v === null ? '–' : `${v.toFixed(2)} s`);
    console.log(
      `\nNotifications: ${MESSAGES} 'nomination.submitted' outbox events, one receipt each, through the built ` +
        `worker as configured; one PostgreSQL (durable), one Redis, maildev; ${cpus().length} cores ` +
        `(${cpus()[0]?.model.trim()}), load average ${load.toFixed(2)} before timing`,
    );
    console.log(
      `pipeline  ${sent} of ${MESSAGES} messages sent in ${pipelineSeconds.toFixed(2)} s: ` +
        `${pipelineRate.toFixed(0)} messages/s (outbox insert + NOTIFY ${inserted.toFixed(0)} ms)`,
    );
    console.log(
      `          all ${stages.relayed} events relayed after ${s(stages.relayed_s)}; all ${stages.rows} notification rows ` +
        `after ${s(stages.rows_s)}; first sent after ${s(stages.first_sent_s)}, last after ${s(stages.sent_s)}; ` +
        `${stages.failed} failed, ${stages.retried} retried; worker warnings/errors logged: ${warnings}`,
    );
    console.log(
      `          CPU while timed (s): ${cpuUsed.map(([name, seconds]) => `${name} ${seconds.toFixed(1)}`).join(', ')}; ` +
        `${((cpuTotal * 1000) / sent).toFixed(1)} ms per message, ` +
        `${((100 * cpuTotal) / pipelineSeconds / cpus().length).toFixed(0)} % of ${cpus().length} cores`,
    );
    console.log(
      `          maildev holds ${inbox.messages} messages, ${inbox.duplicates} duplicates ` +
        `(GET /api/email took ${inbox.ms.toFixed(0)} ms)`,
    );
    console.log(
      `baseline  ${base.completed} of ${MESSAGES} no-op jobs (addBulk, concurrency 50) in ${base.seconds.toFixed(2)} s: ` +
        `${baselineRate.toFixed(0)} jobs/s`,
    );
    if (SINK_PROBE > 0) {
      console.log(
        `sink      ${SINK_PROBE} mails straight to maildev (nodemailer pool of 5 connections, as SmtpTransport, 50 in flight): ` +
          `${sinkRate.toFixed(0)} mails/s, maildev CPU ${sinkCpuMs.toFixed(2)} ms per mail`,
      );
    }
    console.log(`ratio pipeline/baseline: ${(pipelineRate / baselineRate).toFixed(3)}`);
    console.log(
      `aim: at least ${AIM} messages/s delivered: ${pipelineRate >= AIM ? 'met' : 'NOT met'} (${pipelineRate.toFixed(0)})`,
    );
  } finally {
    if (connected) await db.end();
    await worker?.stop();
    await sink?.stop();
    await services.stop();
  }
}

runBenchmark(main);
