import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { parseCsv, signIn, signInInBrowser, submitScorecard, type OpenProgramme } from '@commend/testing';
import { expectAccessible, startNominatingStack, type NominatingStack, errorSummaryFocused } from './nominating-stack';

// A browser, the API and the issuer on a shared 2-core machine: generous, not a speed check.
jest.setTimeout(600_000);

const NHS_NUMBER = '943 476 5919';

async function fillWhen(page: Page, legend: string, [day, month, year]: string[], time: string): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
  await page.locator(`#${legend === 'When nominations open' ? 'opens' : 'closes'}-time`).fill(time);
}

/** Clicks a download link and reads the file the browser saved. */
async function downloaded(page: Page, name: string): Promise<{ file: Download; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { file, body: Buffer.concat(chunks) };
}

async function addCategory(page: Page, name: string, criterion?: string): Promise<void> {
  await page.getByRole('link', { name: 'Add a category' }).click();
  await expectAccessible(page);
  await page.getByLabel('Name', { exact: true }).fill(name);
  if (criterion) {
    await page.getByRole('group', { name: 'Criterion 1' }).getByLabel('Title').fill(criterion);
    await page.getByRole('group', { name: 'Criterion 1' }).getByLabel('Weight').fill('100');
  }
  await page.getByRole('button', { name: 'Save the category' }).click();
  await page.getByRole('heading', { name: 'Check before you open' }).waitFor();
}

