import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { createWebApp, type WebConfig } from '@commend/web';
import { freeTcpPort, signInInBrowser, spawnApp, waitForHttp, type SpawnedApp } from '@commend/testing';
import { expectAccessible, startNominatingStack, type NominatingStack } from './nominating-stack';

// A browser, the API and the issuer on a shared 2-core machine: generous, not a speed check.
jest.setTimeout(240_000);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TOO_MANY = 'You have done that too many times in a short time';

/** Another instance of the browser app on this suite's API and Redis, with some settings changed. */
async function anotherWeb(
  config: WebConfig,
  changes: Partial<WebConfig>,
): Promise<{ app: INestApplication; url: string }> {
  const app = await createWebApp({ ...config, ...changes });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://localhost:${port}` };
}

/** A documentation address (RFC 5737) of its own per test, so no other suite's requests count with it. */
const clientAddress = () => `198.51.100.${1 + Math.floor(Math.random() * 250)}`;

describe('Production edges of the browser app', () => {
  let s: NominatingStack;
  const others: INestApplication[] = [];
  const another = async (changes: Partial<WebConfig>) => {
    const web = await anotherWeb(s.web.config, changes);
    others.push(web.app);
    return web.url;
  };

  beforeAll(async () => {
    // The suite's requests come from 127.0.0.1, standing in for the organisation's proxy.
    s = await startNominatingStack({ env: { TRUST_PROXY: 'loopback' } });
  });
  afterAll(async () => {
    for (const app of others) await app.close();
    await s?.close();
  });

  describe('the request id', () => {
    it("answers with a trusted proxy's id, and with a new one for an id of an unsafe shape", async () => {
      const taken = await fetch(`${s.web.url}/signed-out`, { headers: { 'X-Request-Id': 'front-door-42' } });
      const unsafe = await fetch(`${s.web.url}/signed-out`, { headers: { 'X-Request-Id': 'two words' } });

      expect(taken.headers.get('x-request-id')).toBe('front-door-42');
      expect(unsafe.headers.get('x-request-id')).toMatch(UUID);
    });

    it('is generated when the client is no proxy of ours (TRUST_PROXY unset, out of production)', async () => {
      const direct = await another({ trustProxy: false });

      const res = await fetch(`${direct}/signed-out`, { headers: { 'X-Request-Id': 'front-door-43' } });

      expect(res.headers.get('x-request-id')).toMatch(UUID);
    });

    it('is on the static files too', async () => {
      const res = await fetch(`${s.web.url}/assets/nhsuk/nhsuk-frontend.min.css`);

      expect(res.headers.get('x-request-id')).toMatch(UUID);
    });

    describe('passed on to the API', () => {
      let api: SpawnedApp;
      let web: string;

      beforeAll(async () => {
        const port = await freeTcpPort();
        // The API trusts the browser app (here on 127.0.0.1) as its proxy.
        api = spawnApp('api', { ...s.web.api.processEnv(), PORT: String(port), TRUST_PROXY: 'loopback' });
        await waitForHttp(`http://127.0.0.1:${port}/api/v1/health`, api);
        web = await another({ apiUrl: `http://127.0.0.1:${port}/api/v1` });
      });
      afterAll(async () => {
        await api.stop();
      });

      it("carries the page's request id to the calls the page makes, so the API logs them with it", async () => {
        const page = await fetch(`${web}/winners/00000000-0000-4000-8000-000000000000`, {
          headers: { 'X-Request-Id': 'winners-page-9' },
        });

        expect(page.status).toBe(404);
        expect(page.headers.get('x-request-id')).toBe('winners-page-9');
        const logged = () =>
          api
            .output()
            .split('\n')
            .filter((line) => line.startsWith('{'))
            .map((line) => JSON.parse(line) as { msg?: string; req?: { id?: string; path?: string } })
            .filter((line) => line.req?.id === 'winners-page-9');
        for (let i = 0; i < 50 && logged().length === 0; i += 1) await new Promise((r) => setTimeout(r, 100));
        expect(logged()).toContainEqual(
          expect.objectContaining({
            msg: 'request completed',
            req: expect.objectContaining({
              path: expect.stringMatching(/^\/api\/v1\/public\/programmes\/.*\/winners$/),
            }),
          }),
        );
      });
    });
  });

  describe('rate limits, shared by every instance through Redis', () => {
    it('answers the third sign-in start from one address in a minute with 429, Retry-After and a page saying what to do, on another instance too', async () => {
      const first = await another({ rateLimit: { signInPerMinute: 2, writesPerMinute: 2 } });
      const second = await another({ rateLimit: { signInPerMinute: 2, writesPerMinute: 2 } });
      const from = clientAddress();
      const signIn = (origin: string, address = from) =>
        fetch(`${origin}/sign-in`, { redirect: 'manual', headers: { 'X-Forwarded-For': address } });

      const allowed = [(await signIn(first)).status, (await signIn(first)).status];
      const refused = await signIn(second);
      const elsewhere = await signIn(second, `203.0.113.${1 + Math.floor(Math.random() * 250)}`);

      expect(allowed).toEqual([303, 303]);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      const html = await refused.text();
      expect(html).toContain(`<h1>${TOO_MANY}</h1>`);
      expect(html).toContain('Wait a minute, then go back and try again.');
      expect(elsewhere.status).toBe(303);
    });

    it("limits a signed-in person's form posts, and the page that says so is accessible", async () => {
      const limited = await another({ rateLimit: { signInPerMinute: 1000, writesPerMinute: 2 } });
      const { page } = await s.browser.newPage();
      // Signed in on the suite's instance; the session (in Redis) is good on every instance.
      await signInInBrowser(page, s.web.url);
      const save = async () => {
        await page.goto(`${limited}/categories/${s.setup.category.id}/nominate`);
        await page.getByLabel('Full name').fill('Sam Patel');
        const [res] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === 'POST'),
          page.getByRole('button', { name: 'Save and continue' }).click(),
        ]);
        return res;
      };

      const statuses = [(await save()).status(), (await save()).status()];
      const refused = await save();

      expect(statuses).not.toContain(429);
      expect(refused.status()).toBe(429);
      expect(refused.headers()['retry-after']).toMatch(/^\d+$/);
      await page.getByRole('heading', { level: 1, name: TOO_MANY }).waitFor();
      await expectAccessible(page);
    });
  });

  describe('caching', () => {
    it("answers a signed-in person's pages with no-store, and leaves the design system's files cacheable", async () => {
      const { page } = await s.browser.newPage();
      await signInInBrowser(page, s.web.url);
      const home = await page.goto(s.web.url);
      const css = await fetch(`${s.web.url}/assets/nhsuk/nhsuk-frontend.min.css`);

      expect(home?.headers()['cache-control']).toBe('no-store');
      expect(css.status).toBe(200);
      expect(css.headers.get('cache-control')).toBe('public, max-age=3600');
    });
  });
});
