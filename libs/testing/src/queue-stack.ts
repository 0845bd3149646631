import { Queue } from 'bullmq';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBinaries, startRedis, type RedisHandle } from '../../../scripts/services';
import { startMailSink, type MailSink } from './mail-sink';
import { freeTcpPort, spawnApp, waitForHttp, type SpawnedApp } from './spawn-app';
import type TestAgent from 'supertest/lib/agent';
import { startTestApi, type TestApi } from './test-api';
import { JobName, QueueName } from '@commend/core';

/** A built API process of the stack, listening on a port of its own. */
export interface StackApi {
  process: SpawnedApp;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Its agent, with the contract check of the in-process API's `http`. */
  http: TestAgent;
}

export interface QueueStack {
  api: TestApi;
  sink: MailSink;
  /** This suite's own Redis (with an append-only file, as in production), so it can be stopped. */
  redis: RedisHandle;
  /** The worker started last. */
  worker: SpawnedApp;
  /**
   * Starts a worker process and waits until it is ready; several may run side by side, as in
   * production. `env` is added to this one's environment (e.g. its own DATABASE_URL).
   */
  startWorker(env?: Record<string, string>): Promise<SpawnedApp>;
  /** Starts a built API process beside the in-process one, on the same services, once it answers its health check. */
  startApi(env?: Record<string, string>): Promise<StackApi>;
  stopRedis(): Promise<void>;
  startRedis(): Promise<void>;
  /**
   * Until the queue is drained: no outbox event unrelayed, no notification pending, and no job
   * waiting, active, retrying or due in any queue (jobs scheduled for later, such as the next
   * clock tick or an embargoed announcement, are not work yet). What a test checks after it has
   * therefore happened, or will not. With `clockTicks`, first waits for that many more runs of
   * the programme clock, for checks that something happens once however often the clock runs.
   */
  settle(options?: { clockTicks?: number; timeoutMs?: number }): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What is still to do, in words for a timeout's message; empty when there is nothing. */
async function busyInDatabase(api: TestApi): Promise<string[]> {
  const [{ unrelayed, pending }] = await api.db.query<{ unrelayed: number; pending: number }[]>(
    `SELECT (SELECT count(*)::int FROM outbox_events WHERE relayed_at IS NULL) AS unrelayed,
            (SELECT count(*)::int FROM notifications WHERE status = 'pending') AS pending`,
  );
  return [unrelayed && `${unrelayed} outbox events unrelayed`, pending && `${pending} notifications pending`].filter(
    (x): x is string => !!x,
  );
}

async function busyInQueues(queues: Queue[]): Promise<string[]> {
  const busy: string[] = [];
  for (const queue of queues) {
    const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
    for (const [state, n] of Object.entries(counts)) if (n) busy.push(`${n} ${state} in ${queue.name}`);
    const now = Date.now();
    // A scheduler's next run is not work; a retry is, whenever it is due; anything else once due.
    const due = (await queue.getDelayed()).filter(
      (job) => !job.repeatJobKey && (job.attemptsMade > 0 || job.timestamp + job.delay <= now),
    );
    if (due.length) busy.push(`${due.length} delayed and due or retrying in ${queue.name}`);
  }
  return busy;
}

/**
 * Each piece of work is always in Redis or in PostgreSQL, and in both while it is handed over
 * (the relay marks an event relayed in the transaction that adds its job; a job writes its rows
 * before it completes). Reading Redis, then PostgreSQL, then Redis again therefore sees work that
 * moves between them while it looks; two such quiet readings in a row rule out a hand-over timed
 * exactly between the reads.
 */
async function settle(
  api: TestApi,
  redisUrl: string,
  { clockTicks = 0, timeoutMs = 60_000 }: { clockTicks?: number; timeoutMs?: number },
): Promise<void> {
  const { hostname, port } = new URL(redisUrl);
  const queues = Object.values(QueueName).map(
    (name) => new Queue(name, { connection: { host: hostname, port: Number(port) } }),
  );
  const started = Date.now();
  const deadline = started + timeoutMs;
  try {
    const events = queues.find((q) => q.name === (QueueName.Events as string))!;
    for (;;) {
      const ticks = (await events.getJobs(['completed'], 0, 199)).filter(
        (job) => job.name === (JobName.ProgrammeClock as string) && (job.finishedOn ?? 0) > started,
      ).length;
      if (ticks >= clockTicks) break;
      if (Date.now() > deadline) throw new Error(`The programme clock ran ${ticks} of ${clockTicks} times`);
      await sleep(200);
    }
    let quietReadings = 0;
    for (;;) {
      const busy = [...(await busyInQueues(queues)), ...(await busyInDatabase(api)), ...(await busyInQueues(queues))];
      quietReadings = busy.length ? 0 : quietReadings + 1;
      if (quietReadings === 2) return;
      if (Date.now() > deadline) throw new Error(`The queue did not drain: ${busy.join(', ')}`);
      await sleep(100);
    }
  } finally {
    await Promise.all(queues.map((q) => q.close()));
  }
}

/**
 * The API in process, and the built worker as its own process, on this suite's database, its
 * own Redis and a real SMTP sink: what the queue's end-to-end suites run against.
 */
export async function startQueueStack(env: Record<string, string> = {}): Promise<QueueStack> {
  const { redisServer } = ensureBinaries();
  const redisPort = await freeTcpPort();
  const redisDir = mkdtempSync(join(tmpdir(), 'commend-redis-'));
  let redis = await startRedis({ redisServer, port: redisPort, dataDir: redisDir });
  const sink = await startMailSink();
  const shared = {
    SMTP_URL: sink.smtpUrl,
    MAIL_FROM: 'Commend <awards@commend.example>',
    APP_URL: 'https://awards.example.nhs.uk',
  };
  const api = await startTestApi({ REDIS_URL: redis.url, ...shared, ...env });
  const workerEnv = {
    ...api.processEnv(),
    CLOCK_INTERVAL_SECONDS: '1',
    NOTIFICATION_ATTEMPTS: '3',
    NOTIFICATION_BACKOFF_MS: '200',
    ...shared,
    ...env,
  };
  const processes: SpawnedApp[] = [];
  const startWorker = async (extra: Record<string, string> = {}): Promise<SpawnedApp> => {
    const worker = spawnApp('worker', { ...workerEnv, ...extra });
    processes.push(worker);
    const deadline = Date.now() + 30_000;
    while (!worker.output().includes('Worker ready')) {
      if (worker.child.exitCode !== null) throw new Error(`The worker exited:\n${worker.output()}`);
      if (Date.now() > deadline) throw new Error(`The worker did not get ready:\n${worker.output()}`);
      await sleep(100);
    }
    stack.worker = worker;
    return worker;
  };
  const startApi = async (extra: Record<string, string> = {}): Promise<StackApi> => {
    const port = await freeTcpPort();
    const child = spawnApp('api', { ...api.processEnv(), ...shared, ...env, ...extra, PORT: String(port) });
    processes.push(child);
    const url = `http://127.0.0.1:${port}`;
    await waitForHttp(`${url}/api/v1/health`, child);
    return { process: child, url, http: api.agent(url) };
  };
  const stack: QueueStack = {
    api,
    sink,
    redis,
    worker: undefined as unknown as SpawnedApp,
    startWorker,
    startApi,
    stopRedis: () => redis.stop(),
    startRedis: async () => {
      redis = await startRedis({ redisServer, port: redisPort, dataDir: redisDir });
      stack.redis = redis;
    },
    settle: (options = {}) => settle(api, redis.url, options),
    close: async () => {
      // Stopping one already gone resolves at once with how it ended.
      await Promise.all(processes.map((p) => p.stop()));
      await api.close();
      await redis.stop();
      await sink.stop();
    },
  };
  await startWorker();
  return stack;
}
