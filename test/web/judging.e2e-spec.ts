import type { Page } from 'playwright-core';
import {
  completeNomination,
  eligibleNomination,
  openProgramme,
  pdf,
  runEvidenceChecks,
  setPanel,
  signIn,
  signInInBrowser,
  submitScorecard,
  tabTo,
  type OpenProgramme,
  type TestApi,
} from '@commend/testing';
import { expectAccessible, startNominatingStack, type NominatingStack, errorSummaryFocused } from './nominating-stack';

/** What the statements say: what no one refused a nomination may see. */
const STATEMENT = 'She kept the family safe through a long winter.\nShe called every day.';
const BLIND_NOMINEE = { name: 'Rosa Quinn', email: 'rosa.quinn@example.nhs.uk', jobTitle: 'Family Support Worker' };

type Category = OpenProgramme['category'];
type Nom = { id: string; reference: string };

describe('Browser: judges read, score and declare conflicts', () => {
  let s: NominatingStack;
  let api: TestApi;
  let open: OpenProgramme;
  let blind: Category;
  const noms: Record<string, Nom> = {};
  const evidence: Record<string, string> = {};

  const statements = (category: Category, text: string) =>
    category.criteria.map((c) => ({ criterionId: c.id, text: `${c.title}: ${text}` }));

  /** Submitted by Alex Morgan with one PDF, screened eligible: the evidence's id. */
  async function withEvidence(category: Category, extra: Record<string, unknown>, fileName: string) {
    const alex = `Bearer ${api.token('alex')}`;
    const created = await api.http
      .post(`/api/v1/categories/${category.id}/nominations`)
      .set('Authorization', alex)
      .send(completeNomination(category, extra))
      .expect(201);
    const id = (created.body as Nom).id;
    const file = await api.http
      .post(`/api/v1/nominations/${id}/evidence`)
      .set('Authorization', alex)
      .attach('file', pdf(), { filename: fileName, contentType: 'application/pdf' });
    expect(file.status).toBeLessThan(300);
    // No worker here: the file's privacy check, which submit waits for, is done in this process.
    await runEvidenceChecks(api, id);
    await api.http
      .post(`/api/v1/nominations/${id}/submit`)
      .set('Authorization', alex)
      .send({ confirmPrivacyFindings: true })
      .expect(200);
    await api.http
      .post(`/api/v1/nominations/${id}/screening`)
      .set('Authorization', `Bearer ${api.token('priya')}`)
      .send({ decision: 'eligible', reason: 'Meets the criteria' })
      .expect(200);
    const nom = created.body as Nom;
    const evidenceId = (file.body as { id?: string; evidence?: { id: string }[] }).id;
    return { nom, evidenceId: evidenceId ?? (file.body as { evidence: { id: string }[] }).evidence[0].id };
  }

  const judgePage = async (person: string, options: { javaScriptEnabled?: boolean } = {}) => {
    const { page, context } = await s.browser.newPage({ viewport: { width: 1100, height: 900 }, ...options });
    await signInInBrowser(page, s.web.url, person);
    return { page, context };
  };
  const radio = (page: Page, criterion: string, label: RegExp | string) =>
    page.getByRole('group', { name: criterion }).getByRole('radio', { name: label });

  beforeAll(async () => {
    s = await startNominatingStack();
    api = s.web.api;
    const ids: Record<string, string> = {};
    for (const user of ['sam', 'lee', 'jo']) ids[user] = await signIn(api, user);
    open = await openProgramme(api, {
      name: 'Social Care Awards 2027',
      timeZone: 'Europe/London',
      peerScoresVisibleAfterOwn: true,
      judgingCloseAt: new Date(Date.now() + 30 * 86400_000).toISOString(),
    });
    const created = await api.http
      .post(`/api/v1/programmes/${open.programme.id}/categories`)
      .set('Authorization', `Bearer ${api.token('priya')}`)
      .send({
        name: 'Quiet Hero Award',
        blindJudging: true,
        criteria: [
          { title: 'Impact', weight: 2, scaleMax: 5, wordLimit: 300 },
          { title: 'Values', weight: 1, scaleMax: 5, wordLimit: 300 },
        ],
      })
      .expect(201);
    blind = created.body as Category;
    await setPanel(api, open.category.id, [{ userId: ids.sam }, { userId: ids.lee }, { userId: ids.jo, chair: true }]);
    await setPanel(api, blind.id, [{ userId: ids.sam }, { userId: ids.jo, chair: true }]);

    const ade = { nominee: { name: 'Ade Bello', email: 'ade.bello@example.nhs.uk', team: 'North Team' } };
    const a1 = await withEvidence(
      open.category,
      { ...ade, statements: statements(open.category, STATEMENT) },
      'ade-bello-letter.pdf',
    );
    noms.a1 = a1.nom;
    evidence.a1 = a1.evidenceId;
    for (const name of ['a2', 'a3', 'a4', 'a5'])
      noms[name] = await eligibleNomination(api, open.category, {
        ...ade,
        statements: statements(open.category, STATEMENT),
      });
    const b1 = await withEvidence(
      blind,
      {
        nominee: { ...BLIND_NOMINEE, team: 'Riverside Family Team' },
        statements: statements(blind, 'Rosa Quinn stayed late for the family. Alex Morgan saw it.'),
      },
      'rosa-quinn-letter.pdf',
    );
    noms.b1 = b1.nom;
    evidence.b1 = b1.evidenceId;
    // Sam's own conflict in the blind category names the nominee: his pages must not.
    noms.b2 = await eligibleNomination(api, blind, {
      nominee: { ...BLIND_NOMINEE, team: 'Riverside Family Team' },
      statements: statements(blind, 'Rosa Quinn again.'),
    });
    await api.http
      .post(`/api/v1/nominations/${noms.b2.id}/conflicts`)
      .set('Authorization', `Bearer ${api.token('sam')}`)
      .send({ reason: 'Rosa Quinn of the Riverside Family Team is my cousin' })
      .expect(200);
    await submitScorecard(api, 'lee', noms.a1.id, open.category, 4);
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('scores a nomination: a draft, an incomplete submission naming what is missing, then submitted and read-only with the others’ scores', async () => {
    const { page } = await judgePage('Sam Okafor');
    await page.goto(`${s.web.url}/judging`);
    await page.getByRole('heading', { level: 1, name: 'My judging' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Safeguarding Award' }).waitFor();
    expect(await page.getByText('0 of 5 scored, 0 drafts').count()).toBe(1);
    expect(await page.getByText(/^Judging closes \w+day \d{1,2} \w+ \d{4} at /).count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await page.getByRole('link', { name: noms.a1.reference, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Nomination ${noms.a1.reference}` }).waitFor();
    // The statement keeps its line break; the evidence is listed with its type and size.
    expect(await page.getByText('Impact: She kept the family safe through a long winter.').count()).toBe(1);
    expect(await page.locator('main p:has(br)').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'ade-bello-letter.pdf' }).isVisible()).toBe(true);
    expect(await page.getByText(/\(PDF, \d+ (bytes|KB)\)/).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'The other judges’ scores' }).count()).toBe(0);
    expect(await page.getByText('Lee Chen').count()).toBe(0);
    await page.getByRole('link', { name: 'Next nomination' }).first().waitFor();
    await expectAccessible(page);

    await radio(page, 'Impact', /^7 – /).check();
    await page.getByLabel('Comment on Impact').fill('Clear difference to the family.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Your draft is saved.').waitFor();
    expect(await radio(page, 'Impact', '7 – Good evidence').isChecked()).toBe(true);
    expect(await page.getByLabel('Comment on Impact').inputValue()).toBe('Clear difference to the family.');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Submit scores' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Give "Practice" a score before submitting').waitFor();
    await errorSummaryFocused(page);
    expect(await summary.getByText('Give "Values" a score before submitting').count()).toBe(1);
    expect(await summary.getByText('Give "Impact" a score before submitting').count()).toBe(0);
    expect(await page.title()).toMatch(/^Error: Nomination /);
    const [, practice, values] = open.category.criteria;
    expect(
      await summary.getByRole('link', { name: 'Give "Values" a score before submitting' }).getAttribute('href'),
    ).toBe(`#score-${values.id}`);
    expect(await page.locator(`#score-${practice.id}`).count()).toBe(1);
    expect(await radio(page, 'Impact', '7 – Good evidence').isChecked()).toBe(true);
    await expectAccessible(page);

    await radio(page, 'Practice', /^6 – /).check();
    await radio(page, 'Values', '5 – Outstanding evidence').check();
    await page.getByLabel('Overall comment').fill('A strong nomination.');
    await page.getByRole('button', { name: 'Submit scores' }).click();
    await page.getByText('Your scores are submitted.').waitFor();
    expect(await page.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByText(/^You submitted your scores on \w+day \d{1,2} \w+ \d{4} at /).count()).toBe(1);
    expect(await page.getByText('7 – Good evidence (out of 10)').count()).toBe(1);
    // Now, and only now, the other judges' scores.
    const peers = page.getByRole('table', { name: 'Scores the other judges submitted' });
    await peers.getByRole('rowheader', { name: 'Lee Chen' }).waitFor();
    await expectAccessible(page);

    await page.goto(`${s.web.url}/judging?status=submitted`);
    expect(await page.getByText('1 of 5 scored, 0 drafts').count()).toBe(1);
    const table = page.getByRole('table', { name: 'Nominations in Safeguarding Award' });
    expect(await table.getByRole('link').allTextContents()).toEqual([noms.a1.reference]);
    await page.getByRole('link', { name: 'Not started' }).click();
    await page.waitForURL(/status=not-started/);
    expect(await table.getByRole('link').allTextContents()).not.toContain(noms.a1.reference);
    await page.goto(`${s.web.url}/judging?sort=status`);
    const order = await table.getByRole('link').allTextContents();
    expect(order[order.length - 1]).toBe(noms.a1.reference);
  }, 180_000);

  it('keeps what was typed when the same scorecard was saved in another tab, and shows what was saved there', async () => {
    const { page, context } = await judgePage('Sam Okafor');
    const other = await context.newPage();
    await page.goto(`${s.web.url}/judging/${noms.a2.id}`);
    await other.goto(`${s.web.url}/judging/${noms.a2.id}`);

    await radio(other, 'Impact', /^4 – /).check();
    await other.getByRole('button', { name: 'Save draft' }).click();
    await other.getByText('Your draft is saved.').waitFor();

    await radio(page, 'Impact', /^8 – /).check();
    await page.getByLabel('Comment on Impact').fill('My careful words, typed in the first tab.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { name: 'Changed in another tab or window' }).waitFor();
    await page
      .getByRole('alert')
      .getByText(/changed this scorecard since you read it/)
      .waitFor();
    expect(await page.getByLabel('Comment on Impact').inputValue()).toBe('My careful words, typed in the first tab.');
    expect(await radio(page, 'Impact', /^8 – /).isChecked()).toBe(true);
    expect(await page.getByText('4 – Some evidence (out of 10)').count()).toBe(1);
    await expectAccessible(page);

    // Saving again keeps the typed scores, on purpose.
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Your draft is saved.').waitFor();
    expect(await radio(page, 'Impact', /^8 – /).isChecked()).toBe(true);
    expect(await page.getByLabel('Comment on Impact').inputValue()).toBe('My careful words, typed in the first tab.');
  }, 120_000);

  it('declares a conflict: the nomination leaves the list, my conflicts show it, and its pages are refused', async () => {
    const { page } = await judgePage('Sam Okafor');
    await page.goto(`${s.web.url}/judging/${noms.a3.id}`);
    await page.getByRole('link', { name: 'I have a conflict of interest' }).click();
    await page.getByRole('heading', { level: 1, name: 'Declare a conflict of interest' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Why do you have a conflict of interest?').fill('no');
    await page.getByRole('button', { name: 'Declare conflict' }).click();
    await page.getByRole('alert').getByText('reason must say why, in 3 to 2000 characters').waitFor();
    await errorSummaryFocused(page);
    expect(await page.getByLabel('Why do you have a conflict of interest?').inputValue()).toBe('no');
    await expectAccessible(page);
    await page.getByLabel('Why do you have a conflict of interest?').fill('I supervised the nominee last year');
    await page.getByRole('button', { name: 'Declare conflict' }).click();

    await page.getByRole('heading', { level: 1, name: 'Your conflicts of interest' }).waitFor();
    await page.getByText(`You declared a conflict of interest on ${noms.a3.reference}.`, { exact: false }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(noms.a3.reference) });
    expect(await row.getByText('I supervised the nominee last year').count()).toBe(1);
    expect(await row.getByText('You declared it').count()).toBe(1);
    await expectAccessible(page);

    await page.goto(`${s.web.url}/judging`);
    const table = page.getByRole('table', { name: 'Nominations in Safeguarding Award' });
    await table.waitFor();
    expect(await table.getByRole('link', { name: noms.a3.reference }).count()).toBe(0);
    const panel = page.getByRole('region', { name: 'Safeguarding Award' });
    expect(await panel.getByText('1 nomination is not shown: you declared a conflict of interest').count()).toBe(1);
    await expectAccessible(page);
  }, 120_000);

  it('scores with JavaScript switched off', async () => {
    const { page } = await judgePage('Sam Okafor', { javaScriptEnabled: false });
    await page.goto(`${s.web.url}/judging/${noms.a4.id}`);
    await radio(page, 'Impact', /^9 – /).check();
    await page.getByRole('button', { name: 'Submit scores' }).click();
    await page.getByRole('alert').getByText('Give "Values" a score before submitting').waitFor();
    expect(await radio(page, 'Impact', /^9 – /).isChecked()).toBe(true);
    await radio(page, 'Practice', /^2 – /).check();
    await radio(page, 'Values', /^1 – /).check();
    await page.getByLabel('Comment on Values').fill('Typed without JavaScript');
    await page.getByRole('button', { name: 'Submit scores' }).click();
    await page.getByText('Your scores are submitted.').waitFor();
    expect(await page.getByText('Typed without JavaScript').count()).toBe(1);
  }, 120_000);

  it('scores by keyboard alone', async () => {
    const { page } = await judgePage('Sam Okafor');
    await page.goto(`${s.web.url}/judging/${noms.a5.id}`);
    await page.getByRole('heading', { level: 1, name: `Nomination ${noms.a5.reference}` }).waitFor();
    for (const [i, c] of open.category.criteria.entries()) {
      // Tab into the criterion's radios, Space takes the first (0), an arrow moves the choice on.
      for (let n = 0; n < 60; n += 1) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate<string>("document.activeElement?.getAttribute('name') ?? ''")) === `score-${c.id}`)
          break;
      }
      await page.keyboard.press('Space');
      for (let k = 0; k <= i; k += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.type(`By keyboard ${c.title}`);
    }
    await tabTo(page, 'Submit scores');
    await page.keyboard.press('Enter');
    await page.getByText('Your scores are submitted.').waitFor();
    expect(await page.getByText('1 – Little evidence (out of 10)').count()).toBe(1);
    expect(await page.getByText('2 – Little evidence (out of 10)').count()).toBe(1);
    expect(await page.getByText('3 – Good evidence (out of 5)').count()).toBe(1);
    expect(await page.getByText('By keyboard Values').count()).toBe(1);
  }, 120_000);

  it('names no one on any judge page of a blind category, where a category that is not blind names them', async () => {
    const { page } = await judgePage('Sam Okafor');
    const names = [/Rosa/i, /Quinn/i, /Alex Morgan/i, /Riverside/i];
    const seen = async (path: string) => {
      await page.goto(`${s.web.url}${path}`);
      return `${await page.title()}\n${await page.content()}`;
    };
    const download = async (nominationId: string, evidenceId: string) => {
      const res = await page.request.get(`${s.web.url}/judging/${nominationId}/evidence/${evidenceId}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      return res.headers()['content-disposition'];
    };

    const pages = {
      list: await seen('/judging'),
      nomination: await seen(`/judging/${noms.b1.id}`),
      score: await seen(`/judging/${noms.b1.id}/score`),
      conflict: await seen(`/judging/${noms.b1.id}/conflict`),
      conflicts: await seen('/judging/conflicts'),
      download: await download(noms.b1.id, evidence.b1),
    };
    for (const [name, html] of Object.entries(pages))
      for (const pattern of names) expect({ name, found: pattern.test(html) }).toEqual({ name, found: false });
    expect(pages.download).toContain(`${noms.b1.reference}-evidence-1.pdf`);
    expect(pages.conflicts).toContain(noms.b2.reference);
    expect(pages.conflicts).toContain('is my cousin');
    // The blind page is still the nomination: reference, masked statement, evidence.
    await page.goto(`${s.web.url}/judging/${noms.b1.id}`);
    expect(await page.getByText(/stayed late for the family/).count()).toBeGreaterThan(0);
    await expectAccessible(page);

    const plain = await seen(`/judging/${noms.a1.id}`);
    expect(plain).toContain('Ade Bello');
    expect(plain).toContain('Alex Morgan');
    expect(await seen('/judging')).toContain('Ade Bello');
    expect(await download(noms.a1.id, evidence.a1)).toContain('ade-bello-letter.pdf');
  }, 120_000);

  it('shows the 403 page, with nothing of the nomination, to a judge not on the panel, a recused judge and a colleague', async () => {
    const nominationPaths = (n: Nom, evidenceId = '00000000-0000-4000-8000-000000000000') => [
      `/judging/${n.id}`,
      `/judging/${n.id}/score`,
      `/judging/${n.id}/conflict`,
      `/judging/${n.id}/evidence/${evidenceId}`,
    ];
    const expectRefused = async (page: Page, paths: string[]) => {
      for (const path of paths) {
        const res = await page.goto(`${s.web.url}${path}`);
        expect({ path, status: res?.status() }).toEqual({ path, status: 403 });
        await page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
        const html = await page.content();
        for (const text of ['kept the family safe', 'Ade Bello', 'Rosa', 'Quinn', 'stayed late'])
          expect({ path, text, found: html.includes(text) }).toEqual({ path, text, found: false });
      }
    };

    const lee = await judgePage('Lee Chen');
    await expectRefused(lee.page, nominationPaths(noms.b1, evidence.b1));
    await expectAccessible(lee.page);

    const sam = await judgePage('Sam Okafor');
    await expectRefused(sam.page, nominationPaths(noms.a3));
    await sam.page.goto(`${s.web.url}/judging/${noms.a3.id}`);
    expect(await sam.page.getByText('recused').count()).toBeGreaterThan(0);

    const alex = await judgePage('Alex Morgan');
    await expectRefused(alex.page, ['/judging', '/judging/conflicts', ...nominationPaths(noms.a1, evidence.a1)]);
    await expectAccessible(alex.page);
  }, 180_000);
});
