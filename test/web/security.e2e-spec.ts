import {
  expectNoAxeViolations,
  launchBrowser,
  signInInBrowser,
  startTestWeb,
  type TestBrowser,
  type TestWeb,
} from '@commend/testing';

// A browser, the API and the issuer on a shared 2-core machine: generous, not a speed check.
jest.setTimeout(120_000);

describe('Browser: CSRF and the session cookie', () => {
  let web: TestWeb;
  let browser: TestBrowser;

  beforeAll(async () => {
    web = await startTestWeb();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('refuses a form post without the CSRF token, and the person stays signed in', async () => {
    const { page, context } = await browser.newPage();
    await signInInBrowser(page, web.url);

    const res = await context.request.post(`${web.url}/sign-out`, { form: {}, maxRedirects: 0 });

    expect(res.status()).toBe(403);
    expect(await res.text()).toContain('This form has expired');
    await page.goto(web.url);
    expect(await page.getByText('Signed in as Alex Morgan').isVisible()).toBe(true);
  });

  it('refuses a form post with a token of another session', async () => {
    const { page: other } = await browser.newPage();
    await signInInBrowser(other, web.url);
    const foreignToken = await other.locator('input[name="_csrf"]').first().inputValue();
    const { page, context } = await browser.newPage();
    await signInInBrowser(page, web.url);

    const res = await context.request.post(`${web.url}/sign-out`, { form: { _csrf: foreignToken }, maxRedirects: 0 });

    expect(res.status()).toBe(403);
    expect(foreignToken.length).toBeGreaterThan(10);
  });

  it('shows the refusal as a page without accessibility violations', async () => {
    const { page } = await browser.newPage();
    await signInInBrowser(page, web.url);
    await page
      .locator('input[name="_csrf"]')
      .first()
      .evaluate((input) => input.setAttribute('value', 'forged'));

    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.getByRole('heading', { level: 1, name: 'This form has expired' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('keeps the session in an HttpOnly, SameSite=Lax cookie holding no token', async () => {
    const { page, context } = await browser.newPage();
    await signInInBrowser(page, web.url);

    const cookies = await context.cookies(web.url);

    expect(cookies.map((c) => c.name)).toEqual(['commend.sid']);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookies[0].value.length).toBeLessThan(200);
    expect(await page.evaluate('document.cookie')).toBe('');
  });

  it('gives a visitor who has not signed in no cookie at all', async () => {
    const { page, context } = await browser.newPage();
    await page.goto(web.url);
    await page.goto(`${web.url}/privacy`);

    expect(await context.cookies(web.url)).toEqual([]);
  });
});
