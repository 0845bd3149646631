import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApiApp } from '@commend/api';
import {
  freeTcpPort,
  openProgramme,
  spawnApp,
  startTestApi,
  waitForHttp,
  waitForOutput,
  type OpenProgramme,
  type SpawnedApp,
  type TestApi,
} from '@commend/testing';
import { ensureBinaries, freePort, startRedis, type RedisHandle } from '../scripts/services';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ROOT = join(__dirname, '..');

/** The lines of a process's output that are JSON objects (its log lines). */
const logLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level: number | string; msg?: string; req?: { id?: string } });

describe('Production edges of the API', () => {
  let api: TestApi;
  let setup: OpenProgramme;
  const as = (user: string) => `Bearer ${api.token(user)}`;

  beforeAll(async () => {
    api = await startTestApi();
    setup = await openProgramme(api);
  });
  afterAll(async () => {
    await api.close();
  });

  describe('the request id', () => {
    it('is generated for every response when the client is not a trusted proxy (TRUST_PROXY unset)', async () => {
      const none = await api.http.get('/api/v1/health');
      const offered = await api.http.get('/api/v1/health').set('X-Request-Id', 'chosen-by-the-client');

      expect(none.headers['x-request-id']).toMatch(UUID);
      expect(offered.headers['x-request-id']).toMatch(UUID);
      expect(offered.headers['x-request-id']).not.toBe(none.headers['x-request-id']);
    });

    describe('behind a trusted proxy (a spawned API with TRUST_PROXY=loopback)', () => {
      let spawned: SpawnedApp;
      let base: string;

      beforeAll(async () => {
        const port = await freeTcpPort();
        base = `http://127.0.0.1:${port}`;
        spawned = spawnApp('api', {
          ...api.processEnv(),
          PORT: String(port),
          TRUST_PROXY: 'loopback',
          SHUTDOWN_TIMEOUT_MS: '1500',
        });
        await waitForHttp(`${base}/api/v1/health`, spawned);
      });
      afterAll(async () => {
        await spawned.stop();
      });

      it("takes the proxy's id, answers with it and logs every line of that request with it", async () => {
        const res = await fetch(`${base}/api/v1/programmes`, { headers: { 'X-Request-Id': 'gateway-7f3a.01' } });

        expect(res.status).toBe(401);
        expect(res.headers.get('x-request-id')).toBe('gateway-7f3a.01');
        // The request's last line is written as its response ends, maybe after the client has it.
        const mine = () =>
          logLines(spawned.output()).filter((line) => JSON.stringify(line).includes('gateway-7f3a.01'));
        for (let i = 0; i < 50 && !mine().some((line) => line.msg === 'request completed'); i += 1) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const lines = mine();
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.map((line) => line.req?.id)).toEqual(lines.map(() => 'gateway-7f3a.01'));
        expect(lines).toContainEqual(expect.objectContaining({ msg: 'request completed' }));
      });

      it('refuses an id of an unsafe shape and generates one instead', async () => {
        const res = await fetch(`${base}/api/v1/health`, { headers: { 'X-Request-Id': 'x"}\u00e9 <script>' } });

        expect(res.headers.get('x-request-id')).toMatch(UUID);
        const long = await fetch(`${base}/api/v1/health`, { headers: { 'X-Request-Id': 'a'.repeat(65) } });
        expect(long.headers.get('x-request-id')).toMatch(UUID);
      });

      it('exits after SHUTDOWN_TIMEOUT_MS when a request never finishes, rather than holding the deploy', async () => {
        // A body announced and never sent: the JSON parser waits for it for minutes.
        const socket = connect(Number(new URL(base).port), '127.0.0.1');
        await new Promise<void>((resolve) => socket.once('connect', resolve));
        socket.write(
          'POST /api/v1/categories/x/nominations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"nominee":',
        );
        socket.on('error', () => undefined);
        await new Promise((resolve) => setTimeout(resolve, 300));

        const code = await spawned.stop();

        expect(code).toBe(1);
        expect(spawned.output()).toContain('SIGTERM received: shutting down');
        expect(spawned.output()).toContain('Still closing after 1500 ms (SHUTDOWN_TIMEOUT_MS)');
        socket.destroy();
      });
    });
  });

  describe('caching', () => {
    it('answers every JSON response with Cache-Control: no-store', async () => {
      const me = await api.http.get('/api/v1/me').set('Authorization', as('alex'));
      const refused = await api.http.get('/api/v1/me');

      expect(me.status).toBe(200);
      expect(me.headers['cache-control']).toBe('no-store');
      expect(refused.headers['cache-control']).toBe('no-store');
    });

    it("leaves the OpenAPI page's static files to their own caching", async () => {
      const css = await request(api.app.getHttpServer() as Server).get('/api/docs/swagger-ui.css');

      expect(css.status).toBe(200);
      expect(css.headers['cache-control'] ?? '').not.toContain('no-store');
    });
  });

  describe('the queue board', () => {
    it("is served with the API's security headers, no X-Powered-By and no-store", async () => {
      const res = await request(api.app.getHttpServer() as Server)
        .get('/admin/queues')
        .set('Authorization', as('priya'));

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['strict-transport-security']).toBeDefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['cache-control']).toBe('no-store');
    });
  });
  // Last: each app built in this process registers its token check with passport, which is
  // one per process, so the other instances take over the first one's until the suite ends.
  describe('rate limits on writes, shared by every instance through Redis', () => {
    let second: INestApplication;
    let third: INestApplication;

    beforeAll(async () => {
      // Two more instances on the same database and Redis, with a small limit.
      const config = { ...api.config, rateLimit: { writesPerMinute: 3 } };
      second = await createApiApp(config);
      await second.init();
      third = await createApiApp(config);
      await third.init();
    });
    afterAll(async () => {
      await second.close();
      await third.close();
    });

    const draft = (app: INestApplication, user: string) =>
      request(app.getHttpServer() as Server)
        .post(`/api/v1/categories/${setup.category.id}/nominations`)
        .set('Authorization', as(user))
        .send({ nominee: { name: 'Sam Patel' } });

    it("answers 429 with Retry-After and the usual error body from another instance once a person's writes reach the limit", async () => {
      for (let i = 0; i < 3; i += 1) expect((await draft(second, 'alex')).status).toBe(201);

      const refused = await draft(third, 'alex');

      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(refused.body).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        code: 'request.rate_limited',
        message: expect.stringMatching(/^Too many requests in a short time: wait \d+ seconds, then try again$/),
      });
      expect(refused.headers['cache-control']).toBe('no-store');
    });

    it('counts per signed-in person, not per address, and leaves reads alone', async () => {
      expect((await draft(third, 'bola')).status).toBe(201);
      const read = await request(third.getHttpServer() as Server)
        .get('/api/v1/nominations/mine')
        .set('Authorization', as('alex'));
      expect(read.status).toBe(200);
    });
  });

  describe('while Redis is down', () => {
    let own: TestApi;
    let limited: INestApplication;
    let redis: RedisHandle;
    let programmes: OpenProgramme;

    beforeAll(async () => {
      // Its own Redis, so stopping it does not disturb other suites.
      redis = await startRedis({ redisServer: ensureBinaries().redisServer, port: await freePort() });
      own = await startTestApi({ REDIS_URL: redis.url });
      programmes = await openProgramme(own);
      // One write a minute: the second would be refused if the limit were asked.
      limited = await createApiApp({ ...own.config, rateLimit: { writesPerMinute: 1 } });
      await limited.init();
    });
    afterAll(async () => {
      await limited.close();
      await own.close();
      await redis.stop();
    });

    it('lets writes through (the limit fails open) rather than answering 500 or 429', async () => {
      await redis.stop();
      const write = () =>
        request(limited.getHttpServer() as Server)
          .post(`/api/v1/categories/${programmes.category.id}/nominations`)
          .set('Authorization', `Bearer ${own.token('alex')}`)
          .send({ nominee: { name: 'Sam Patel' } });

      const statuses = [(await write()).status, (await write()).status];

      expect(statuses).toEqual([201, 201]);
      redis = await startRedis({ redisServer: ensureBinaries().redisServer, port: redis.port });
    });
  });
});

describe("The worker's heartbeat", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  const healthCheck = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(ROOT, 'dist', 'apps', 'worker', 'src', 'health-check.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
    });

  it('is healthy while the worker runs and unhealthy once it has stopped', async () => {
    const env = {
      ...api.processEnv(),
      WORKER_HEARTBEAT_FILE: join(mkdtempSync(join(tmpdir(), 'heartbeat-')), 'beat'),
      WORKER_HEARTBEAT_SECONDS: '1',
    };
    const worker = spawnApp('worker', env);
    await waitForOutput(worker, 'Worker ready');
    // The first beat follows "Worker ready" by a moment (the heartbeat boots after the queues).
    for (let i = 0; i < 50 && !existsSync(env.WORKER_HEARTBEAT_FILE); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const running = healthCheck(env);
    expect(await worker.stop()).toBe(0);
    const stopped = healthCheck(env);

    expect([running.status, running.stdout.trim()]).toEqual([0, 'Healthy']);
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toContain('Unhealthy: no heartbeat at');
  });
});
