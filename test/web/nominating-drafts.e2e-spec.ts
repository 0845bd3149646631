import type { Page } from 'playwright-core';
import { completeNomination, signInInBrowser, tabTo, type OpenProgramme, type TestWeb } from '@commend/testing';
import { expectAccessible, startNominatingStack, type NominatingStack, errorSummaryFocused } from './nominating-stack';

/** Presses Tab until the element with `id` has the focus. */
async function tabToId(page: Page, id: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate<string | undefined>('document.activeElement?.id')) === id) return;
  }
  throw new Error(`Tab did not reach #${id} within ${max} presses on ${page.url()}`);
}

/** A draft of Alex's made through the API, with a first statement. */
async function draftOf(web: TestWeb, setup: OpenProgramme): Promise<{ id: string }> {
  const res = await web.api.http
    .post(`/api/v1/categories/${setup.category.id}/nominations`)
    .set('Authorization', `Bearer ${web.api.token('alex')}`)
    .send(completeNomination(setup.category))
    .expect(201);
  return res.body as { id: string };
}

const savedImpact = async (web: TestWeb, setup: OpenProgramme, id: string): Promise<string | undefined> => {
  const res = await web.api.http
    .get(`/api/v1/nominations/${id}`)
    .set('Authorization', `Bearer ${web.api.token('alex')}`);
  const body = res.body as { statements: { criterionId: string; text: string }[] };
  return body.statements.find((s) => s.criterionId === setup.category.criteria[0].id)?.text;
};

