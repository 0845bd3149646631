import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  freeTcpPort,
  launchBrowser,
  openProgramme,
  spawnApp,
  startMailSink,
  startTestWeb,
  type MailSink,
  type OpenProgramme,
  type SpawnedApp,
  type TestBrowser,
  type TestWeb,
  WCAG_TAGS,
} from '@commend/testing';
import { ensureBinaries, startRedis, type RedisHandle } from '../../scripts/services';

/** Where the journey's screenshots go (looked at by a person; not compared). */
export { SCREENSHOTS_DIR as SHOTS } from '@commend/testing';

export interface NominatingStack {
  web: TestWeb;
  browser: TestBrowser;
  /** With `worker` only: the SMTP sink the worker sends to. */
  sink: MailSink;
  setup: OpenProgramme;
  close(): Promise<void>;
}

/**
 * The browser app on the harness, with what a receipt needs: the API's queue on a Redis of
 * this suite's own (so no other suite's worker takes its jobs), the built worker sending to a
 * real SMTP sink, and APP_URL the web app's address, as in the demo.
 */
export async function startNominatingStack(
  options: { worker?: boolean; env?: Record<string, string>; workerEnv?: Record<string, string> } = {},
): Promise<NominatingStack> {
  let redis: RedisHandle | undefined;
  let worker: SpawnedApp | undefined;
  const sink = options.worker ? await startMailSink() : undefined;
  const mail: Record<string, string> = sink
    ? { SMTP_URL: sink.smtpUrl, MAIL_FROM: 'Commend <awards@commend.example>' }
    : {};
  const apiEnv: Record<string, string> = { ...mail };
  if (options.worker) {
    redis = await startRedis({
      redisServer: ensureBinaries().redisServer,
      port: await freeTcpPort(),
      dataDir: mkdtempSync(join(tmpdir(), 'commend-redis-')),
    });
    apiEnv.REDIS_URL = redis.url;
  }
  const web = await startTestWeb({ apiEnv, env: options.env });
  if (options.worker) {
    worker = spawnApp('worker', {
      ...web.api.processEnv(),
      ...mail,
      APP_URL: web.url,
      CLOCK_INTERVAL_SECONDS: '1',
      ...options.workerEnv,
    });
    const deadline = Date.now() + 30_000;
    while (!worker.output().includes('Worker ready')) {
      if (worker.child.exitCode !== null || Date.now() > deadline)
        throw new Error(`The worker did not get ready:\n${worker.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const browser = await launchBrowser();
  const setup = await openProgramme(web.api, { name: 'Social Work Week 2027 Awards', timeZone: 'Europe/London' });
  return {
    web,
    browser,
    sink: sink as MailSink,
    setup,
    close: async () => {
      await browser.close();
      await worker?.stop();
      await web.close();
      await redis?.stop();
      await sink?.stop();
    },
  };
}

/**
 * axe on the page as it is now. The design system's enhanced file-upload button names itself
 * with its label and its action ("Add a file, Choose file"), which axe reads as a
 * label/content mismatch; NHS.UK frontend does this on purpose, so a screen reader hears what
 * the button is for (trap 4): that one element is excluded, nothing else.
 */
/**
 * Waits for the design system's script to move focus to the error summary of a refused form.
 * A function, not a string: the app's CSP forbids eval, and Playwright evaluates a string
 * predicate with it whenever the first check is false and it has to poll.
 */
export async function errorSummaryFocused(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const { document } = globalThis as unknown as { document: { activeElement: { className: string } | null } };
    return document.activeElement?.className.includes('nhsuk-error-summary') ?? false;
  });
}

export async function expectAccessible(page: Page): Promise<void> {
  const button = FILE_UPLOAD_BUTTON;
  // The design system's script builds the button after load: scanning before it has would find
  // the half-built control, so wait for it wherever there is a file input (axe runs with JS on).
  if ((await page.locator('input[type=file]').count()) > 0) await page.locator(button).first().waitFor();
  if ((await page.locator(button).count()) === 0) return expectNoAxeViolations(page);
  const everythingElse = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude(button).analyze();
  const theButton = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .include(button)
    .disableRules(['label-content-name-mismatch'])
    .analyze();
  const violations = [...everythingElse.violations, ...theButton.violations].map(
    (v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  if (violations.length) throw new Error(`axe found violations on ${page.url()}:\n  ${violations.join('\n  ')}`);
}

const FILE_UPLOAD_BUTTON = '.nhsuk-file-upload__drop-button';

export function words(n: number, word = 'care'): string {
  return Array.from({ length: n }, () => word).join(' ');
}
