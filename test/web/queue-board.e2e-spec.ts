import { request } from 'node:http';
import type { Response as PageResponse } from 'playwright-core';
import { signInInBrowser } from '@commend/testing';
import { SHOTS, expectAccessible, startNominatingStack, type NominatingStack } from './nominating-stack';

// A browser, the API and the issuer on a shared 2-core machine: generous, not a speed check.
jest.setTimeout(240_000);

const FORBIDDEN = 'You do not have access to this page';
const BOARD = '/coordinating/queues';

/** The headers every response of the web app carries (helmet's, set before any route). */
function securityHeadersOf(res: PageResponse): Record<string, unknown> {
  const h = res.headers();
  const csp = h['content-security-policy'] ?? '';
  return {
    url: res.url(),
    frameAncestors: csp.includes("frame-ancestors 'none'"),
    scriptsOwnOnly: /script-src 'self' 'nonce-[^']+'(;|$)/.test(csp),
    nosniff: h['x-content-type-options'],
    referrerPolicy: h['referrer-policy'],
    frameOptions: h['x-frame-options'],
    poweredBy: h['x-powered-by'],
  };
}

/** A GET of `path` on `origin`, sent exactly as written, dots and all. */
function rawGet(origin: string, path: string, cookie: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers: { cookie } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject).end();
  });
}

describe('Browser: the queue dashboard (Bull Board) through the web session', () => {
  let s: NominatingStack;
  const url = (path: string) => `${s.web.url}${path}`;

  beforeAll(async () => {
    s = await startNominatingStack();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("opens for an admin's session from the coordinator's page, and loads the queues, every response with the app's security headers", async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');
    await page.goto(url('/coordinating'));
    const responses: PageResponse[] = [];
    page.on('response', (res) => {
      if (res.url().startsWith(url(BOARD))) responses.push(res);
    });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    await page.getByRole('link', { name: 'Queues' }).click();
    await page.waitForURL(url(BOARD));
    // The board's own script has drawn the queues from its API call, through the proxy.
    await page.getByText('notifications', { exact: true }).first().waitFor();
    await page.getByText('events', { exact: true }).first().waitFor();
    await page.screenshot({ path: `${SHOTS}/queue-board.png`, fullPage: true });

    const kinds = responses.map((r) => new URL(r.url()).pathname);
    expect(kinds).toEqual(
      expect.arrayContaining([BOARD, expect.stringMatching(/\/static\/js\/.+\.js$/), `${BOARD}/api/queues`]),
    );
    expect(responses.every((r) => r.status() === 200)).toBe(true);
    for (const res of responses) {
      expect(securityHeadersOf(res)).toEqual({
        url: res.url(),
        frameAncestors: true,
        scriptsOwnOnly: true,
        nosniff: 'nosniff',
        referrerPolicy: 'no-referrer',
        frameOptions: 'SAMEORIGIN',
        poweredBy: undefined,
      });
    }
    // The API's answer is JSON through the web session: the token never reaches the browser.
    const queues = responses.find((r) => new URL(r.url()).pathname === `${BOARD}/api/queues`);
    expect(JSON.stringify(await queues?.json())).toContain('"name":"notifications"');
    // The board runs under the app's CSP unrelaxed: no script or call of its own is refused, only
    // the inline styles of its "Loading" placeholder and its web font (it falls back to system fonts).
    expect(violations.filter((v) => /script-src|connect-src|img-src/.test(v))).toEqual([]);
    expect(violations.every((v) => /style-src|fonts\.googleapis\.com/.test(v))).toBe(true);
  });

  it("lets the board's own calls change things from the page, and refuses them from anywhere else", async () => {
    const { page, context } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');
    await page.goto(url(BOARD));
    await page.getByText('notifications', { exact: true }).first().waitFor();

    // Retrying the failed jobs of a queue with none is harmless; the board's script sends it this way.
    const fromPage = await page.evaluate(async () => {
      const res = await fetch('api/queues/notifications/retry/failed', { method: 'PUT' });
      return res.status;
    });
    // The same session's cookie, but not from the page (no Sec-Fetch-Site): CSRF refuses it.
    const fromElsewhere = await context.request.put(url(`${BOARD}/api/queues/notifications/retry/failed`), {
      maxRedirects: 0,
    });

    expect(fromPage).toBe(200);
    expect(fromElsewhere.status()).toBe(403);
  });

  it('forwards nothing outside the board: a path climbing out of it is not found', async () => {
    const { page, context } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

    // A browser resolves the dots before sending; a hand-made request need not.
    const res = await rawGet(s.web.url, `${BOARD}/../../api/v1/programmes`, cookie);

    expect(res.status).toBe(404);
    expect(res.body).not.toContain('referencePrefix');
  });

  it('shows a judge the 403 page, for the board and for its calls', async () => {
    const { page, context } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Sam Okafor');
    const res = await page.goto(url(BOARD));

    expect(res?.status()).toBe(403);
    await page.getByRole('heading', { level: 1, name: FORBIDDEN }).waitFor();
    expect(securityHeadersOf(res!)).toMatchObject({ frameAncestors: true, nosniff: 'nosniff', poweredBy: undefined });
    await expectAccessible(page);
    const call = await context.request.get(url(`${BOARD}/api/queues`), { maxRedirects: 0 });
    expect(call.status()).toBe(403);
    expect(await call.text()).not.toContain('notifications');
  });

  it('sends someone not signed in to sign in, and back to the board after', async () => {
    const { context } = await s.browser.newPage();

    const res = await context.request.get(url(BOARD), { maxRedirects: 0 });
    const call = await context.request.get(url(`${BOARD}/api/queues`), { maxRedirects: 0 });

    expect([res.status(), res.headers().location]).toEqual([303, `/sign-in?returnTo=${encodeURIComponent(BOARD)}`]);
    expect(res.headers()['x-powered-by']).toBeUndefined();
    expect(call.status()).toBe(303);
  });
});
