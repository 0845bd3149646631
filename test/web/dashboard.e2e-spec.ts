import type { Page } from 'playwright-core';
import {
  completeNomination,
  eligibleNomination,
  setPanel,
  signIn,
  signInInBrowser,
  submitScorecard,
} from '@commend/testing';
import { SHOTS, expectAccessible, startNominatingStack, type NominatingStack } from './nominating-stack';

// A browser, the API and the issuer on a shared 2-core machine: generous, not a speed check.
jest.setTimeout(240_000);

const FORBIDDEN = 'You do not have access to this page';

/** A table's row as a screen reader reads it: its header cell, then its cells' text. */
async function cells(page: Page, table: string, row: string): Promise<string[]> {
  const found = page.getByRole('table', { name: table }).getByRole('row', { name: row, exact: false });
  return (await found.getByRole('cell').allTextContents()).map((t) => t.trim());
}

describe('Browser: the programme dashboard', () => {
  let s: NominatingStack;
  const as = (user: string) => `Bearer ${s.web.api.token(user)}`;
  const day = (at: Date) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    })
      .format(at)
      .replace(',', '');
  const yesterday = new Date(Date.now() - 86400_000);

  beforeAll(async () => {
    s = await startNominatingStack();
    const { api } = s.web;
    const category = s.setup.category;
    const [sam, lee] = [await signIn(api, 'sam'), await signIn(api, 'lee')];
    await setPanel(api, category.id, [{ userId: sam, chair: true }, { userId: lee }]);
    // Two eligible (one came in yesterday), one submitted and not screened, one draft.
    const early = await eligibleNomination(api, category);
    const later = await eligibleNomination(api, category, {
      nominee: { name: 'Ola Berg', email: 'ola.berg@example.nhs.uk' },
    });
    await api.http
      .post(`/api/v1/categories/${category.id}/nominations`)
      .set('Authorization', as('bola'))
      .send({ ...completeNomination(category), submit: true, confirmPrivacyFindings: true })
      .expect(201);
    await api.http
      .post(`/api/v1/categories/${category.id}/nominations`)
      .set('Authorization', as('bola'))
      .send(completeNomination(category))
      .expect(201);
    // Only the clock is moved back; the nomination went through the API.
    await api.db.query('UPDATE nominations SET submitted_at = $2 WHERE id = $1', [early.id, yesterday]);
    await submitScorecard(api, 'sam', early.id, category, 8);
    await api.http
      .post(`/api/v1/nominations/${later.id}/conflicts`)
      .set('Authorization', as('lee'))
      .send({ reason: 'I line-manage the nominee' })
      .expect(200);
    // Messages are the worker's to write, and no worker runs here: three sent, one failed.
    await api.db.query(
      `INSERT INTO notifications (dedupe_key, kind, programme_id, recipient, subject, text, html, status)
       SELECT 'dash-' || i, 'nomination.receipt', $1, 'n' || i || '@example.nhs.uk', 's', 't', 'h',
              CASE WHEN i = 4 THEN 'failed' ELSE 'sent' END
       FROM generate_series(1, 4) AS i`,
      [s.setup.programme.id],
    );
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the coordinator the seeded figures: a chart with its table, judging progress and messages', async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');
    await page.goto(`${s.web.url}/coordinating`);
    await page.getByRole('link', { name: 'Dashboard of Social Work Week 2027 Awards' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard: Social Work Week 2027 Awards' }).waitFor();

    const chart = page.getByRole('img', { name: 'Nominations per day, stacked by their status now' });
    expect(await chart.getAttribute('aria-labelledby')).toBe('nominations-chart-title nominations-chart-desc');
    const description = (await page.locator('#nominations-chart-desc').textContent()) ?? '';
    expect(description).toContain(`${day(yesterday)}: 1 (eligible 1)`);
    expect(description).toContain(`${day(new Date())}: 3 (eligible 1, submitted, not screened 1, draft 1)`);

    const perDay = 'Nominations per day, by status now';
    // Eligible, submitted, ineligible, draft, withdrawn, total.
    expect(await cells(page, perDay, day(yesterday))).toEqual(['1', '0', '0', '0', '0', '1']);
    expect(await cells(page, perDay, day(new Date()))).toEqual(['1', '1', '0', '1', '0', '3']);
    expect(await cells(page, perDay, 'Total')).toEqual(['2', '1', '0', '1', '0', '4']);
    // Judges, expected (2 × 2 less Lee's conflict), submitted, drafts, still to submit, conflicts.
    expect(await cells(page, "Judging progress of each category's panel", 'Safeguarding Award')).toEqual([
      '2',
      '3',
      '1',
      '0',
      '2',
      '1',
    ]);
    expect(await cells(page, 'Notifications by kind', 'Receipts to nominators')).toEqual(['3', '1', '0']);
    const main = (await page.getByRole('main').textContent()) ?? '';
    for (const secret of ['Sam Patel', 'Ola Berg', 'line-manage']) expect(main).not.toContain(secret);
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/dashboard.png`, fullPage: true });

    await page.getByRole('link', { name: 'Messages of Social Work Week 2027 Awards that failed to send' }).click();
    await page.waitForURL(new RegExp(`/coordinating/notifications\\?programmeId=${s.setup.programme.id}$`));
  });

  it('shows a judge the 403 page, with no figures', async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Sam Okafor');
    const res = await page.goto(`${s.web.url}/coordinating/programmes/${s.setup.programme.id}/dashboard`);

    expect(res?.status()).toBe(403);
    await page.getByRole('heading', { level: 1, name: FORBIDDEN }).waitFor();
    expect(await page.getByRole('img', { name: /Nominations per day/ }).count()).toBe(0);
    await expectAccessible(page);
  });
});
