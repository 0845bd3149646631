import type { Page } from 'playwright-core';
import { signInInBrowser } from '@commend/testing';
import { expectAccessible, startNominatingStack, type NominatingStack, errorSummaryFocused } from './nominating-stack';

// A browser, the API and the issuer on a shared 2-core machine: generous, not a speed check.
jest.setTimeout(300_000);

const FORBIDDEN = 'You do not have access to this page';

/** Each date's time field follows its date input; the time fields share the label "Time". */
const TIME_OF: Record<string, string> = {
  'When nominations open': 'opens',
  'When nominations close': 'closes',
  'When judging closes (optional)': 'judgingCloses',
  'When the winners are planned to be announced (optional)': 'announcement',
};

async function fillWhen(page: Page, legend: string, [day, month, year]: string[], time: string): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
  await page.locator(`#${TIME_OF[legend]}-time`).fill(time);
}

describe('Browser: the coordinator sets up a programme', () => {
  let s: NominatingStack;
  const as = (user: string) => `Bearer ${s.web.api.token(user)}`;
  const nextYear = String(new Date().getUTCFullYear() + 1);

  beforeAll(async () => {
    s = await startNominatingStack();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('sets up a programme from nothing, is refused opening until a criterion is added, opens it and copies it', async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');

    await page.getByRole('link', { name: 'Run the awards' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create a programme' }).click();
    await expectAccessible(page);

    // A form sent empty: each problem in the summary and inline.
    await page.getByRole('button', { name: 'Create the programme' }).click();
    await errorSummaryFocused(page);
    expect(await page.getByText('Enter the name of the programme').count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page);

    await page.getByLabel('Name', { exact: true }).fill('Browser Awards');
    await page.getByLabel('Reference prefix').fill('BRW27');
    await fillWhen(page, 'When nominations open', ['1', '1', nextYear], '9am');
    await fillWhen(page, 'When nominations close', ['1', '3', nextYear], '17:00');
    await page.getByRole('group', { name: 'Are nominations judged blind?' }).getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Create the programme' }).click();
    await page.getByRole('heading', { name: 'Check before you open' }).waitFor();
    await expectAccessible(page);
    const programmeId = /programmes\/([0-9a-f-]{36})\/check/.exec(page.url())![1];
    const stored = await s.web.api.http.get(`/api/v1/programmes/${programmeId}`).set('Authorization', as('priya'));
    // 9am in London in January is 09:00 UTC: the form was read in the programme's zone.
    expect(stored.body).toMatchObject({
      name: 'Browser Awards',
      blindJudging: true,
      nominationsOpenAt: `${nextYear}-01-01T09:00:00.000Z`,
    });

    // The first category, with a criterion, and a second row added and removed without JavaScript's help.
    await page.getByRole('link', { name: 'Add a category' }).click();
    await expectAccessible(page);
    await page.getByLabel('Name', { exact: true }).fill('Safeguarding Award');
    await page.getByLabel('Description').fill('Kept people safe');
    await page.getByRole('group', { name: 'Criterion 1' }).getByLabel('Title').fill('Impact');
    await page.getByRole('group', { name: 'Criterion 1' }).getByLabel('Weight').fill('60');
    await page.getByRole('button', { name: 'Add another criterion' }).click();
    await page.getByRole('group', { name: 'Criterion 2' }).getByLabel('Title').fill('Practice');
    await page.getByRole('group', { name: 'Criterion 2' }).getByLabel('Weight').fill('lots');
    await page.getByRole('button', { name: 'Save the category' }).click();
    await errorSummaryFocused(page);
    await expect(
      page.getByRole('link', { name: 'The weight of criterion 2 must be a whole number' }).count(),
    ).resolves.toBe(1);
    await expectAccessible(page);
    await page.getByRole('group', { name: 'Criterion 2' }).getByLabel('Weight').fill('40');
    await page.getByRole('button', { name: 'Save the category' }).click();
    await page.getByRole('heading', { name: 'Check before you open' }).waitFor();

    // The second category without criteria: its row left empty.
    await page.getByRole('link', { name: 'Add a category' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Team of the Year');
    await page.getByRole('button', { name: 'Save the category' }).click();
    await page.getByRole('heading', { name: 'Check before you open' }).waitFor();
    const missing = 'Team of the Year has no criteria: add at least one criterion for nominators to answer';
    await expect(page.getByRole('link', { name: missing }).count()).resolves.toBe(1);
    await expectAccessible(page);

    // Opening is refused, naming the missing criterion.
    await page.getByRole('button', { name: 'Open for nominations' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Open for nominations' }).click();
    await errorSummaryFocused(page);
    await expect(page.getByRole('alert').getByRole('link', { name: missing }).count()).resolves.toBe(1);
    await expectAccessible(page);

    // The criterion added, from the problem's own link.
    await page.getByRole('alert').getByRole('link', { name: missing }).click();
    await page.getByRole('group', { name: 'Criterion 1' }).getByLabel('Title').fill('Teamwork');
    await page.getByRole('group', { name: 'Criterion 1' }).getByLabel('Weight').fill('100');
    await page.getByRole('button', { name: 'Save the category' }).click();
    await page.getByRole('heading', { name: 'Check before you open' }).waitFor();
    await expect(page.getByText('Nothing stops this programme from opening.').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Open for nominations' }).click();
    await page.getByRole('button', { name: 'Open for nominations' }).click();
    await page.getByRole('heading', { name: 'Check before you open' }).waitFor();
    const opened = await s.web.api.http.get(`/api/v1/programmes/${programmeId}`).set('Authorization', as('priya'));
    expect(opened.body.status).toBe('open');

    // Copy: a draft with the same categories.
    await page.goto(`${s.web.url}/coordinating/programmes/${programmeId}/copy`);
    await expectAccessible(page);
    await page.getByLabel('Name of the new programme').fill('Browser Awards next year');
    await page.getByLabel('Reference prefix').fill('BRW28');
    await page.getByRole('button', { name: 'Copy the programme' }).click();
    await page.getByRole('heading', { name: 'Check before you open' }).waitFor();
    const copyId = /programmes\/([0-9a-f-]{36})\/check/.exec(page.url())![1];
    const copied = await s.web.api.http
      .get(`/api/v1/programmes/${copyId}/categories`)
      .set('Authorization', as('priya'));
    expect((copied.body as { name: string; criteria: unknown[] }[]).map((c) => [c.name, c.criteria.length])).toEqual([
      ['Safeguarding Award', 2],
      ['Team of the Year', 1],
    ]);
    const copy = await s.web.api.http.get(`/api/v1/programmes/${copyId}`).set('Authorization', as('priya'));
    expect(copy.body).toMatchObject({ status: 'draft', referencePrefix: 'BRW28' });
  });

  it('sets the judging close, the announcement, the consent wording and the evidence limits, and reads them back', async () => {
    const { body: draft } = await s.web.api.http
      .post('/api/v1/programmes')
      .set('Authorization', as('priya'))
      .send({
        name: 'Dated Awards',
        referencePrefix: 'DATED27',
        nominationsOpenAt: `${nextYear}-01-01T09:00:00Z`,
        nominationsCloseAt: `${nextYear}-03-01T17:00:00Z`,
      })
      .expect(201);
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');
    await page.goto(`${s.web.url}/coordinating/programmes/${draft.id}`);
    await expectAccessible(page);

    // An announcement before judging closes: the API's words, in the summary and on the date.
    await fillWhen(page, 'When judging closes (optional)', ['1', '4', nextYear], '5pm');
    await fillWhen(page, 'When the winners are planned to be announced (optional)', ['20', '3', nextYear], '10am');
    const wording = 'Winners are named in the staff newsletter and on the trust website.';
    await page.getByLabel('What nominees are asked to agree to').fill(wording);
    await page.getByRole('button', { name: 'Save the programme' }).click();
    await errorSummaryFocused(page);
    const refusal = 'plannedAnnouncementAt must be after judging closes';
    await expect(page.getByRole('alert').getByRole('link', { name: refusal }).count()).resolves.toBe(1);
    await expect(
      page
        .getByRole('group', { name: 'When the winners are planned to be announced (optional)' })
        .getByText(refusal)
        .count(),
    ).resolves.toBe(1);
    // What was typed is still there.
    await expect(page.getByLabel('What nominees are asked to agree to').inputValue()).resolves.toBe(wording);
    await expectAccessible(page);

    await fillWhen(page, 'When the winners are planned to be announced (optional)', ['20', '5', nextYear], '10am');
    await page.getByRole('button', { name: 'Save the programme' }).click();
    await page.getByRole('heading', { name: 'Check before you open' }).waitFor();
    const stored = await s.web.api.http.get(`/api/v1/programmes/${draft.id}`).set('Authorization', as('priya'));
    // British Summer Time in April and May: an hour ahead of UTC.
    expect(stored.body).toMatchObject({
      judgingCloseAt: `${nextYear}-04-01T16:00:00.000Z`,
      plannedAnnouncementAt: `${nextYear}-05-20T09:00:00.000Z`,
      publicityConsentWording: wording,
    });
    await page.goto(`${s.web.url}/coordinating/programmes/${draft.id}`);
    const judging = page.getByRole('group', { name: 'When judging closes (optional)' });
    await expect(Promise.all(['Day', 'Month', 'Year'].map((l) => judging.getByLabel(l).inputValue()))).resolves.toEqual(
      ['1', '4', nextYear],
    );
    await expect(page.locator('#judgingCloses-time').inputValue()).resolves.toBe('17:00');
    await expect(page.getByLabel('What nominees are asked to agree to').inputValue()).resolves.toBe(wording);

    // A category's evidence limits, in megabytes and plain names; too large a file refused in the API's words.
    await page.goto(`${s.web.url}/coordinating/programmes/${draft.id}/categories/new`);
    await page.getByLabel('Name', { exact: true }).fill('Evidence Award');
    await page.getByRole('group', { name: 'Criterion 1' }).getByLabel('Title').fill('Impact');
    await page.getByRole('group', { name: 'Criterion 1' }).getByLabel('Weight').fill('100');
    const types = page.getByRole('group', { name: 'Which kinds of file can be evidence?' });
    await types.getByLabel('Word document (.docx)').uncheck();
    await types.getByLabel('Plain text (.txt)').uncheck();
    await page.getByLabel('Largest evidence file, in megabytes (MB)').fill('30');
    await page.getByRole('button', { name: 'Save the category' }).click();
    await errorSummaryFocused(page);
    const tooBig = 'evidenceMaxBytes must be at most 25 MB (26214400 bytes)';
    await expect(page.getByRole('alert').getByRole('link', { name: tooBig }).count()).resolves.toBe(1);
    await expect(types.getByLabel('Word document (.docx)').isChecked()).resolves.toBe(false);
    await expectAccessible(page);
    await page.getByLabel('Largest evidence file, in megabytes (MB)').fill('2.5');
    await page.getByRole('button', { name: 'Save the category' }).click();
    await page.getByRole('heading', { name: 'Check before you open' }).waitFor();
    const [category] = (
      await s.web.api.http.get(`/api/v1/programmes/${draft.id}/categories`).set('Authorization', as('priya'))
    ).body as { id: string; evidenceMaxBytes: number; evidenceTypes: string[] }[];
    expect(category).toMatchObject({ evidenceMaxBytes: 2.5 * 1024 * 1024, evidenceTypes: ['pdf', 'png', 'jpeg'] });
    await page.goto(`${s.web.url}/coordinating/categories/${category.id}`);
    await expect(page.getByLabel('Largest evidence file, in megabytes (MB)').inputValue()).resolves.toBe('2.5');
    await expect(
      Promise.all(
        ['PDF', 'Word document (.docx)', 'PNG image', 'JPEG photo', 'Plain text (.txt)'].map((l) =>
          types.getByLabel(l).isChecked(),
        ),
      ),
    ).resolves.toEqual([true, false, true, true, false]);
    await expectAccessible(page);
  });

  it("sets the programme's own identifiers for the privacy check, showing the API's refusal of a pattern on its field", async () => {
    const { body: draft } = await s.web.api.http
      .post('/api/v1/programmes')
      .set('Authorization', as('priya'))
      .send({
        name: 'Identifier Awards',
        referencePrefix: 'IDS27',
        nominationsOpenAt: `${nextYear}-01-01T09:00:00Z`,
        nominationsCloseAt: `${nextYear}-03-01T17:00:00Z`,
      })
      .expect(201);
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');
    await page.goto(`${s.web.url}/coordinating/programmes/${draft.id}`);
    const first = page.getByRole('group', { name: 'Identifier 1' });
    await first.getByLabel('What it is called').fill('Hospital number');
    await first.getByLabel('Pattern').fill('A99');
    await page.getByRole('button', { name: 'Add another identifier' }).click();
    const second = page.getByRole('group', { name: 'Identifier 2' });
    await second.waitFor();
    // What was typed in the first row came back with the new row.
    await expect(first.getByLabel('Pattern').inputValue()).resolves.toBe('A99');
    await second.getByLabel('What it is called').fill('Case number');
    await second.getByLabel('Pattern').fill('99-999999');
    await page.getByRole('button', { name: 'Save the programme' }).click();

    await errorSummaryFocused(page);
    const refusal = /^privacyLocalIdentifiers\.0\.pattern must be 4 to 30 of A \(a letter\) and 9 \(a digit\)/;
    await expect(page.getByRole('alert').getByRole('link', { name: refusal }).count()).resolves.toBe(1);
    // Inline, after the error message's hidden "Error:".
    await expect(first.getByText(new RegExp(refusal.source.slice(1))).count()).resolves.toBe(1);
    await expect(second.getByLabel('Pattern').inputValue()).resolves.toBe('99-999999');
    await expectAccessible(page);

    await first.getByLabel('Pattern').fill('a999999');
    await page.getByRole('button', { name: 'Save the programme' }).click();
    await page.getByRole('heading', { name: 'Check before you open' }).waitFor();
    const stored = await s.web.api.http.get(`/api/v1/programmes/${draft.id}`).set('Authorization', as('priya'));
    expect(stored.body.privacyLocalIdentifiers).toEqual([
      { label: 'Hospital number', pattern: 'A999999' },
      { label: 'Case number', pattern: '99-999999' },
    ]);
  });

  it('saves the category when Enter is pressed in one of its text fields, without JavaScript', async () => {
    const { page } = await s.browser.newPage({ javaScriptEnabled: false });
    await signInInBrowser(page, s.web.url, 'Priya Shah');
    await page.goto(`${s.web.url}/coordinating/programmes/${s.setup.programme.id}/categories/new`);
    await page.getByLabel('Name', { exact: true }).fill('Enter Award');
    await page.getByRole('group', { name: 'Criterion 1' }).getByLabel('Title').fill('Impact');
    await page.getByRole('group', { name: 'Criterion 1' }).getByLabel('Weight').fill('100');

    await page.getByRole('group', { name: 'Criterion 1' }).getByLabel('Title').press('Enter');

    await page.getByRole('heading', { name: 'Check before you open' }).waitFor();
    const categories = await s.web.api.http
      .get(`/api/v1/programmes/${s.setup.programme.id}/categories`)
      .set('Authorization', as('priya'));
    const saved = (categories.body as { name: string; criteria: { title: string }[] }[]).find(
      (c) => c.name === 'Enter Award',
    );
    expect(saved?.criteria.map((c) => c.title)).toEqual(['Impact']);
  });

  it('creates a programme without JavaScript', async () => {
    const { page } = await s.browser.newPage({ javaScriptEnabled: false });
    await signInInBrowser(page, s.web.url, 'Priya Shah');
    await page.goto(`${s.web.url}/coordinating/programmes/new`);

    await page.getByLabel('Name', { exact: true }).fill('No script Awards');
    await page.getByLabel('Reference prefix').fill('NOJS27');
    await fillWhen(page, 'When nominations open', ['1', '1', nextYear], '9am');
    await fillWhen(page, 'When nominations close', ['1', '3', nextYear], 'midday');
    await page.getByRole('button', { name: 'Create the programme' }).click();
    await page.getByRole('heading', { name: 'Check before you open' }).waitFor();

    const list = await s.web.api.http.get('/api/v1/programmes').set('Authorization', as('priya'));
    expect((list.body as { referencePrefix: string }[]).map((p) => p.referencePrefix)).toContain('NOJS27');
  });

  it.each([
    ['a judge', 'Sam Okafor'],
    ['a director', 'Dee Harrington'],
    ['a colleague', 'Alex Morgan'],
  ])('shows %s the 403 page on the coordinator pages', async (_who, person) => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, person);

    for (const path of [
      '/coordinating',
      `/coordinating/programmes/${s.setup.programme.id}/check`,
      '/coordinating/programmes/new',
    ]) {
      const res = await page.goto(`${s.web.url}${path}`);
      expect(res?.status()).toBe(403);
      await page.getByRole('heading', { name: FORBIDDEN }).waitFor();
    }
    await expectAccessible(page);
  });
});
