import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { ensureChromium } from '../../../scripts/services';
import { HARNESS } from './harness-env';

/** Where the browser suites leave screenshots for a person to look at: WEB_SHOTS_DIR, or the run's scratch folder. */
export const SCREENSHOTS_DIR = process.env.WEB_SHOTS_DIR ?? join(process.env[HARNESS.root] ?? tmpdir(), 'screenshots');

/** The rules a page must pass: WCAG 2.2 A and AA (axe tags 2.0, 2.1 and 2.2). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface TestBrowser {
  browser: Browser;
  /**
   * A fresh context (cookies of its own) and a page in it. axe needs a page of a context
   * (`browser.newPage()`'s fails); the issuer's pages use its own CA, hence ignoreHTTPSErrors.
   */
  newPage(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** Debian's Chromium, launched once per suite file (it takes about a second). */
export async function launchBrowser(): Promise<TestBrowser> {
  const executablePath = ensureChromium();
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing`);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const contexts: BrowserContext[] = [];
  return {
    browser,
    newPage: async (options = {}) => {
      const context = await browser.newContext({ ignoreHTTPSErrors: true, ...options });
      // The design system's font host is on the internet, which tests must not depend on (its
      // CSS falls back to Arial, as it does for anyone who cannot reach the host).
      await context.route(/^https:\/\/assets\.nhs\.uk\//, (route) => route.abort());
      context.setDefaultTimeout(60_000);
      contexts.push(context);
      return { context, page: await context.newPage() };
    },
    close: async () => {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close();
    },
  };
}

/** Fails listing each WCAG 2.2 AA violation axe finds on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  if (violations.length > 0) {
    throw new Error(`axe found ${violations.length} violation(s) on ${page.url()}:\n  ${violations.join('\n  ')}`);
  }
}

/** Signs in from the app's start page through the dev issuer's page, as a person would. */
export async function signInInBrowser(page: Page, webUrl: string, person = 'Alex Morgan'): Promise<void> {
  await page.goto(webUrl);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.origin !== webUrl, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: `Sign in as ${person}` }).click();
  await page.waitForURL((url) => url.origin === webUrl, { waitUntil: 'domcontentloaded' });
}

/** Presses Tab until the focused element's accessible text matches, failing after `max` presses. */
export async function tabTo(page: Page, text: string | RegExp, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate<string>("document.activeElement?.textContent?.trim() ?? ''");
    if (typeof text === 'string' ? focused === text : text.test(focused)) return;
  }
  throw new Error(`Tab did not reach "${String(text)}" within ${max} presses on ${page.url()}`);
}
