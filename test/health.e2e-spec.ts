import { ensureBinaries, freePort, startRedis, type RedisHandle } from '../scripts/services';
import { startTestApi, type TestApi } from '@commend/testing';

describe('Health', () => {
  let api: TestApi;
  let redis: RedisHandle;
  const { redisServer } = ensureBinaries();

  beforeAll(async () => {
    // Its own Redis, so stopping it does not disturb other suites.
    redis = await startRedis({ redisServer, port: await freePort() });
    api = await startTestApi({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await api.close();
    await redis.stop();
  });

  const ready = () => api.http.get('/api/v1/health/ready');

  it('answers liveness without sign-in', async () => {
    await api.http.get('/api/v1/health').expect(200, { status: 'ok' });
  });

  it('is ready when PostgreSQL, Redis and the identity provider answer', async () => {
    const res = await ready();

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, redis: { status: 'up' }, identityProvider: { status: 'up' } },
    });
  });

  it('reports Redis down while it is stopped, and ready again when it returns', async () => {
    await redis.stop();

    const down = await ready();

    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({
      status: 'error',
      error: { redis: { status: 'down', message: expect.stringContaining('Redis unreachable') } },
      info: { database: { status: 'up' } },
    });

    redis = await startRedis({ redisServer, port: redis.port });
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = (await ready()).status;
    }
    expect(status).toBe(200);
  });

  it('serves the OpenAPI document without sign-in', async () => {
    const res = await api.http.get('/api/docs-json');

    expect(res.status).toBe(200);
    expect(res.body.paths).toHaveProperty('/api/v1/me');
  });

  it('answers an unknown route with a 404 in the error shape', async () => {
    const res = await api.http.get('/api/v1/nope').set('Authorization', `Bearer ${api.token('alex')}`);

    expect(res.status).toBe(404);
    expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Cannot GET /api/v1/nope' });
  });

  it('answers malformed JSON with a 400 that says so', async () => {
    const res = await api.http
      .post('/api/v1/me')
      .set('Authorization', `Bearer ${api.token('alex')}`)
      .set('Content-Type', 'application/json')
      .send('{"broken": ');

    expect(res.status).toBe(400);
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'The request body is not valid JSON' });
  });

  it('sets security headers', async () => {
    const res = await api.http.get('/api/v1/health');

    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('An unreachable identity provider', () => {
  let api: TestApi;

  beforeAll(async () => {
    // Nothing listens on port 1: connections are refused.
    api = await startTestApi({ AUTH_METADATA_URL: 'https://localhost:1/tenant/v2.0/.well-known/openid-configuration' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('makes sign-in answer 503, not a misleading 401', async () => {
    const res = await api.http.get('/api/v1/me').set('Authorization', `Bearer ${api.token('alex')}`);

    expect(res.status).toBe(503);
    expect(res.body.code).toBe('auth.issuer_unavailable');
  });

  it('shows in readiness', async () => {
    const res = await api.http.get('/api/v1/health/ready');

    expect(res.status).toBe(503);
    expect(res.body.error.identityProvider).toEqual({
      status: 'down',
      message: expect.stringContaining('Identity provider unreachable: connect ECONNREFUSED'),
    });
  });
});
