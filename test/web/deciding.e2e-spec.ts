import type { Page } from 'playwright-core';
import { eligibleNomination, setPanel, signIn, signInInBrowser } from '@commend/testing';
import { expectAccessible, startNominatingStack, type NominatingStack } from './nominating-stack';
import { fillSchedule, london } from './schedule-form';

jest.setTimeout(600_000);

/** Five nominees, each with how good their nomination is (0–10); the judges lean from there. */
const NOMINEES = [
  { name: 'Grace Mensah', quality: 8, consent: 'given' },
  { name: 'Tom Reid', quality: 6, consent: 'given' },
  { name: 'Ade Bello', quality: 7, consent: 'refused' },
  { name: 'Ruth Green', quality: 4, consent: 'given' },
  { name: 'Imran Ali', quality: 5, consent: 'given' },
] as const;
/** Lee is lenient, Sam harsh, Jo (the chair) in line; Sam has a conflict on the last nomination. */
const JUDGES = [
  { key: 'lee', name: 'Lee Chen', lean: 2 },
  { key: 'sam', name: 'Sam Okafor', lean: -2 },
  { key: 'jo', name: 'Jo Whitfield', lean: 0 },
] as const;

interface ApiResults {
  nominations: { id: string; reference: string; weightedScore: number; rank: number; normalisedRank: number }[];
  judges: { name: string; leniency: number | null }[];
}

