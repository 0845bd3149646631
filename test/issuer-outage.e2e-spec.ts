import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevIdp } from '@commend/dev-idp';
import {
  createTestDatabase,
  freeTcpPort,
  spawnApp,
  TEST_CLIENT_ID,
  TEST_TENANT_ID,
  testRedisUrl,
  waitForHttp,
  type SpawnedApp,
} from '@commend/testing';

/**
 * passport-azure-ad parses the issuer's answers with a bare JSON.parse inside an event
 * callback: an HTML 503 page from the issuer kills the process. This runs the real API as
 * its own process to show it survives, says so, and recovers.
 */
describe('An identity provider answering HTML 503', () => {
  let idp: DevIdp;
  let api: SpawnedApp;
  let base: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'commend-idp-'));
    idp = await new DevIdp({ port: 0, dataDir, tenantId: TEST_TENANT_ID, clientId: TEST_CLIENT_ID }).start();
    idp.setFault('html503');
    const port = await freeTcpPort();
    base = `http://127.0.0.1:${port}/api/v1`;
    api = spawnApp('api', {
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: await createTestDatabase(),
      REDIS_URL: testRedisUrl(),
      AUTH_TENANT_ID: TEST_TENANT_ID,
      AUTH_CLIENT_ID: TEST_CLIENT_ID,
      AUTH_METADATA_URL: idp.metadataUrl,
      AUTH_CA_FILE: idp.caFile,
      LOG_LEVEL: 'info',
    });
    await waitForHttp(`${base}/health`, api);
  });
  afterAll(async () => {
    await api.stop();
    await idp.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const me = (token: string) => fetch(`${base}/me`, { headers: { authorization: `Bearer ${token}` } });

  it('answers 503 with a message a person can act on, and keeps running', async () => {
    const token = idp.mintToken({ user: 'alex' });

    const responses = await Promise.all(Array.from({ length: 5 }, () => me(token)));

    expect(responses.map((r) => r.status)).toEqual(Array(5).fill(503));
    expect(await responses[0].json()).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Sign-in is unavailable: the identity provider cannot be reached. Try again in a few minutes.',
      code: 'auth.issuer_unavailable',
    });
    expect(api.child.exitCode).toBeNull();
    expect(idp.served.metadata).toBeGreaterThan(0);
  });

  it('says so in /health/ready and in the log, without logging the token', async () => {
    const token = idp.mintToken({ user: 'alex' });
    await me(token);

    const ready = await fetch(`${base}/health/ready`);

    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: 'error',
      error: {
        identityProvider: {
          status: 'down',
          message: expect.stringContaining('openid-configuration answered HTTP 503'),
        },
      },
      info: { database: { status: 'up' }, redis: { status: 'up' } },
    });
    expect(api.output()).toContain('Identity provider outage');
    expect(api.output()).not.toContain(token.split('.')[2]);
  });

  it('also survives metadata that loads but keys that answer an HTML 503', async () => {
    idp.setFault('keys-html503');
    const keysAskedBefore = idp.served.keys;

    const token = idp.mintToken({ user: 'alex' });

    // Past the two-second pause after the last failure, the API fetches again and gets the HTML.
    const statuses: number[] = [];
    for (let i = 0; i < 20 && idp.served.keys === keysAskedBefore; i += 1) {
      statuses.push((await me(token)).status);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    statuses.push((await me(token)).status);

    expect(idp.served.keys).toBeGreaterThan(keysAskedBefore);
    expect(new Set(statuses)).toEqual(new Set([503]));
    expect(api.child.exitCode).toBeNull();
  });

  it('serves normally once the issuer recovers', async () => {
    idp.setFault('none');
    const token = idp.mintToken({ user: 'priya' });

    // After a failure the API waits two seconds before asking the issuer again.
    let res = await me(token);
    for (let i = 0; i < 20 && res.status === 503; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      res = await me(token);
    }

    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ displayName: 'Priya Shah' });
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
  });

  it('stops gracefully on SIGTERM', async () => {
    expect(await api.stop()).toBe(0);
  });
});
