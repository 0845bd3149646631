import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBinaries, startRedis, type RedisHandle } from '../../../scripts/services';
import { startMailSink, type MailSink } from './mail-sink';
import { freeTcpPort, spawnApp, type SpawnedApp } from './spawn-app';
import { startTestApi, type TestApi } from './test-api';

export interface QueueStack {
  api: TestApi;
  sink: MailSink;
  /** This suite's own Redis (with an append-only file, as in production), so it can be stopped. */
  redis: RedisHandle;
  worker: SpawnedApp;
  /** Starts a worker process (the previous one must be gone) and waits until it is ready. */
  startWorker(): Promise<SpawnedApp>;
  stopRedis(): Promise<void>;
  startRedis(): Promise<void>;
  /** Until every event is relayed and every message sent, so what follows starts from quiet. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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
  const startWorker = async (): Promise<SpawnedApp> => {
    const worker = spawnApp('worker', workerEnv);
    const deadline = Date.now() + 30_000;
    while (!worker.output().includes('Worker ready')) {
      if (worker.child.exitCode !== null) throw new Error(`The worker exited:\n${worker.output()}`);
      if (Date.now() > deadline) throw new Error(`The worker did not get ready:\n${worker.output()}`);
      await sleep(100);
    }
    stack.worker = worker;
    return worker;
  };
  const stack: QueueStack = {
    api,
    sink,
    redis,
    worker: undefined as unknown as SpawnedApp,
    startWorker,
    stopRedis: () => redis.stop(),
    startRedis: async () => {
      redis = await startRedis({ redisServer, port: redisPort, dataDir: redisDir });
      stack.redis = redis;
    },
    settle: async () => {
      for (let i = 0; i < 100; i++) {
        const [{ busy }] = await api.db.query<{ busy: number }[]>(
          `SELECT (SELECT count(*) FROM outbox_events WHERE relayed_at IS NULL)
                + (SELECT count(*) FROM notifications WHERE status = 'pending') AS busy`,
        );
        if (Number(busy) === 0) return sleep(1_000);
        await sleep(200);
      }
      throw new Error('The queue did not settle');
    },
    close: async () => {
      await stack.worker?.stop();
      await api.close();
      await redis.stop();
      await sink.stop();
    },
  };
  await startWorker();
  return stack;
}
