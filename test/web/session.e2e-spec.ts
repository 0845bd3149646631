import { Redis } from 'ioredis';
import type { BrowserContext } from 'playwright-core';
import {
  expectNoAxeViolations,
  launchBrowser,
  openProgramme,
  signInInBrowser,
  startTestWeb,
  testRedisUrl,
  type TestBrowser,
  type TestWeb,
} from '@commend/testing';

/** The session as the web app stored it in Redis: what its cookie points to. */
async function storedTokens(redis: Redis, context: BrowserContext, url: string) {
  const cookie = (await context.cookies(url)).find((c) => c.name === 'commend.sid')!;
  const id = decodeURIComponent(cookie.value).replace(/^s:/, '').split('.')[0];
  const stored = await redis.get(`commend:web:sess:${id}`);
  return (JSON.parse(stored!) as { tokens: { accessToken: string; refreshToken: string; expiresAt: number } }).tokens;
}

// A browser, the API and the issuer on a shared 2-core machine: generous, not a speed check.
jest.setTimeout(120_000);

describe('Browser: the session’s idle timeout', () => {
  let web: TestWeb;
  let browser: TestBrowser;

  beforeAll(async () => {
    web = await startTestWeb({ env: { WEB_IDLE_TIMEOUT_SECONDS: '8' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('ends a session left idle past the timeout: the next page is "session ended", then signed out', async () => {
    const { page } = await browser.newPage();
    await signInInBrowser(page, web.url);
    await page.getByText('Signed in as Alex Morgan').waitFor();

    await new Promise((resolve) => setTimeout(resolve, 9000));
    await page.goto(`${web.url}/privacy`);

    expect(page.url()).toBe(`${web.url}/session-ended`);
    expect(await page.getByRole('heading', { level: 1, name: 'Your session ended' }).isVisible()).toBe(true);
    expect(await page.getByText('8 seconds').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.goto(web.url);
    expect(await page.getByRole('main').getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
  });

  it('keeps a session that is used within the timeout', async () => {
    const { page } = await browser.newPage();
    await signInInBrowser(page, web.url);
    // Five pages two seconds apart: longer in all than the timeout, never idle that long.
    for (let i = 0; i < 5; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await page.goto(web.url);
    }

    expect(await page.getByText('Signed in as Alex Morgan').isVisible()).toBe(true);
  });
});

describe('Browser: the access token is refreshed before it expires', () => {
  let short: TestWeb;
  let browser: TestBrowser;
  let redis: Redis;

  beforeAll(async () => {
    // Four minutes: under the five-minute margin, so every page refreshes first.
    short = await startTestWeb({ tokenLifetimeSeconds: 240 });
    browser = await launchBrowser();
    redis = new Redis(testRedisUrl());
    await openProgramme(short.api, { name: 'Social Work Week 2027 Awards' });
  });
  afterAll(async () => {
    redis?.disconnect();
    await browser?.close();
    await short?.close();
  });

  it('swaps the token set with under five minutes left, and the API keeps answering', async () => {
    const { page, context } = await browser.newPage();
    await signInInBrowser(page, short.url);
    const before = await storedTokens(redis, context, short.url);

    await page.goto(short.url);

    const after = await storedTokens(redis, context, short.url);
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).not.toBe(before.refreshToken); // the dev issuer rotates them
    expect(after.expiresAt).toBeGreaterThan(before.expiresAt);
    expect(await page.getByRole('heading', { name: 'Social Work Week 2027 Awards' }).isVisible()).toBe(true);
  });
});