describe('Browser: a programme run by its coordinator from set-up to exports', () => {
  let s: NominatingStack;
  const as = (user: string) => `Bearer ${s.web.api.token(user)}`;

  beforeAll(async () => {
    s = await startNominatingStack();
    await signIn(s.web.api, 'sam');
    await signIn(s.web.api, 'lee');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('sets up a programme from nothing, opens it once a criterion is added, screens a nomination with its finding masked, and downloads the exports', async () => {
    const admin = (await s.browser.newPage()).page;
    await signInInBrowser(admin, s.web.url, 'Priya Shah');

    // The programme, opened yesterday so a colleague can nominate today.
    await admin.goto(`${s.web.url}/coordinating/programmes/new`);
    await expectAccessible(admin);
    const yesterday = new Date(Date.now() - 86400_000);
    const nextYear = String(new Date().getUTCFullYear() + 1);
    await admin.getByLabel('Name', { exact: true }).fill('Whole Journey Awards');
    await admin.getByLabel('Reference prefix').fill('WJA27');
    await fillWhen(
      admin,
      'When nominations open',
      [String(yesterday.getUTCDate()), String(yesterday.getUTCMonth() + 1), String(yesterday.getUTCFullYear())],
      '9am',
    );
    await fillWhen(admin, 'When nominations close', ['1', '3', nextYear], '17:00');
    await admin.getByRole('group', { name: 'Are nominations judged blind?' }).getByLabel('No').check();
    await admin.getByRole('button', { name: 'Create the programme' }).click();
    await admin.getByRole('heading', { name: 'Check before you open' }).waitFor();
    await expectAccessible(admin);
    const programmeId = /programmes\/([0-9a-f-]{36})\/check/.exec(admin.url())![1];

    // Two categories: the first with a criterion, the second saved without one.
    await addCategory(admin, 'Courage Award', 'Impact');
    await addCategory(admin, 'Practice Educator Award');
    const missing = 'Practice Educator Award has no criteria: add at least one criterion for nominators to answer';
    await expect(admin.getByRole('link', { name: missing }).count()).resolves.toBe(1);
    await expectAccessible(admin);
    const categories = (
      await s.web.api.http.get(`/api/v1/programmes/${programmeId}/categories`).set('Authorization', as('priya'))
    ).body as { id: string; name: string }[];
    const [courage] = categories;

    // Panels, on the panel page: Sam as chair and Lee, then copied to the other category.
    await admin.goto(`${s.web.url}/coordinating/categories/${courage.id}/panel`);
    await admin.getByRole('heading', { level: 1, name: 'Panel: Courage Award' }).waitFor();
    await expectAccessible(admin);
    for (const [search, person, chair] of [
      ['okaf', 'Sam Okafor', true],
      ['chen', 'Lee Chen', false],
    ] as const) {
      await admin.getByLabel('Search by name or e-mail address').fill(search);
      await admin.getByRole('button', { name: 'Search', exact: true }).click();
      const found = admin.locator('form', { has: admin.getByRole('button', { name: 'Add to the panel' }) });
      await found.getByRole('radio', { name: new RegExp(person) }).check();
      if (chair) await found.getByRole('checkbox', { name: 'Make them a chair of the panel' }).check();
      await found.getByRole('button', { name: 'Add to the panel' }).click();
      await admin.getByRole('group', { name: person }).waitFor();
    }
    await admin.getByRole('button', { name: 'Save panel' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Panel: Courage Award' }).waitFor();
    await admin.getByRole('checkbox', { name: 'Practice Educator Award' }).check();
    await admin.getByRole('button', { name: 'Copy panel' }).click();
    await admin.getByText('This panel was copied to 1 other category.').waitFor();
    await expectAccessible(admin);

    // Opening is refused, naming the missing criterion; the criterion added from the problem's link; opened.
    await admin.goto(`${s.web.url}/coordinating/programmes/${programmeId}/open`);
    await expectAccessible(admin);
    await admin.getByRole('button', { name: 'Open for nominations' }).click();
    await errorSummaryFocused(admin);
    await expect(admin.getByRole('alert').getByRole('link', { name: missing }).count()).resolves.toBe(1);
    await expectAccessible(admin);
    await admin.getByRole('alert').getByRole('link', { name: missing }).click();
    await admin.getByRole('group', { name: 'Criterion 1' }).getByLabel('Title').fill('Teaching');
    await admin.getByRole('group', { name: 'Criterion 1' }).getByLabel('Weight').fill('100');
    await admin.getByRole('button', { name: 'Save the category' }).click();
    await admin.getByRole('heading', { name: 'Check before you open' }).waitFor();
    await expect(admin.getByText('Nothing stops this programme from opening.').count()).resolves.toBe(1);
    await expectAccessible(admin);
    await admin.getByRole('button', { name: 'Open for nominations' }).click();
    await admin.getByRole('button', { name: 'Open for nominations' }).click();
    await admin.getByRole('heading', { name: 'Check before you open' }).waitFor();
    const opened = await s.web.api.http.get(`/api/v1/programmes/${programmeId}`).set('Authorization', as('priya'));
    expect(opened.body.status).toBe('open');

    // A colleague nominates in the browser, keeping an NHS number the privacy check finds.
    const colleague = (await s.browser.newPage()).page;
    await signInInBrowser(colleague, s.web.url, 'Alex Morgan');
    await colleague.getByRole('button', { name: 'Nominate someone' }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Choose an award' }).waitFor();
    await expectAccessible(colleague);
    await colleague.getByRole('button', { name: 'Nominate for the Courage Award' }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Who are you nominating?' }).waitFor();
    await expectAccessible(colleague);
    await colleague.getByLabel('Full name').fill('Dana Reyes');
    await colleague.getByLabel('Their work e-mail address').fill('dana.reyes@example.nhs.uk');
    await colleague.getByLabel('How do you know them?').fill('Colleague');
    await colleague.getByRole('radio', { name: 'Yes, they agreed' }).check();
    await colleague.getByRole('button', { name: 'Save and continue' }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Why should they win?' }).waitFor();
    await expectAccessible(colleague);
    const statement = `Dana found the child, NHS number ${NHS_NUMBER}, alone at home and kept them safe.`;
    await colleague.getByRole('textbox', { name: 'Impact' }).fill(statement);
    await colleague.getByRole('button', { name: 'Save and continue' }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Add evidence (optional)' }).waitFor();
    await expectAccessible(colleague);
    await colleague.getByRole('button', { name: 'Continue' }).click();
    await colleague
      .getByRole('heading', { level: 1, name: 'Check your answers before you submit your nomination' })
      .waitFor();
    expect(await colleague.getByText(/^Possible NHS number: /).count()).toBe(1);
    await expectAccessible(colleague);
    await colleague
      .getByRole('checkbox', {
        name: 'I confirm what the privacy check found is needed and is not about a person who uses services',
      })
      .check();
    await colleague.getByRole('button', { name: 'Submit nomination' }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Nomination submitted' }).waitFor();
    await expectAccessible(colleague);
    const reference = (await colleague.locator('.nhsuk-panel strong').textContent())!.trim();
    expect(reference).toMatch(/^WJA27-\d{4}$/);

    // The coordinator screens it: the finding in place, masked, and the number nowhere in the page.
    await admin.goto(`${s.web.url}/coordinating/categories/${courage.id}/screening`);
    await admin.getByRole('heading', { level: 1, name: 'Screen nominations: Courage Award' }).waitFor();
    await expectAccessible(admin);
    await admin.getByRole('link', { name: new RegExp(reference) }).click();
    await admin.getByRole('heading', { level: 1, name: `Screen ${reference}` }).waitFor();
    const mine = await s.web.api.http
      .get('/api/v1/nominations')
      .query({ categoryId: courage.id })
      .set('Authorization', as('priya'))
      .expect(200);
    const nominationId = (mine.body.items as { id: string; reference: string }[]).find(
      (n) => n.reference === reference,
    )!.id;
    const stored = await s.web.api.http
      .get(`/api/v1/nominations/${nominationId}`)
      .set('Authorization', as('priya'))
      .expect(200);
    const masked: string = stored.body.privacy.findings[0].masked;
    expect(await admin.getByRole('main').textContent()).toContain(`Dana found the child, NHS number ${masked}`);
    expect(await admin.getByText(`Possible NHS number: ${masked}`).count()).toBe(1);
    expect(await admin.content()).not.toContain(NHS_NUMBER);
    await expectAccessible(admin);
    await admin.getByRole('radio', { name: 'Eligible', exact: true }).check();
    await admin.getByLabel('Reason').fill('Meets the criteria of the award');
    await admin.getByRole('button', { name: 'Save decision' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Screen nominations: Courage Award' }).waitFor();

    // Scores, seeded through the API as the judges would give them.
    const criteria = (await s.web.api.http.get(`/api/v1/categories/${courage.id}`).set('Authorization', as('priya')))
      .body.criteria as OpenProgramme['category']['criteria'];
    const scored = { id: courage.id, criteria, version: 0 };
    await submitScorecard(s.web.api, 'sam', nominationId, scored, 8);
    await submitScorecard(s.web.api, 'lee', nominationId, scored, 6);

    // The exports page, from the coordinator's list, says what each export holds.
    await admin.goto(`${s.web.url}/coordinating`);
    await admin.getByRole('link', { name: 'Exports of Whole Journey Awards' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Exports of Whole Journey Awards' }).waitFor();
    await admin.getByText('A results export holds every judge', { exact: false }).waitFor();
    await admin.getByText('A nominations export holds the statements colleagues wrote', { exact: false }).waitFor();
    await expectAccessible(admin);

    const nominationsCsv = await downloaded(admin, 'Nominations of Whole Journey Awards (CSV)');
    expect(nominationsCsv.file.suggestedFilename()).toBe('Nominations - Whole Journey Awards.csv');
    const text = nominationsCsv.body.toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(Object.keys(rows[0])).toEqual(
      expect.arrayContaining(['Reference', 'Nominee or team', 'Impact', 'Teaching']),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Reference: reference,
      Category: 'Courage Award',
      'Nominee or team': 'Dana Reyes',
      Nominator: 'Alex Morgan',
      Status: 'eligible',
      'Screening reason': 'Meets the criteria of the award',
      Impact: statement,
    });

    const resultsBook = await downloaded(
      admin,
      'Results with every judge’s scores of Whole Journey Awards (Excel workbook)',
    );
    expect(resultsBook.file.suggestedFilename()).toBe('Results - Whole Journey Awards.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(resultsBook.body.buffer as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Courage Award', 'Practice Educator Award']);
    const sheet = book.getWorksheet('Courage Award')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = (name: string) => sheet.getRow(2).getCell(headers.indexOf(name) + 1).value;
    expect(cell('Reference')).toBe(reference);
    expect(cell('Rank')).toBe(1);
    expect(cell('Weighted score (%)')).toBe(70);
    expect(cell('Sam Okafor')).toBe(80);
    expect(cell('Lee Chen')).toBe(60);
  });
});