/** The numbers of an HTML table's body, by its caption, as rows of cell texts. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  await table.waitFor();
  const rows: string[][] = [];
  for (const row of await table.locator('tbody tr').all()) {
    rows.push((await row.locator('th, td').allTextContents()).map((text) => text.trim()));
  }
  return rows;
}

async function columnIndex(page: Page, caption: string, header: string): Promise<number> {
  const headers = (await page.getByRole('table', { name: caption }).locator('thead th').allTextContents()).map((h) =>
    h.trim(),
  );
  const i = headers.findIndex((h) => h.startsWith(header));
  if (i < 0) throw new Error(`No column "${header}" in the table "${caption}": ${headers.join(' | ')}`);
  return i;
}

const number = (text: string): number => Number(/-?\d+(\.\d+)?/.exec(text.replace('−', '-'))?.[0]);

describe('Browser: a whole category decided, from the judges’ scores to the public winners page', () => {
  let s: NominatingStack;
  const nominations: { id: string; reference: string; name: string; quality: number }[] = [];

  beforeAll(async () => {
    s = await startNominatingStack({ worker: true });
    const ids: Record<string, string> = {};
    for (const user of ['sam', 'lee', 'jo', 'dee']) ids[user] = await signIn(s.web.api, user);
    for (const [i, n] of NOMINEES.entries()) {
      const created = await eligibleNomination(s.web.api, s.setup.category, {
        nominee: {
          name: n.name,
          email: `${n.name.toLowerCase().replace(' ', '.')}@example.nhs.uk`,
          jobTitle: 'Social Worker',
          team: `Team ${i + 1}`,
        },
        publicityConsent: n.consent,
      });
      nominations.push({ ...created, name: n.name, quality: n.quality });
    }
    await setPanel(s.web.api, s.setup.category.id, [
      { userId: ids.lee },
      { userId: ids.sam },
      { userId: ids.jo, chair: true },
    ]);
  }, 180_000);
  afterAll(async () => {
    await s?.close();
  });

  it('three judges score, one declares a conflict; the chair’s results match the API; returned, re-proposed, approved, announced', async () => {
    // The judges, each in a browser of their own.
    for (const judge of JUDGES) {
      const { page } = await s.browser.newPage({ viewport: { width: 1100, height: 900 } });
      await signInInBrowser(page, s.web.url, judge.name);
      await page.goto(`${s.web.url}/judging`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible(page);
      for (const [i, n] of nominations.entries()) {
        await page.goto(`${s.web.url}/judging`);
        await page.getByRole('link', { name: n.reference }).click();
        if (judge.key === 'sam' && i === nominations.length - 1) {
          await page.getByRole('link', { name: 'I have a conflict of interest' }).click();
          await page.getByLabel('Why do you have a conflict of interest?').fill('I supervised Imran last year.');
          await page.getByRole('button', { name: 'Declare conflict' }).click();
          await page.goto(`${s.web.url}/judging`);
          await page.getByRole('heading', { level: 1 }).waitFor();
          expect(await page.getByRole('link', { name: n.reference }).count()).toBe(0);
          continue;
        }
        for (const criterion of s.setup.category.criteria) {
          const value = Math.max(
            0,
            Math.min(criterion.scaleMax, Math.round(((n.quality + judge.lean) * criterion.scaleMax) / 10)),
          );
          await page
            .getByRole('group', { name: new RegExp(`^${criterion.title}`) })
            .getByRole('radio', { name: new RegExp(`^${value} `) })
            .check();
        }
        await page.getByRole('button', { name: 'Submit scores' }).click();
        await page.getByText(/^You submitted your scores on /).waitFor();
      }
      await page.context().close();
    }

    // The chair: the page's ranking, normalised ranking and leniency are the API's.
    const chair = (await s.browser.newPage({ viewport: { width: 1100, height: 900 } })).page;
    await signInInBrowser(chair, s.web.url, 'Jo Whitfield');
    await chair.goto(`${s.web.url}/chairing/categories/${s.setup.category.id}/results`);
    await chair.getByRole('heading', { level: 1, name: /Results/ }).waitFor();
    await expectAccessible(chair);
    const api = (
      await s.web.api.http
        .get(`/api/v1/categories/${s.setup.category.id}/results`)
        .set('Authorization', `Bearer ${s.web.api.token('jo')}`)
        .expect(200)
    ).body as ApiResults;
    const ranked = 'Nominations ranked by weighted score';
    const [ref, weighted, rank, normalisedRank] = [
      await columnIndex(chair, ranked, 'Reference'),
      await columnIndex(chair, ranked, 'Weighted score'),
      await columnIndex(chair, ranked, 'Rank'),
      await columnIndex(chair, ranked, 'Normalised rank'),
    ];
    const rows = await tableRows(chair, ranked);
    expect(rows.map((r) => r[ref])).toEqual(api.nominations.map((n) => n.reference));
    expect(rows.map((r) => number(r[rank]))).toEqual(api.nominations.map((n) => n.rank));
    expect(rows.map((r) => number(r[normalisedRank]))).toEqual(api.nominations.map((n) => n.normalisedRank));
    rows.forEach((r, i) => expect(number(r[weighted])).toBeCloseTo(api.nominations[i].weightedScore, 1));
    const leniencyCaption = 'Leniency of each judge';
    const leniency = await tableRows(chair, leniencyCaption);
    for (const judge of api.judges) {
      const row = leniency.find((r) => r[0].includes(judge.name))!;
      expect(number(row[await columnIndex(chair, leniencyCaption, 'Leniency')])).toBeCloseTo(judge.leniency!, 1);
    }
    expect(api.judges.find((j) => j.name === 'Lee Chen')!.leniency).toBeGreaterThan(0);
    expect(api.judges.find((j) => j.name === 'Sam Okafor')!.leniency).toBeLessThan(0);

    // Nominations closed (the coordinator's step), the chair proposes the top two: a winner and a commendation.
    await s.web.api.http
      .post(`/api/v1/programmes/${s.setup.programme.id}/close`)
      .set('Authorization', `Bearer ${s.web.api.token('priya')}`)
      .expect(200);
    const category = s.setup.category.id;
    const [first, second] = api.nominations;
    const nameOf = (id: string) => nominations.find((n) => n.id === id)!.name;
    const propose = async (winnerCitation: string) => {
      await chair.goto(`${s.web.url}/chairing/categories/${category}/outcomes`);
      await chair.getByRole('heading', { level: 1, name: 'Outcomes' }).waitFor();
      await chair
        .getByLabel("Minutes of the panel's meeting")
        .fill('The panel met on 2 March. All three judges agreed.');
      for (const [n, kind, citation] of [
        [first, 'Winner', winnerCitation],
        [second, 'Highly commended', 'Kept a family together through a hard winter.'],
      ] as const) {
        const fieldset = chair.getByRole('group', { name: `${n.reference}: ${nameOf(n.id)}` });
        await fieldset.getByRole('radio', { name: kind }).check();
        await fieldset.getByLabel('Citation').fill(citation);
        await fieldset.getByLabel('Rationale').fill('Ranked highly by every judge, raw and normalised.');
      }
      await chair.getByRole('button', { name: 'Propose outcomes' }).click();
      await chair.getByRole('heading', { level: 1, name: 'Outcomes' }).waitFor();
      expect((await chair.getByRole('alert').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([]);
      await expectAccessible(chair);
    };
    await propose(`${nameOf(first.id)} noticed what others missed and kept a child safe.`);

    // The director returns it with a comment; the chair reads it and proposes again.
    const director = (await s.browser.newPage({ viewport: { width: 1100, height: 900 } })).page;
    await signInInBrowser(director, s.web.url, 'Dee Harrington');
    await director.goto(`${s.web.url}/directing/categories/${category}/outcomes`);
    await director.getByRole('button', { name: 'Return to the chair' }).waitFor();
    expect(await director.getByText(`${nameOf(first.id)} noticed what others missed`).count()).toBeGreaterThan(0);
    await expectAccessible(director);
    await director.getByLabel('What should the chair change?').fill('Say what changed for the child in the citation.');
    await director.getByRole('button', { name: 'Return to the chair' }).click();
    await director.getByRole('heading', { level: 1 }).waitFor();
    await chair.goto(`${s.web.url}/chairing/categories/${category}/outcomes`);
    await chair.getByText('Say what changed for the child in the citation.').waitFor();
    await expectAccessible(chair);
    await propose(`${nameOf(first.id)} noticed what others missed; the child is now safe and settled at home.`);

    // The director approves what the chair proposed again, and schedules the announcement.
    await director.goto(`${s.web.url}/directing/categories/${category}/outcomes`);
    await director.getByText('the child is now safe and settled at home', { exact: false }).first().waitFor();
    await director.getByRole('button', { name: 'Approve outcomes' }).click();
    await director.getByRole('heading', { level: 1 }).waitFor();
    const outcomes = await s.web.api.http
      .get(`/api/v1/categories/${category}/outcomes`)
      .set('Authorization', `Bearer ${s.web.api.token('dee')}`)
      .expect(200);
    expect(outcomes.body.status).toBe('approved');

    const programme = s.setup.programme.id;
    const winnersUrl = `${s.web.url}/winners/${programme}`;
    const visitor = (await s.browser.newPage()).page;
    await director.goto(`${s.web.url}/directing/programmes/${programme}/announcement`);
    await fillSchedule(director, london(Date.now() + 10_000));
    await director.getByRole('button', { name: 'Schedule the announcement' }).click();
    await director.getByText('The winners will be announced on', { exact: false }).waitFor();
    await expectAccessible(director);

    // Before it fires: no public page; the preview for the director, not for a judge.
    expect((await visitor.goto(winnersUrl))?.status()).toBe(404);
    await s.web.api.http.get(`/api/v1/public/programmes/${programme}/winners`).expect(404);
    await director.getByRole('link', { name: 'Preview the announcement and its e-mails' }).click();
    await director
      .getByText(`${nameOf(first.id)} noticed what others missed`, { exact: false })
      .first()
      .waitFor();
    await expectAccessible(director);
    const judge = (await s.browser.newPage()).page;
    await signInInBrowser(judge, s.web.url, 'Sam Okafor');
    const refused = await judge.goto(`${s.web.url}/directing/programmes/${programme}/announcement/preview`);
    expect(refused?.status()).toBe(403);
    expect(await judge.content()).not.toContain(nameOf(first.id));

    // It fires: the public page shows the winners (a name only with consent), and the e-mails arrive.
    let status = 404;
    for (let i = 0; i < 90 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 1_000));
      status = (await visitor.goto(winnersUrl))?.status() ?? 0;
    }
    expect(status).toBe(200);
    await expectAccessible(visitor);
    const main = (await visitor.getByRole('main').textContent())!;
    for (const n of [first, second]) {
      const nominee = NOMINEES.find((x) => x.name === nameOf(n.id))!;
      if (nominee.consent === 'given') expect(main).toContain(nominee.name);
      else expect(main).not.toContain(nominee.name);
    }
    expect(main).toContain('the child is now safe and settled at home');
    const mail = await s.sink.waitFor(
      (m) =>
        m.some((x) => x.subject === `Winner: Safeguarding Award`) &&
        m.some((x) => x.subject === `Highly commended: Safeguarding Award`),
      60_000,
    );
    const emailOf = (id: string) => `${nameOf(id).toLowerCase().replace(' ', '.')}@example.nhs.uk`;
    expect(mail.filter((m) => m.subject === 'Winner: Safeguarding Award').map((m) => m.to)).toEqual([
      [emailOf(first.id)],
    ]);
    expect(mail.filter((m) => m.subject === 'Highly commended: Safeguarding Award').map((m) => m.to)).toEqual([
      [emailOf(second.id)],
    ]);
  });
});
