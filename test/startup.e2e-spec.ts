import {
  spawnApp,
  TEST_CLIENT_ID,
  TEST_TENANT_ID,
  testRedisUrl,
  createTestDatabase,
  freeTcpPort,
  waitForHttp,
} from '@commend/testing';

const auth = {
  AUTH_TENANT_ID: TEST_TENANT_ID,
  AUTH_CLIENT_ID: TEST_CLIENT_ID,
  AUTH_METADATA_URL: `https://localhost:1/${TEST_TENANT_ID}/v2.0/.well-known/openid-configuration`,
};

/** Every line a process wrote, parsed: each must be one JSON object (logs are structured). */
const jsonLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { level: string; message?: string; msg?: string });

describe('Starting with bad configuration', () => {
  it('stops when DATABASE_URL is missing, naming it', async () => {
    const api = spawnApp('api', { ...auth, REDIS_URL: 'redis://127.0.0.1:6379' });

    expect(await api.exited).toBe(1);
    expect(api.output()).toContain('DATABASE_URL is missing: DATABASE_URL must be a URL like postgres://');
    expect(jsonLines(api.output())).toEqual([
      expect.objectContaining({ level: 'fatal', message: expect.stringContaining('DATABASE_URL is missing') }),
    ]);
  });

  it('stops when PostgreSQL does not answer, saying so in JSON lines', async () => {
    const api = spawnApp('api', {
      ...auth,
      REDIS_URL: 'redis://127.0.0.1:6379',
      DATABASE_URL: `postgres://commend@127.0.0.1:${await freeTcpPort()}/commend`,
    });

    expect(await api.exited).toBe(1);
    const lines = jsonLines(api.output());
    expect(lines.at(-1)).toMatchObject({
      level: 'error',
      message: expect.stringMatching(/^Start-up failed: .*ECONNREFUSED/),
    });
    expect(api.output()).not.toContain('\u001b['); // no colour codes
  });

  it('stops when DATABASE_URL is malformed, naming it and what it expects', async () => {
    const api = spawnApp('api', {
      ...auth,
      REDIS_URL: 'redis://127.0.0.1:6379',
      DATABASE_URL: 'mysql://root@db/commend',
    });

    expect(await api.exited).toBe(1);
    expect(api.output()).toContain('DATABASE_URL must be a URL like postgres://user:password@host:5432/commend');
  });

  it('names every bad variable at once', async () => {
    const worker = spawnApp('worker', { PORT: 'eighty', LOG_LEVEL: 'loud' });

    expect(await worker.exited).toBe(1);
    for (const name of [
      'PORT',
      'DATABASE_URL',
      'REDIS_URL',
      'AUTH_TENANT_ID',
      'AUTH_CLIENT_ID',
      'AUTH_METADATA_URL',
      'LOG_LEVEL',
    ]) {
      expect(worker.output()).toContain(name);
    }
  });
});

describe('The worker process', () => {
  it('starts against real Redis and PostgreSQL and stops gracefully on SIGTERM', async () => {
    const worker = spawnApp('worker', {
      ...auth,
      DATABASE_URL: await createTestDatabase(),
      REDIS_URL: testRedisUrl(),
      LOG_LEVEL: 'info',
    });
    const deadline = Date.now() + 30_000;
    while (!worker.output().includes('Worker ready') && Date.now() < deadline && worker.child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(worker.output()).toContain('Worker ready');

    expect(await worker.stop()).toBe(0);
    expect(worker.output()).toContain('SIGTERM received: shutting down');
  });

  it('is not an HTTP server', async () => {
    const port = await freeTcpPort();
    const worker = spawnApp('worker', {
      ...auth,
      PORT: String(port),
      DATABASE_URL: await createTestDatabase(),
      REDIS_URL: testRedisUrl(),
    });
    await expect(waitForHttp(`http://127.0.0.1:${port}/api/v1/health`, worker, 200, 3000)).rejects.toThrow();
    await worker.stop();
  });
});
