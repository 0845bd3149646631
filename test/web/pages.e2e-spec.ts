import { mkdirSync } from 'node:fs';
import type { Response } from 'playwright-core';
import {
  expectNoAxeViolations,
  launchBrowser,
  SCREENSHOTS_DIR as SHOTS,
  openProgramme,
  signInInBrowser,
  startTestWeb,
  type TestBrowser,
  type TestWeb,
} from '@commend/testing';

// A browser, the API and the issuer on a shared 2-core machine: generous, not a speed check.
jest.setTimeout(120_000);

describe('Browser: the pages, accessible and with a strict CSP', () => {
  let web: TestWeb;
  let browser: TestBrowser;

  beforeAll(async () => {
    web = await startTestWeb();
    browser = await launchBrowser();
    await openProgramme(web.api, { name: 'Social Work Week 2027 Awards' });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  const pages: [string, string, number][] = [
    ['/', 'Nominate a colleague for an award', 200],
    ['/accessibility', 'Accessibility statement', 200],
    ['/privacy', 'Privacy notice', 200],
    ['/cookies', 'Cookies', 200],
    ['/session-ended', 'Your session ended', 200],
    ['/signed-out', 'You have signed out', 200],
    ['/no-such-page', 'Page not found', 404],
    ['/auth/callback?code=forged&state=forged', 'Sign-in did not finish', 400],
  ];

  it.each(pages)('%s shows "%s" with status %d and no accessibility violations', async (path, heading, status) => {
    const { page } = await browser.newPage();

    const res = await page.goto(`${web.url}${path}`);

    expect(res?.status()).toBe(status);
    expect(await page.getByRole('heading', { level: 1, name: heading }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });

  it.each(pages)('%s works with JavaScript switched off', async (path, heading) => {
    const { page } = await browser.newPage({ javaScriptEnabled: false });

    await page.goto(`${web.url}${path}`);

    expect(await page.getByRole('heading', { level: 1, name: heading }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Skip to main content' }).count()).toBe(1);
  });

  it('every HTML response has a CSP with a fresh nonce and no unsafe-inline for scripts, and the page’s scripts carry it', async () => {
    const { page } = await browser.newPage();
    const documents: Response[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() === 'document' && new URL(res.url()).origin === web.url) documents.push(res);
    });
    for (const [path] of pages) await page.goto(`${web.url}${path}`);
    await signInInBrowser(page, web.url);

    expect(documents.length).toBeGreaterThanOrEqual(pages.length + 2);
    const nonces = new Set<string>();
    for (const res of documents) {
      const csp = (await res.allHeaders())['content-security-policy'] ?? '';
      const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
      expect({ url: res.url(), nonce: !!nonce, unsafeInline: scriptSrc.includes("'unsafe-inline'") }).toEqual({
        url: res.url(),
        nonce: true,
        unsafeInline: false,
      });
      expect(csp).toContain(`form-action 'self' ${new URL(web.api.idp.metadataUrl).origin}`);
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(documents.length);
    const scriptNonces = await page.evaluate<string[]>('[...document.scripts].map((s) => s.nonce)');
    const lastNonce = /'nonce-([^']+)'/.exec((await documents.at(-1)!.allHeaders())['content-security-policy'])?.[1];
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([lastNonce]));
  });

  it('takes a screenshot of the signed-in home page in the NHS brand', async () => {
    const { page } = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await signInInBrowser(page, web.url);
    await page.getByRole('heading', { level: 1, name: 'Your awards' }).waitFor();
    mkdirSync(SHOTS, { recursive: true });

    await page.screenshot({ path: `${SHOTS}/home-nhs.png`, fullPage: true });

    expect(await page.getByRole('img', { name: 'NHS' }).count()).toBeGreaterThan(0);
    expect(await page.getByText('© NHS England').isVisible()).toBe(true);
  });
});