describe('Browser: drafts, two tabs, keyboard only, withdrawing, an expired session', () => {
  let s: NominatingStack;

  beforeAll(async () => {
    s = await startNominatingStack({ env: { WEB_IDLE_TIMEOUT_SECONDS: '15' } });
  }, 90_000);
  afterAll(async () => {
    await s?.close();
  });

  it('two tabs on one draft: the second save shows the conflict and keeps both texts visible, and saving again keeps the person’s text', async () => {
    const { id } = await draftOf(s.web, s.setup);
    const { page: first, context } = await s.browser.newPage();
    await signInInBrowser(first, s.web.url);
    const second = await context.newPage();
    await first.goto(`${s.web.url}/nominations/${id}/statements`);
    await second.goto(`${s.web.url}/nominations/${id}/statements`);

    await first.getByRole('textbox', { name: 'Impact' }).fill('Typed in the first tab.');
    await first.getByRole('button', { name: 'Save and continue' }).click();
    await first.getByRole('heading', { level: 1, name: 'Add evidence (optional)' }).waitFor();
    await second.getByRole('textbox', { name: 'Impact' }).fill('Typed in the second tab.');
    await second.getByRole('button', { name: 'Save and continue' }).click();

    await second
      .getByRole('alert')
      .getByText(/Someone changed this nomination since you read it/)
      .waitFor();
    expect(await second.getByRole('textbox', { name: 'Impact' }).inputValue()).toBe('Typed in the second tab.');
    expect(await second.getByText('Typed in the first tab.').isVisible()).toBe(true);
    expect(await second.getByRole('heading', { name: 'Impact: saved in another tab or window' }).isVisible()).toBe(
      true,
    );
    expect(await savedImpact(s.web, s.setup, id)).toBe('Typed in the first tab.');
    await expectAccessible(second);

    await second.getByRole('button', { name: 'Save and continue' }).click();
    await second.getByRole('heading', { level: 1, name: 'Add evidence (optional)' }).waitFor();
    expect(await savedImpact(s.web, s.setup, id)).toBe('Typed in the second tab.');
  });

  it('keyboard only: nominates with Tab, Enter and Space, and focus moves to the error summary on an error', async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url);

    await tabTo(page, 'Nominate someone');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Choose an award' }).waitFor();
    await tabTo(page, 'Nominate for the Safeguarding Award');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Who are you nominating?' }).waitFor();
    await tabToId(page, 'nomineeName');
    await page.keyboard.type('Chloe Evans');
    await page.keyboard.press('Tab');
    await page.keyboard.type('not an address');
    await tabToId(page, 'relationship');
    await page.keyboard.type('Colleague');
    await page.keyboard.press('Tab'); // into the radios, on the answer already chosen: "I have not asked them"
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await tabTo(page, 'Save and continue');
    await page.keyboard.press('Enter');

    await page.getByRole('alert').waitFor();
    // The design system's script moves focus once it has started; fails here if it never does.
    await errorSummaryFocused(page);
    expect(await page.evaluate<boolean>("document.activeElement?.classList.contains('nhsuk-error-summary')")).toBe(
      true,
    );
    expect(await page.getByRole('radio', { name: 'Yes, they agreed' }).isChecked()).toBe(true);
    await tabTo(page, /e-mail address$/); // the summary's link to the field
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('nomineeEmail');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('chloe.evans@example.nhs.uk');
    await tabTo(page, 'Save and continue');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Why should they win?' }).waitFor();
    for (const criterion of s.setup.category.criteria) {
      await tabToId(page, `statement-${criterion.id}`);
      await page.keyboard.type(`Chloe shows ${criterion.title.toLowerCase()} every day.`);
    }
    await tabTo(page, 'Save and continue');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Add evidence (optional)' }).waitFor();
    await tabTo(page, 'Continue');
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 1, name: 'Check your answers before you submit your nomination' })
      .waitFor();
    await tabTo(page, 'Submit nomination');
    await page.keyboard.press('Space');

    await page.getByRole('heading', { level: 1, name: 'Nomination submitted' }).waitFor();
    expect(await page.locator('.nhsuk-panel strong').textContent()).toMatch(/-\d{4}$/);
  });

  it('my nominations lists drafts to continue and submitted ones with their status and screening outcome; withdrawing while open', async () => {
    const draft = await draftOf(s.web, s.setup);
    const submitted = await s.web.api.http
      .post(`/api/v1/categories/${s.setup.category.id}/nominations`)
      .set('Authorization', `Bearer ${s.web.api.token('alex')}`)
      .send({ ...completeNomination(s.setup.category), submit: true })
      .expect(201);
    const { id, reference } = submitted.body as { id: string; reference: string };
    await s.web.api.http
      .post(`/api/v1/nominations/${id}/screening`)
      .set('Authorization', `Bearer ${s.web.api.token('priya')}`)
      .send({ decision: 'eligible', reason: 'Meets every criterion' })
      .expect(200);
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url);

    await page.getByRole('link', { name: 'See your nominations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your nominations' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: reference });
    expect(await row.getByText('Eligible for judging').isVisible()).toBe(true);
    expect(await row.getByText('Meets every criterion').isVisible()).toBe(true);
    expect(await page.locator(`a[href="/nominations/${draft.id}"]`).textContent()).toContain(
      'Continue your nomination of Sam Patel',
    );
    await expectAccessible(page);

    await page.locator(`a[href="/nominations/${draft.id}"]`).click();
    await page.getByRole('button', { name: 'Withdraw nomination' }).click();
    await page.getByText('Withdrawn', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Withdraw nomination' }).count()).toBe(0);
    await expectAccessible(page);
  });

  // The suite's idle timeout is 15 s (long enough for the other tests' steps on a busy machine).
  it('lands on "session ended" after the idle timeout, and after signing in again the draft saved before it is there', async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url);
    await page.goto(`${s.web.url}/categories/${s.setup.category.id}/nominate`);
    await page.getByLabel('Full name').fill('Rowan Hughes');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('textbox', { name: 'Impact' }).fill('Saved before the session ended.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add evidence (optional)' }).waitFor();
    const statementsUrl = page.url().replace(/evidence$/, 'statements');

    await new Promise((resolve) => setTimeout(resolve, 16_000));
    await page.goto(statementsUrl);

    await page.getByRole('heading', { level: 1, name: 'Your session ended' }).waitFor();
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByRole('button', { name: 'Sign in as Alex Morgan' }).click();
    await page.waitForURL((url) => url.origin === s.web.url);
    await page.goto(`${s.web.url}/nominations`);
    await page.getByRole('link', { name: /Continue your nomination of Rowan Hughes/ }).click();
    await page.getByRole('button', { name: 'Continue your nomination' }).click();
    expect(await page.getByRole('textbox', { name: 'Impact' }).inputValue()).toBe('Saved before the session ended.');
  });
});
