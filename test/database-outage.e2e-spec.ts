import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { freeTcpPort, spawnApp, startTestApi, type SpawnedApp, type TestApi } from '@commend/testing';
import { dataSourceOptions } from '../migrations/data-source';
import { ensureBinaries, startPostgres, startRedis, type PostgresHandle, type RedisHandle } from '../scripts/services';

/**
 * PostgreSQL stopped and started again under a running API and worker. The suite runs its own
 * PostgreSQL cluster (and Redis), since stopping the harness's would stop every other suite.
 */
describe('While PostgreSQL is down', () => {
  const { pgBin, redisServer } = ensureBinaries();
  let root: string;
  let postgres: PostgresHandle;
  let redis: RedisHandle;
  let api: TestApi;
  let worker: SpawnedApp;

  const startOwnPostgres = (port: number): PostgresHandle =>
    startPostgres({ pgBin, dataDir: join(root, 'pg'), port, fast: true });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'commend-outage-'));
    chmodSync(root, 0o755); // the postgres user (when running as root) must reach its data folder
    postgres = startOwnPostgres(await freeTcpPort());
    const admin = await new DataSource({ type: 'postgres', url: postgres.url('postgres') }).initialize();
    await admin.query('CREATE DATABASE commend');
    await admin.destroy();
    const migrator = await new DataSource(dataSourceOptions(postgres.url('commend'))).initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();
    redis = await startRedis({ redisServer, port: await freeTcpPort() });

    api = await startTestApi({ DATABASE_URL: postgres.url('commend'), REDIS_URL: redis.url });
    worker = spawnApp('worker', api.processEnv());
    await until(
      () => worker.output().includes('Worker ready'),
      () => worker.output(),
    );
  });
  afterAll(async () => {
    await worker?.stop();
    await api?.close();
    await redis?.stop();
    try {
      postgres?.stop();
    } catch {
      // already stopped by a failed test
    }
    rmSync(root, { recursive: true, force: true });
  });

  async function until(check: () => boolean | Promise<boolean>, show: () => string, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`Timed out; last seen:\n${show()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  const as = (user: string) => `Bearer ${api.token(user)}`;
  const programme = {
    name: 'Outage Awards 2027',
    referencePrefix: 'OUT27',
    nominationsOpenAt: '2027-01-10T09:00:00Z',
    nominationsCloseAt: '2027-02-10T17:00:00Z',
  };
  const unavailable = {
    statusCode: 503,
    error: 'Service Unavailable',
    message: 'The service is temporarily unavailable: please try again in a minute.',
    code: 'service.unavailable',
  };

  it('answers requests while it runs', async () => {
    await api.http.get('/api/v1/programmes').set('Authorization', as('priya')).expect(200, []);
  });

  it('answers 503 saying the service is temporarily unavailable, with a retry hint, once it stops', async () => {
    postgres.stop();

    const read = await api.http.get('/api/v1/programmes').set('Authorization', as('priya'));
    const write = await api.http.post('/api/v1/programmes').set('Authorization', as('priya')).send(programme);
    const signIn = await api.http.get('/api/v1/me').set('Authorization', as('alex'));

    for (const res of [read, write, signIn]) {
      expect({ status: res.status, body: res.body as unknown }).toEqual({ status: 503, body: unavailable });
      expect(res.headers['retry-after']).toBe('30');
    }
  });

  it("has the worker's relay name PostgreSQL, not Redis, as the service that is down", async () => {
    await until(
      () => worker.output().includes('Outbox relay waiting'),
      () => worker.output(),
    );

    const waiting = worker
      .output()
      .split('\n')
      .filter((line) => line.includes('Outbox relay waiting'));
    expect(waiting).toHaveLength(1);
    expect(JSON.parse(waiting[0])).toMatchObject({
      service: 'PostgreSQL',
      msg: 'Outbox relay waiting: PostgreSQL is unavailable; events are relayed when it is back',
    });
    expect(worker.output()).not.toContain('Redis is unavailable');
    expect(worker.child.exitCode).toBeNull();
  });

  it('serves again, and the relay resumes, once PostgreSQL is back', async () => {
    postgres = startOwnPostgres(postgres.port);

    let status = 0;
    await until(
      async () => {
        status = (await api.http.get('/api/v1/programmes').set('Authorization', as('priya'))).status;
        return status === 200;
      },
      () => `last status ${status}`,
    );
    const me = await api.http.get('/api/v1/me').set('Authorization', as('alex'));
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ displayName: 'Alex Morgan' });
    const created = await api.http.post('/api/v1/programmes').set('Authorization', as('priya')).send(programme);
    expect(created.status).toBe(201);

    await until(
      () => worker.output().includes('Outbox relay resumed'),
      () => worker.output(),
    );
    const pending = () =>
      api.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM outbox_events WHERE relayed_at IS NULL');
    await until(
      async () => (await pending())[0].n === 0,
      () => 'events still pending',
    );
  });
});
