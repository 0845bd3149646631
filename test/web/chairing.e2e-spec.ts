import type { Page } from 'playwright-core';
import {
  eligibleNomination,
  openProgramme,
  setPanel,
  signIn,
  signInInBrowser,
  submitScorecard,
  type OpenProgramme,
} from '@commend/testing';
import { expectAccessible, startNominatingStack, type NominatingStack, errorSummaryFocused } from './nominating-stack';

const LEE = 'lee.chen@example.nhs.uk';

interface ApiResults {
  nominations: {
    id: string;
    reference: string;
    nomineeName: string | null;
    weightedScore: number | null;
    rank: number | null;
    normalisedRank: number | null;
    spread: number | null;
    scores: { judgeId: string; weightedScore: number }[];
  }[];
  judges: { panelMemberId: string; judgeId: string; name: string; leniency: number | null }[];
}

/** What the page's script reads of an element (the suite compiles without the DOM's types). */
interface Cellish {
  textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<Cellish>;
}

/** The rows of a table found by its caption, as the text of each cell (header cells included). */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows: Cellish[]) =>
      rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').trim())),
    );
}

async function tableHead(page: Page, caption: string): Promise<string[]> {
  return page
    .getByRole('table', { name: caption })
    .locator('thead th')
    .evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));
}

