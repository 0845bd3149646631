import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { Page } from 'playwright-core';
import { createWebApp } from '@commend/web';
import {
  addTeamCategory,
  eligibleNomination,
  freeTcpPort,
  setPanel,
  signIn,
  signInInBrowser,
  submitScorecard,
  type OpenProgramme,
} from '@commend/testing';
import { expectAccessible, startNominatingStack, type NominatingStack, errorSummaryFocused } from './nominating-stack';
import { fillSchedule, london } from './schedule-form';

// A browser, the API, the issuer and the worker on a shared 2-core machine: generous, not a speed check.
jest.setTimeout(300_000);

const ZONE = 'Europe/London';
const FORBIDDEN = 'You do not have access to this page';

/** "Tuesday 21 March 2027": the weekday and date of a moment in London. */
const londonDate = (ms: number) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
    .format(new Date(ms))
    .replace(',', '');

describe('Browser: the director approves outcomes and makes the announcement', () => {
  let s: NominatingStack;
  let setup: OpenProgramme;
  let team: OpenProgramme['category'];
  const ids: Record<string, string> = {};
  const n: Record<string, { id: string; reference: string }> = {};
  const as = (user: string) => `Bearer ${s.web.api.token(user)}`;
  const http = () => s.web.api.http;
  const outcomesUrl = (categoryId: string) => `${s.web.url}/directing/categories/${categoryId}/outcomes`;
  const announcementUrl = () => `${s.web.url}/directing/programmes/${setup.programme.id}/announcement`;
  const previewUrl = () => `${announcementUrl()}/preview`;
  const winnersUrl = () => `${s.web.url}/winners/${setup.programme.id}`;

  const outcomesOf = async (categoryId: string) =>
    (await http().get(`/api/v1/categories/${categoryId}/outcomes`).set('Authorization', as('dee')).expect(200))
      .body as { status: string; version: number; returnComment: string | null };

  async function propose(categoryId: string, outcomes: Record<string, string>[], version?: number) {
    return (
      await http()
        .put(`/api/v1/categories/${categoryId}/outcomes`)
        .set('Authorization', as('jo'))
        .send({ minutes: 'The panel met on 1 March.\nAll agreed.', outcomes, ...(version ? { version } : {}) })
        .expect(200)
    ).body as { version: number };
  }

  const safeguardingOutcomes = (citation: string) => [
    { nominationId: n.winner.id, kind: 'winner', citation, rationale: 'Highest weighted and normalised score' },
    {
      nominationId: n.commended.id,
      kind: 'highly_commended',
      citation: 'For calm courage with a family in crisis',
      rationale: 'A close second',
    },
  ];
  const teamOutcomes = (citation: string) => [
    { nominationId: n.team.id, kind: 'winner', citation, rationale: 'The only team nominated, and a strong one' },
  ];

  beforeAll(async () => {
    s = await startNominatingStack({ worker: true });
    setup = s.setup;
    for (const user of ['sam', 'jo', 'dee', 'priya']) ids[user] = await signIn(s.web.api, user);
    team = await addTeamCategory(s.web.api, setup.programme.id);
    n.winner = await eligibleNomination(s.web.api, setup.category, {
      nominee: { name: 'Sam Patel', email: 'sam.patel@example.nhs.uk', team: 'Children in Need East' },
      publicityConsent: 'given',
    });
    n.commended = await eligibleNomination(
      s.web.api,
      setup.category,
      { nominee: { name: 'Grace Mensah', email: 'grace.mensah@example.nhs.uk', team: 'Adult Safeguarding Hub' } },
      'bola',
    );
    n.other = await eligibleNomination(s.web.api, setup.category, {
      nominee: { name: 'Tom Reid', email: 'tom.reid@example.nhs.uk', team: 'Hospital Discharge' },
    });
    n.team = await eligibleNomination(s.web.api, team, {
      nominee: { name: 'Rapid Response Team', team: 'Community Health Services' },
      teamMembers: [{ name: 'Kim Lee', email: 'kim.lee@example.nhs.uk' }],
    });
    for (const category of [setup.category.id, team.id]) {
      await setPanel(s.web.api, category, [{ userId: ids.sam }, { userId: ids.jo, chair: true }]);
    }
    for (const [key, value] of [
      ['winner', 9],
      ['commended', 7],
      ['other', 4],
    ] as const) {
      await submitScorecard(s.web.api, 'sam', n[key].id, setup.category, value);
      await submitScorecard(s.web.api, 'jo', n[key].id, setup.category, value);
    }
    await submitScorecard(s.web.api, 'sam', n.team.id, team, 8);
    await submitScorecard(s.web.api, 'jo', n.team.id, team, 8);
    await http().post(`/api/v1/programmes/${setup.programme.id}/close`).set('Authorization', as('priya')).expect(200);
    await propose(setup.category.id, safeguardingOutcomes('For brave and steady safeguarding practice'));
    await propose(team.id, teamOutcomes('For a winter of rapid, joined-up care at home'));
  }, 180_000);
  afterAll(async () => {
    await s?.close();
  });

  it('sends a visitor who is not signed in to sign in, and shows a judge and a plain colleague the 403 page on every director page, with no nomination text', async () => {
    const visitor = (await s.browser.newPage()).page;
    await visitor.goto(announcementUrl());
    await visitor.getByRole('button', { name: 'Sign in as Dee Harrington' }).waitFor(); // the issuer's page
    expect(new URL(visitor.url()).origin).not.toBe(s.web.url);
    for (const person of ['Sam Okafor', 'Alex Morgan']) {
      const { page } = await s.browser.newPage();
      await signInInBrowser(page, s.web.url, person);
      for (const url of [`${s.web.url}/directing`, outcomesUrl(setup.category.id), announcementUrl(), previewUrl()]) {
        const res = await page.goto(url);
        expect([person, url, res?.status()]).toEqual([person, url, 403]);
        await page.getByRole('heading', { level: 1, name: FORBIDDEN }).waitFor();
        const text = (await page.getByRole('main').textContent()) ?? '';
        for (const secret of ['Sam Patel', 'Grace Mensah', 'brave and steady', 'Rapid Response']) {
          expect([url, text.includes(secret)]).toEqual([url, false]);
        }
      }
      await expectAccessible(page);
    }
  });

  it('approves one category, says so when the chair changed the proposal meanwhile, and returns another with a comment', async () => {
    const { page } = await s.browser.newPage({ viewport: { width: 1100, height: 900 } });
    await signInInBrowser(page, s.web.url, 'Dee Harrington');

    // The start page of directing: each category with its outcomes status.
    await page.goto(`${s.web.url}/directing`);
    await page.getByRole('heading', { level: 1, name: 'Outcomes and announcements' }).waitFor();
    const table = page.getByRole('table', { name: /Outcomes of each category/ });
    expect(await table.getByRole('row', { name: /Safeguarding Award/ }).textContent()).toContain(
      'Proposed – to approve',
    );
    expect(await table.getByRole('row', { name: /Team of the Year/ }).textContent()).toContain('Proposed – to approve');
    await expectAccessible(page);

    // The proposal with citations, rationale, minutes and the results summary.
    await table.getByRole('link', { name: 'Safeguarding Award' }).click();
    await page.getByRole('heading', { level: 1, name: 'Outcomes for the Safeguarding Award' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Winner: Sam Patel' }).waitFor();
    const main = page.getByRole('main');
    expect(await main.textContent()).toContain('For brave and steady safeguarding practice');
    expect(await main.textContent()).toContain('Highest weighted and normalised score');
    // The minutes' lines as lines: the line break rendered, not shown as markup.
    expect(await main.innerText()).toContain('The panel met on 1 March.\nAll agreed.');
    expect(await main.textContent()).not.toContain('<br');
    const ranking = page.getByRole('table', { name: 'The top of the ranking' });
    expect(await ranking.getByRole('row').nth(1).textContent()).toContain('Sam Patel');
    expect(await main.textContent()).toContain('6 of 6 scorecards submitted');
    await expectAccessible(page);

    // Meanwhile the chair proposes again, with a new citation: the approval read the old one.
    const current = await outcomesOf(setup.category.id);
    await propose(
      setup.category.id,
      safeguardingOutcomes('For brave, steady and kind safeguarding practice'),
      current.version,
    );
    await page.getByRole('button', { name: 'Approve outcomes' }).click();
    await page.getByText('The chair changed the proposal').waitFor();
    await errorSummaryFocused(page);
    expect(await main.textContent()).toContain('For brave, steady and kind safeguarding practice');
    expect(await main.textContent()).not.toContain('For brave and steady safeguarding practice');
    expect((await outcomesOf(setup.category.id)).status).toBe('proposed');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Approve outcomes' }).click();
    await page.getByText('Approved', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Approve outcomes' }).count()).toBe(0);
    expect((await outcomesOf(setup.category.id)).status).toBe('approved');

    // The other returned: a comment is required, with the API's message beside the box.
    await page.goto(outcomesUrl(team.id));
    await page.getByRole('heading', { level: 1, name: 'Outcomes for the Team of the Year' }).waitFor();
    await page.getByRole('button', { name: 'Return to the chair' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('comment must tell the chair what to change', { exact: false }).waitFor();
    await errorSummaryFocused(page);
    expect(await page.locator('#comment-error').textContent()).toContain('comment must tell the chair what to change');
    expect(await summary.getByRole('link').getAttribute('href')).toBe('#comment');
    await expectAccessible(page);
    await page.getByLabel('What should the chair change?').fill('Say what the team changed for patients.');
    await page.getByRole('button', { name: 'Return to the chair' }).click();
    await page.getByText('Returned', { exact: true }).waitFor();
    expect(await main.textContent()).toContain('Say what the team changed for patients.');
    const returned = await outcomesOf(team.id);
    expect(returned).toMatchObject({ status: 'returned', returnComment: 'Say what the team changed for patients.' });
    await expectAccessible(page);

    // The announcement waits for every category.
    await page.goto(announcementUrl());
    await page.getByRole('heading', { level: 1, name: 'The announcement' }).waitFor();
    await page.getByText('Not every category is approved').waitFor();
    expect(await page.getByRole('link', { name: 'Team of the Year' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Schedule the announcement' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('schedules, reschedules and cancels the announcement; the preview is for directors, chairs and admins; then it fires', async () => {
    // The chair re-proposes the returned category and the director approves it (through the API: not this test's subject).
    const returned = await outcomesOf(team.id);
    const again = await propose(
      team.id,
      teamOutcomes('For a winter of rapid care that kept people at home'),
      returned.version,
    );
    await http()
      .post(`/api/v1/categories/${team.id}/outcomes/approve`)
      .set('Authorization', as('dee'))
      .send({ version: again.version })
      .expect(200);

    const { page } = await s.browser.newPage({ viewport: { width: 1100, height: 900 } });
    await signInInBrowser(page, s.web.url, 'Dee Harrington');
    await page.goto(announcementUrl());
    await page.getByRole('heading', { level: 1, name: 'The announcement' }).waitFor();
    await expectAccessible(page);
    const summary = page.getByRole('alert');
    const nextYear = String(new Date().getUTCFullYear() + 1);

    // Bad dates: 31 February, missing parts, the past — each in the summary, linked to the first bad field.
    await fillSchedule(page, { day: '31', month: '2', year: nextYear, time: '10am' });
    await page.getByRole('button', { name: 'Schedule the announcement' }).click();
    await summary.getByText('names a date that does not exist', { exact: false }).waitFor();
    await errorSummaryFocused(page);
    expect(await summary.getByRole('link').getAttribute('href')).toBe('#announcementDate-day');
    expect(await page.getByRole('group', { name: 'Date of the announcement' }).getByLabel('Day').inputValue()).toBe(
      '31',
    );
    await expectAccessible(page);
    await fillSchedule(page, { day: '21', month: '', year: '', time: '10am' });
    await page.getByRole('button', { name: 'Schedule the announcement' }).click();
    await summary.getByText('The date of the announcement must include a month and a year').waitFor();
    expect(await summary.getByRole('link').getAttribute('href')).toBe('#announcementDate-month');
    await summary.getByRole('link').click();
    expect(await page.evaluate<string>('document.activeElement?.id')).toBe('announcementDate-month');
    await expectAccessible(page);
    await fillSchedule(page, { day: '1', month: '1', year: '2020', time: '10:00' });
    await page.getByRole('button', { name: 'Schedule the announcement' }).click();
    await summary.getByText('in the past', { exact: false }).waitFor();
    expect(await summary.getByRole('link').getAttribute('href')).toBe('#announcementDate-day');
    await expectAccessible(page);

    // Scheduled: echoed in words with the zone.
    await fillSchedule(page, { day: '21', month: '3', year: nextYear, time: '10am' });
    await page.getByRole('button', { name: 'Schedule the announcement' }).click();
    const march = Date.UTC(Number(nextYear), 2, 21, 10); // 21 March is before the clocks change: GMT
    await page.getByText(`${londonDate(march)} at 10am, UK time`).waitFor();
    await expectAccessible(page);

    // Before it fires: no public page; the preview for the director, the chair and the admin, not a judge or a colleague.
    const visitor = (await s.browser.newPage()).page;
    expect((await visitor.goto(winnersUrl()))?.status()).toBe(404);
    await visitor.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectAccessible(visitor);
    await page.getByRole('link', { name: 'Preview the announcement and its e-mails' }).click();
    await page.getByRole('heading', { level: 1, name: 'Preview of the announcement' }).waitFor();
    await page.getByText(`To be published ${londonDate(march)} at 10am, UK time`, { exact: false }).waitFor();
    const preview = page.getByRole('main');
    expect(await preview.textContent()).toContain('Winner: Sam Patel, Children in Need East');
    expect(await preview.textContent()).toContain('A colleague in Adult Safeguarding Hub');
    expect(await preview.textContent()).not.toContain('Grace Mensah, Adult');
    await page.getByText('Winner: Safeguarding Award', { exact: true }).click(); // opens the e-mail's details
    await page.getByText('Congratulations: you have won the Safeguarding Award', { exact: false }).waitFor();
    const count = /(\d+) messages will be sent/.exec((await preview.textContent()) ?? '');
    const messageCount = Number(count?.[1]);
    expect(messageCount).toBeGreaterThan(5);
    await expectAccessible(page);
    for (const [person, status] of [
      ['Jo Whitfield', 200],
      ['Priya Shah', 200],
      ['Sam Okafor', 403],
      ['Alex Morgan', 403],
    ] as const) {
      const other = (await s.browser.newPage()).page;
      await signInInBrowser(other, s.web.url, person);
      const res = await other.goto(previewUrl());
      expect([person, res?.status()]).toEqual([person, status]);
      const heading = status === 200 ? 'Preview of the announcement' : FORBIDDEN;
      await other.getByRole('heading', { level: 1, name: heading }).waitFor();
      if (status === 403) expect(await other.getByRole('main').textContent()).not.toContain('Sam Patel');
    }

    // Rescheduled, then cancelled.
    await page.goto(announcementUrl());
    expect(await page.getByRole('group', { name: 'Date of the announcement' }).getByLabel('Day').inputValue()).toBe(
      '21',
    );
    await page.getByLabel('Time', { exact: true }).fill('2:30pm');
    await page.getByRole('button', { name: 'Reschedule the announcement' }).click();
    await page.getByText(`${londonDate(march)} at 2:30pm, UK time`).waitFor();
    await page.getByRole('button', { name: 'Cancel the announcement' }).click();
    await page.getByRole('button', { name: 'Schedule the announcement' }).waitFor();
    const cancelled = await http()
      .get(`/api/v1/programmes/${setup.programme.id}/announcement`)
      .set('Authorization', as('dee'))
      .expect(200);
    expect(cancelled.body.status).toBe('cancelled');

    // "Announce now" asks first; going back announces nothing.
    await page.getByRole('button', { name: 'Announce now' }).click();
    await page.getByText('Announce the winners now?').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'No, go back' }).click();
    await page.getByRole('button', { name: 'Schedule the announcement' }).waitFor();

    // Scheduled again, a few seconds ahead, to the second: the worker fires it.
    const at = Date.now() + 8_000;
    await fillSchedule(page, london(at));
    await page.getByRole('button', { name: 'Schedule the announcement' }).click();
    await page.getByText('The winners will be announced on', { exact: false }).waitFor();
    expect((await visitor.goto(winnersUrl()))?.status()).toBe(404);
    const announced = page.getByText('The winners were announced on', { exact: false });
    for (let i = 0; i < 60 && !(await announced.isVisible()); i++) {
      await new Promise((r) => setTimeout(r, 1_000));
      await page.reload();
    }
    await announced.waitFor();

    // The certificates, streamed through the web app with their names, and the messages counted.
    const download = page.getByRole('link', { name: /^Download .*-certificate\.pdf$/ });
    for (let i = 0; i < 30 && (await download.count()) < 3; i++) {
      await new Promise((r) => setTimeout(r, 1_000));
      await page.reload();
    }
    expect(await download.count()).toBe(3); // the two awards of the Safeguarding Award and the team's
    const href = (await download.first().getAttribute('href'))!;
    const pdf = await page.context().request.get(`${s.web.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toMatch(/^attachment; filename="[^"]+-certificate\.pdf"/);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const delivered = page.getByText(new RegExp(`^${messageCount} sent, 0 failed, 0 waiting to be sent\\.$`));
    for (let i = 0; i < 30 && !(await delivered.isVisible()); i++) {
      await new Promise((r) => setTimeout(r, 1_000));
      await page.reload();
    }
    await delivered.waitFor();
    await expectAccessible(page);

    // The outcome e-mails arrived, and their link opens the public page in the web app.
    const all = await s.sink.waitFor(
      (m) =>
        m.some((x) => x.subject === 'Winner: Safeguarding Award') &&
        m.some((x) => x.subject === 'Winner: Team of the Year'),
      30_000,
    );
    expect(all.filter((m) => m.subject === 'Winner: Safeguarding Award').map((m) => m.to)).toEqual([
      ['sam.patel@example.nhs.uk'],
    ]);
    expect(all.filter((m) => m.subject === 'Winner: Team of the Year').map((m) => m.to)).toEqual([
      ['kim.lee@example.nhs.uk'],
    ]);
    expect(
      all.some((m) => m.to.includes('grace.mensah@example.nhs.uk') && m.subject.startsWith('Highly commended')),
    ).toBe(true);
    const winnerMail = all.find((m) => m.subject === 'Winner: Safeguarding Award')!;
    expect(/See all the winners: (\S+)/.exec(winnerMail.text)?.[1]).toBe(winnersUrl());

    // The public page: no sign-in, names only with consent, the team otherwise.
    await page.getByRole('link', { name: 'See the public winners page' }).click();
    await checkWinnersPage(visitor, winnersUrl());
  });

  /** The public page as a visitor reads it, in either brand. */
  async function checkWinnersPage(visitor: Page, url: string): Promise<void> {
    const res = await visitor.goto(url);
    expect(res?.status()).toBe(200);
    await visitor.getByRole('heading', { level: 1, name: 'Social Work Week 2027 Awards: the winners' }).waitFor();
    await visitor.getByRole('heading', { level: 3, name: 'Winner: Sam Patel, Children in Need East' }).waitFor();
    await visitor
      .getByRole('heading', { level: 3, name: 'Highly commended: A colleague in Adult Safeguarding Hub' })
      .waitFor();
    await visitor
      .getByRole('heading', { level: 3, name: 'Winner: Rapid Response Team, Community Health Services' })
      .waitFor();
    const text = (await visitor.getByRole('main').textContent()) ?? '';
    expect(text).toContain('For brave, steady and kind safeguarding practice');
    expect(text).not.toContain('Grace');
    expect(text).not.toContain('Tom Reid');
    expect(text).not.toContain('Kim Lee');
    expect(await visitor.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await expectAccessible(visitor);
  }

  it('shows the same public page in a council’s brand', async () => {
    // A second web app on the same API, as a council would run it.
    const port = await freeTcpPort();
    const council = await createWebApp({
      ...s.web.config,
      port,
      brand: {
        kind: 'council',
        organisationName: 'Northshire County Council',
        logoUrl: '/assets/app/council-logo.svg',
        footerText: '© Northshire County Council',
      },
    });
    await council.listen(port, '127.0.0.1');
    try {
      const { page } = await s.browser.newPage();
      const url = `http://localhost:${port}/winners/${setup.programme.id}`;
      await checkWinnersPage(page, url);
      expect(await page.getByRole('img', { name: 'Northshire County Council' }).count()).toBeGreaterThan(0);
      expect(await page.getByRole('img', { name: 'NHS' }).count()).toBe(0);
      expect(await page.getByText('© Northshire County Council').isVisible()).toBe(true);
    } finally {
      await closeQuietly(council);
    }
  });
});

async function closeQuietly(app: INestApplication): Promise<void> {
  const server = app.getHttpServer() as Server;
  server.closeAllConnections();
  await app.close();
}
