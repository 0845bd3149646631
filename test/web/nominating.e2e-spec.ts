import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { pdf, riskyPdf, signInInBrowser } from '@commend/testing';
import { SHOTS, expectAccessible, startNominatingStack, words, type NominatingStack } from './nominating-stack';

const ALEX = 'alex.morgan@example.nhs.uk';
const NHS_NUMBER = '943 476 5919';

/**
 * The whole journey as a colleague does it, from the start page to the receipt's link.
 * `js: false` runs it with JavaScript switched off (no axe then: axe needs JavaScript);
 * `shots` names the brand for the screenshots.
 */
async function nominate(s: NominatingStack, page: Page, { js, shots }: { js: boolean; shots?: string }) {
  const scan = js ? () => expectAccessible(page) : () => Promise.resolve();
  await signInInBrowser(page, s.web.url);

  // The start page leads to the open awards, with criteria, word limits and the closing date in words.
  await page.getByRole('button', { name: 'Nominate someone' }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose an award' }).waitFor();
  expect(await page.getByText(/^Nominations close \w+day \d{1,2} \w+ \d{4} at \d{1,2}(:\d\d)?(am|pm)$/).count()).toBe(
    1,
  );
  expect(await page.getByText('Impact (up to 300 words)').isVisible()).toBe(true);
  await scan();
  await page.getByRole('button', { name: 'Nominate for the Safeguarding Award' }).click();

  // The nominee: a refused e-mail address re-renders with what was typed and the API's message.
  await page.getByRole('heading', { level: 1, name: 'Who are you nominating?' }).waitFor();
  await scan();
  await page.getByLabel('Full name').fill('Sam Patel');
  await page.getByLabel('Their work e-mail address').fill('sam.patel-at-example');
  await page.getByLabel('How do you know them?').fill('Team manager');
  await page.getByRole('radio', { name: 'Yes, they agreed' }).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  const summary = page.getByRole('alert');
  await summary.getByText('nominee.email must be an e-mail address').waitFor();
  expect(await page.title()).toMatch(/^Error: /);
  expect(await page.getByLabel('Full name').inputValue()).toBe('Sam Patel');
  expect(await page.getByRole('radio', { name: 'Yes, they agreed' }).isChecked()).toBe(true);
  expect(await page.locator('#nomineeEmail-error').textContent()).toContain('nominee.email must be an e-mail address');
  if (js) expect(await page.evaluate<string>('document.activeElement?.className')).toContain('nhsuk-error-summary');
  await scan();
  if (shots) await page.screenshot({ path: `${SHOTS}/question-error-${shots}.png`, fullPage: true });
  await page.getByLabel('Their work e-mail address').fill('sam.patel@example.nhs.uk');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // The statements: a live word count with JavaScript, the API's check without it.
  await page.getByRole('heading', { level: 1, name: 'Why should they win?' }).waitFor();
  await scan();
  const impact = page.getByRole('textbox', { name: 'Impact' });
  await impact.fill(`Sam found the child, NHS number ${NHS_NUMBER}, alone at home and kept them safe.`);
  await page.getByRole('textbox', { name: 'Practice' }).fill('Calm, thorough and kind under pressure.');
  await page.getByRole('textbox', { name: 'Values' }).fill(words(101));
  if (js) await page.getByText('You have 1 word too many').first().waitFor();
  else expect(await page.getByText('You can enter up to 100 words').isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await summary.getByText('the statement for "Values" has 101 words; the limit is 100', { exact: false }).waitFor();
  expect(await impact.inputValue()).toContain(NHS_NUMBER);
  await scan();
  await page.getByRole('textbox', { name: 'Values' }).fill('Sam puts children first, every time.');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Evidence: the limits before uploading, the API's refusal, then a PDF added; a second one removed.
  await page.getByRole('heading', { level: 1, name: 'Add evidence (optional)' }).waitFor();
  expect(await page.getByText('Each file can be up to 64 KB').isVisible()).toBe(true);
  await scan();
  const file = page.locator('input[type=file]');
  await file.setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: riskyPdf.javaScriptAction() });
  await page.getByRole('button', { name: 'Upload file' }).click();
  await summary.waitFor();
  expect(await summary.textContent()).toMatch(/JavaScript|script/i);
  await scan();
  await file.setInputFiles({ name: 'thank-you-letter.pdf', mimeType: 'application/pdf', buffer: pdf() });
  await page.getByRole('button', { name: 'Upload file' }).click();
  await page.getByText(/^thank-you-letter\.pdf \(/).waitFor();
  await file.setInputFiles({ name: 'by-mistake.pdf', mimeType: 'application/pdf', buffer: pdf() });
  await page.getByRole('button', { name: 'Upload file' }).click();
  await page.getByRole('button', { name: 'Remove by-mistake.pdf' }).click();
  await page.getByText(/^thank-you-letter\.pdf \(/).waitFor();
  expect(await page.getByText('by-mistake.pdf').count()).toBe(0);
  await scan();
  // The worker checks the file; until then it says so, with a plain link to look again.
  while (await page.getByText('Checking…').count()) {
    await page.waitForTimeout(200); // as a person would, before looking again
    await page.getByRole('link', { name: 'Refresh to see if thank-you-letter.pdf is checked' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add evidence (optional)' }).waitFor();
  }
  // The fixture's PDF has no pages: nothing to read.
  await page.getByText('No text could be read from this file').waitFor();
  await scan();
  await page.getByRole('button', { name: 'Continue' }).click();

  // The privacy check: the NHS number shown in place, masked, with what to do.
  await page.getByRole('heading', { level: 1, name: 'Check your answers before you submit your nomination' }).waitFor();
  await page.getByText('Remove the NHS number or confirm it is needed.').waitFor();
  expect(await page.getByText(/^Possible NHS number: /).count()).toBe(1);
  expect(await page.getByRole('main').textContent()).toContain(NHS_NUMBER); // the statement itself, as typed
  expect(await page.getByText(/^Possible NHS number: /).textContent()).not.toContain(NHS_NUMBER);
  await scan();
  if (shots) await page.screenshot({ path: `${SHOTS}/privacy-finding-${shots}.png`, fullPage: true });
  await page.getByRole('button', { name: 'Submit nomination' }).click();
  await summary.getByText('possible service-user identifier', { exact: false }).waitFor();
  await scan();

  // Removes it and submits.
  await page.getByRole('link', { name: 'Change Impact' }).click();
  await impact.fill('Sam found the child alone at home and kept them safe.');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers before you submit your nomination' }).waitFor();
  expect(await page.getByText(/^Possible NHS number/).count()).toBe(0);
  await page.getByRole('button', { name: 'Submit nomination' }).click();

  await page.getByRole('heading', { level: 1, name: 'Nomination submitted' }).waitFor();
  const reference = (await page.locator('.nhsuk-panel strong').textContent())!.trim();
  expect(reference).toMatch(new RegExp(`^${s.setup.programme.referencePrefix}-\\d{4}$`));
  await scan();
  if (shots) await page.screenshot({ path: `${SHOTS}/confirmation-${shots}.png`, fullPage: true });
  return reference;
}

/** The receipt for `reference`, and the link it carries. */
async function receiptLink(s: NominatingStack, reference: string): Promise<string> {
  const messages = await s.sink.waitFor(
    (m) => m.some((x) => x.to.includes(ALEX) && x.subject.includes(reference)),
    30_000,
  );
  const receipt = messages.find((x) => x.to.includes(ALEX) && x.subject.includes(reference))!;
  expect(receipt.subject).toBe(`Your nomination of Sam Patel is in (${reference})`);
  return /See your nomination in Commend: (\S+)/.exec(receipt.text)![1];
}

describe('Browser: a colleague nominates a colleague', () => {
  let s: NominatingStack;

  beforeAll(async () => {
    s = await startNominatingStack({ worker: true });
    mkdirSync(SHOTS, { recursive: true });
  }, 90_000);
  afterAll(async () => {
    await s?.close();
  });

  it('signs in, nominates with statements and a PDF, removes an NHS number the privacy check found, submits, and the receipt’s link opens the nomination; every page and error state passes axe', async () => {
    const { page } = await s.browser.newPage({ viewport: { width: 1100, height: 900 } });

    const reference = await nominate(s, page, { js: true, shots: 'nhs' });
    const link = await receiptLink(s, reference);
    await page.goto(link);

    expect(link.startsWith(`${s.web.url}/nominations/`)).toBe(true);
    await page.getByRole('heading', { level: 1, name: `Nomination ${reference}` }).waitFor();
    expect(await page.getByText('Submitted', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('thank-you-letter.pdf').isVisible()).toBe(true);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'See all your nominations' }).click();
    await page.getByRole('link', { name: reference }).waitFor();
    await expectAccessible(page);
  }, 180_000);

  it('does the same journey with JavaScript switched off', async () => {
    const { page } = await s.browser.newPage({ javaScriptEnabled: false });

    const reference = await nominate(s, page, { js: false });
    await page.goto(await receiptLink(s, reference));

    await page.getByRole('heading', { level: 1, name: `Nomination ${reference}` }).waitFor();
  }, 180_000);
});

describe('Browser: the journey in a council’s brand', () => {
  let s: NominatingStack;

  beforeAll(async () => {
    s = await startNominatingStack({
      worker: true, // the evidence file's privacy check
      env: {
        WEB_BRAND: 'council',
        WEB_ORGANISATION_NAME: 'Northshire County Council',
        WEB_LOGO_URL: '/assets/app/council-logo.svg',
        WEB_FOOTER_TEXT: '© Northshire County Council',
      },
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 90_000);
  afterAll(async () => {
    await s?.close();
  });

  it('nominates with the council’s logo and footer and no NHS logo, every page passing axe', async () => {
    const { page } = await s.browser.newPage({ viewport: { width: 1100, height: 900 } });

    await nominate(s, page, { js: true, shots: 'council' });

    expect(await page.getByRole('img', { name: 'Northshire County Council' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('img', { name: 'NHS' }).count()).toBe(0);
    expect(await page.getByText('© Northshire County Council').isVisible()).toBe(true);
  }, 180_000);
});