describe('Browser: the chair’s pages', () => {
  let s: NominatingStack;
  let setup: OpenProgramme;
  let blind: OpenProgramme;
  let noms: { id: string; reference: string }[];
  let blindNom: { id: string; reference: string };
  let sam: string;
  let lee: string;
  let jo: string;
  const api = () => s.web.api;
  const as = (user: string) => `Bearer ${api().token(user)}`;
  const results = async (categoryId: string): Promise<ApiResults> =>
    (await api().http.get(`/api/v1/categories/${categoryId}/results`).set('Authorization', as('jo')).expect(200))
      .body as ApiResults;
  const url = (path: string) => `${s.web.url}${path}`;

  beforeAll(async () => {
    s = await startNominatingStack({ worker: true });
    setup = s.setup;
    sam = await signIn(api(), 'sam');
    lee = await signIn(api(), 'lee');
    jo = await signIn(api(), 'jo');
    const nominees = ['Chloe Evans', 'Tom Baker', 'Ravi Shah', 'Mia Jones'];
    noms = [];
    for (const name of nominees) {
      const email = `${name.toLowerCase().replace(' ', '.')}@example.nhs.uk`;
      noms.push(await eligibleNomination(api(), setup.category, { nominee: { name, email, team: 'Adults North' } }));
    }
    await setPanel(api(), setup.category.id, [{ userId: sam }, { userId: lee }, { userId: jo, chair: true }]);
    // sam lenient, lee harsh, jo in between; lee leaves the last nomination to score (to be reminded).
    for (const [i, n] of noms.entries()) {
      await submitScorecard(api(), 'sam', n.id, setup.category, 9 - i);
      await submitScorecard(api(), 'jo', n.id, setup.category, 7 - i);
      if (i < 3) await submitScorecard(api(), 'lee', n.id, setup.category, 5 - i);
    }
    await api()
      .http.post(`/api/v1/programmes/${setup.programme.id}/close`)
      .set('Authorization', as('priya'))
      .expect(200);

    blind = await openProgramme(api(), { blindJudging: true });
    blindNom = await eligibleNomination(api(), blind.category, {
      nominee: { name: 'Hidden Person', email: 'hidden.person@example.nhs.uk', team: 'Secret Team' },
    });
    await setPanel(api(), blind.category.id, [{ userId: sam }, { userId: jo, chair: true }]);
    await submitScorecard(api(), 'jo', blindNom.id, blind.category, 6);
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('shows the results with the same figures as the API, the charts with text alternatives and tables of the same numbers', async () => {
    const { page } = await s.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await signInInBrowser(page, s.web.url, 'Jo Whitfield');
    const expected = await results(setup.category.id);

    await page.goto(url('/chairing'));
    await page.getByRole('heading', { level: 1, name: 'Your panels' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Results: Safeguarding Award' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
    await expectAccessible(page);

    // The ranked table: rank, reference, nominee, weighted score, normalised score, normalised rank, spread…
    const head = await tableHead(page, 'Nominations ranked by weighted score');
    for (const column of ['Reference', 'Weighted score', 'Rank', 'Normalised rank', 'Spread'])
      expect(head).toContain(column);
    const col = (name: string) => head.indexOf(name);
    const rows = await tableRows(page, 'Nominations ranked by weighted score');
    expect(rows.map((r) => r[col('Reference')])).toEqual(expected.nominations.map((n) => n.reference));
    expected.nominations.forEach((n, i) => {
      expect(rows[i][col('Rank')]).toBe(String(n.rank));
      expect(rows[i][col('Normalised rank')]).toBe(String(n.normalisedRank));
      expect(Number(rows[i][col('Weighted score')].replace('%', ''))).toBeCloseTo(n.weightedScore!, 2);
      expect(Number(rows[i][col('Spread')])).toBeCloseTo(n.spread!, 2);
      expect(rows[i][col('Nominee')]).toBe(n.nomineeName);
    });
    expect(await page.getByText(`Nominations 1 to 4 of 4.`).isVisible()).toBe(true);
    // One page: no links to others.
    expect(await page.getByRole('navigation', { name: 'Pages of the ranking' }).count()).toBe(0);

    // Leniency per judge: the table and the chart's text alternative say the API's figures.
    const judges = await tableRows(page, 'Leniency of each judge');
    for (const j of expected.judges) {
      const row = judges.find((r) => r[0].startsWith(j.name))!;
      expect(Number(row[3].replace('−', '-').replace('+', ''))).toBeCloseTo(j.leniency!, 2);
    }
    const samLeniency = expected.judges.find((j) => j.judgeId === sam)!.leniency!;
    const leeLeniency = expected.judges.find((j) => j.judgeId === lee)!.leniency!;
    expect(samLeniency).toBeGreaterThan(0);
    expect(leeLeniency).toBeLessThan(0);
    const leniencyChart = page.getByRole('img', { name: /^Leniency of each judge/ });
    await leniencyChart.waitFor();
    const leniencyText = await leniencyChart.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
    expect(leniencyText).toContain(`Sam Okafor: ${samLeniency.toFixed(2)} points above the other judges`);
    expect(leniencyText).toContain(`Lee Chen: ${Math.abs(leeLeniency).toFixed(2)} points below the other judges`);

    // Each nomination's scores by judge: the chart names them, and the table has the same numbers.
    const scoresChart = page.getByRole('img', { name: /^Each judge's weighted score for nominations 1 to 4/ });
    const scoresText = await scoresChart.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
    const scoresHead = await tableHead(page, 'Weighted score given by each judge');
    const scoreRows = await tableRows(page, 'Weighted score given by each judge');
    for (const n of expected.nominations) {
      const row = scoreRows.find((r) => r[0] === n.reference)!;
      for (const score of n.scores) {
        const judge = expected.judges.find((j) => j.judgeId === score.judgeId)!;
        const index = scoresHead.findIndex((h) => h.endsWith(judge.name));
        expect(row[index]).toBe(`${score.weightedScore.toFixed(2)}%`);
        const number = scoresHead[index].split(':')[0];
        expect(scoresText).toContain(`judge ${number} ${score.weightedScore.toFixed(2)}%`);
      }
    }
  }, 180_000);

  it('reminds a judge who owes scorecards: the e-mail arrives, and the page confirms it', async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Jo Whitfield');
    await s.sink.clear();

    await page.goto(url(`/chairing/categories/${setup.category.id}/progress`));
    await page.getByRole('heading', { level: 1, name: 'Judging progress' }).waitFor();
    await expectAccessible(page);
    const rows = await tableRows(page, 'Scorecards expected and submitted, by judge');
    expect(rows.find((r) => r[0].startsWith('Lee Chen'))?.slice(1, 4)).toEqual(['4', '3', '1']);
    expect(await page.getByRole('button', { name: 'Remind Sam Okafor' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Remind Lee Chen' }).click();

    await page.getByText('We have sent Lee Chen a reminder by e-mail').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/chairing/categories/${setup.category.id}/progress`);
    await expectAccessible(page);
    const messages = await s.sink.waitFor((m) => m.some((x) => x.to.includes(LEE)));
    expect(messages.find((m) => m.to.includes(LEE))!.subject).toMatch(/^Reminder: 1 scorecard to submit/);
  }, 180_000);

  it('reopens a submitted scorecard with a reason, refusing it without one', async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Jo Whitfield');
    const target = noms[2];

    await page.goto(url(`/chairing/categories/${setup.category.id}/results`));
    await page.getByRole('link', { name: target.reference }).click();
    await page.getByRole('heading', { level: 1, name: `Scorecards for ${target.reference}` }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: "Reopen Sam Okafor's scorecard" }).click();
    await errorSummaryFocused(page);
    expect(await page.getByRole('alert').textContent()).toContain('reason must say why');
    await expectAccessible(page);
    await page.getByLabel("Reason for reopening Sam Okafor's scorecard").fill('Sam scored the wrong criterion');
    await page.getByRole('button', { name: "Reopen Sam Okafor's scorecard" }).click();

    await page.getByText("Sam Okafor's scorecard is open again").waitFor();
    await expectAccessible(page);
    const mine = await api()
      .http.get(`/api/v1/nominations/${target.id}/scorecard`)
      .set('Authorization', as('sam'))
      .expect(200);
    expect(mine.body).toMatchObject({ status: 'draft', reopened: { reason: 'Sam scored the wrong criterion' } });
    // Submitted again, so the outcomes below rest on every judge's scores.
    await api()
      .http.post(`/api/v1/nominations/${target.id}/scorecard/submit`)
      .set('Authorization', as('sam'))
      .expect(200);
  }, 180_000);

  it('proposes outcomes (a refusal first), shows the director’s comment when returned, and re-proposes; a stale form keeps what was typed', async () => {
    const { page } = await s.browser.newPage({ viewport: { width: 1100, height: 900 } });
    await signInInBrowser(page, s.web.url, 'Jo Whitfield');
    const [first, second] = (await results(setup.category.id)).nominations;
    const group = (reference: string) => page.getByRole('group', { name: new RegExp(`^${reference}`) });

    // The runner-up refused publicity consent: the page says so beside the citation, with a warning.
    await api()
      .http.put(`/api/v1/nominations/${second.id}/consent`)
      .set('Authorization', as('priya'))
      .send({ decision: 'refused' })
      .expect(200);

    await page.goto(url(`/chairing/categories/${setup.category.id}/outcomes`));
    await page.getByRole('heading', { level: 1, name: 'Outcomes' }).waitFor();
    await expect(group(second.reference).getByText('Publicity consent: Refused').count()).resolves.toBe(1);
    await expect(
      group(second.reference).getByText('The nominee refused publicity consent: the citation is published').count(),
    ).resolves.toBe(1);
    await expectAccessible(page);
    await page.getByLabel("Minutes of the panel's meeting").fill('The panel met on Teams and agreed the ranking.');
    await group(first.reference).getByRole('radio', { name: 'Winner' }).check();
    await group(first.reference).getByLabel('Citation').fill('Too short');
    await group(first.reference).getByLabel('Rationale').fill('Highest on every criterion');
    await page.getByRole('button', { name: 'Propose outcomes' }).click();

    await errorSummaryFocused(page);
    const summary = page.getByRole('alert');
    expect(await summary.textContent()).toContain(`${first.reference}: citation must be 10 to 2000 characters`);
    expect(await group(first.reference).getByLabel('Rationale').inputValue()).toBe('Highest on every criterion');
    expect(await page.getByLabel("Minutes of the panel's meeting").inputValue()).toContain('agreed the ranking');
    await expectAccessible(page);
    const citation = 'Chloe kept a family safe through a winter of crises.';
    await group(first.reference).getByLabel('Citation').fill(citation);
    await group(second.reference).getByRole('radio', { name: 'Highly commended' }).check();
    await group(second.reference).getByLabel('Citation').fill('Tom steadied a service under strain.');
    await group(second.reference).getByLabel('Rationale').fill('Second on the normalised ranking');
    await page.getByRole('button', { name: 'Propose outcomes' }).click();
    await page.getByText(/^Proposed, waiting for the director: proposed on \w+day/).waitFor();
    await expectAccessible(page);

    // The director returns it through the API; the chair reads the comment at the top.
    const proposed = await api()
      .http.get(`/api/v1/categories/${setup.category.id}/outcomes`)
      .set('Authorization', as('dee'))
      .expect(200);
    await api()
      .http.post(`/api/v1/categories/${setup.category.id}/outcomes/return`)
      .set('Authorization', as('dee'))
      .send({ version: proposed.body.version, comment: 'Please make the citation say what Chloe did.' })
      .expect(200);
    await page.reload();
    await page.getByText('Please make the citation say what Chloe did.').waitFor();
    await expectAccessible(page);

    // A stale form: another tab proposes first; this one is refused and keeps what was typed.
    const stale = await s.browser.newPage();
    await signInInBrowser(stale.page, s.web.url, 'Jo Whitfield');
    await stale.page.goto(url(`/chairing/categories/${setup.category.id}/outcomes`));
    const newer = 'Chloe noticed the signs nobody else did and acted the same day.';
    await group(first.reference).getByLabel('Citation').fill(newer);
    await stale.page
      .getByRole('group', { name: new RegExp(`^${first.reference}`) })
      .getByLabel('Citation')
      .fill('From the other tab, long enough.');
    await stale.page.getByRole('button', { name: 'Propose outcomes' }).click();
    await stale.page.getByText(/^Proposed, waiting for the director/).waitFor();
    await page.getByRole('button', { name: 'Propose outcomes' }).click();
    await errorSummaryFocused(page);
    expect(await page.getByRole('alert').textContent()).toContain('Someone changed this proposal since you read it');
    expect(await group(first.reference).getByLabel('Citation').inputValue()).toBe(newer);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Propose outcomes' }).click();
    await page.getByText(/^Proposed, waiting for the director/).waitFor();

    const final = await api()
      .http.get(`/api/v1/categories/${setup.category.id}/outcomes`)
      .set('Authorization', as('jo'))
      .expect(200);
    expect(final.body).toMatchObject({ status: 'proposed', minutes: 'The panel met on Teams and agreed the ranking.' });
    expect(final.body.outcomes).toEqual([
      expect.objectContaining({ nominationId: first.id, kind: 'winner', citation: newer }),
      expect.objectContaining({ nominationId: second.id, kind: 'highly_commended' }),
    ]);
  }, 240_000);

  it('shows a blind category’s chair references, not names', async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Jo Whitfield');

    for (const path of ['results', 'progress', 'outcomes']) {
      await page.goto(url(`/chairing/categories/${blind.category.id}/${path}`));
      await page.getByRole('main').waitFor();
      const html = await page.content();
      expect(html).not.toContain('Hidden Person');
      expect(html).not.toContain('Alex Morgan');
      if (path !== 'progress') expect(html).toContain(blindNom.reference);
      await expectAccessible(page);
    }
  }, 180_000);

  it('gives a judge who is not a chair, a chair of another category and a colleague the 403 page, with no nomination text', async () => {
    const other = await openProgramme(api());
    await setPanel(api(), other.category.id, [{ email: 'robin.chair@example.nhs.uk', chair: true }]);
    const pages = [
      '/chairing',
      `/chairing/categories/${setup.category.id}/results`,
      `/chairing/categories/${setup.category.id}/progress`,
      `/chairing/categories/${setup.category.id}/outcomes`,
      `/chairing/categories/${setup.category.id}/scorecards?nomination=${noms[0].id}`,
    ];
    const people: ((page: Page) => Promise<void>)[] = [
      (page) => signInInBrowser(page, s.web.url, 'Sam Okafor'),
      (page) => signInInBrowser(page, s.web.url, 'Alex Morgan'),
      async (page) => {
        await page.goto(s.web.url);
        await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
        await page.getByLabel('Full name').waitFor();
        await page.getByLabel('Full name').fill('Robin Chair');
        await page.getByLabel('E-mail address').fill('robin.chair@example.nhs.uk');
        await page.getByRole('checkbox', { name: 'Awards.Judge' }).check();
        await page.getByRole('checkbox', { name: 'Awards.Chair' }).check();
        await page.getByRole('button', { name: 'Add this person and sign in' }).click();
        await page.waitForURL((u) => u.origin === s.web.url, { waitUntil: 'domcontentloaded' });
      },
    ];
    for (const signInAs of people) {
      const { page } = await s.browser.newPage();
      await signInAs(page);
      for (const path of pages) {
        // The chair of another category has a page of their own panels; every page of this one is refused.
        if (path === '/chairing' && people.indexOf(signInAs) === 2) continue;
        const res = await page.goto(url(path));
        expect({ path, status: res?.status() }).toEqual({ path, status: 403 });
        await page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
        const html = await page.content();
        for (const text of ['Chloe Evans', 'Sam showed outstanding', noms[0].reference])
          expect(html).not.toContain(text);
      }
      await expectAccessible(page);
    }
  }, 240_000);
});
