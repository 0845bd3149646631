import {
  expectNoAxeViolations,
  launchBrowser,
  openProgramme,
  signInInBrowser,
  startTestWeb,
  tabTo,
  type TestBrowser,
  type TestWeb,
} from '@commend/testing';

// A browser, the API and the issuer on a shared 2-core machine: generous, not a speed check.
jest.setTimeout(120_000);

describe('Browser: sign-in and sign-out', () => {
  let web: TestWeb;
  let browser: TestBrowser;

  beforeAll(async () => {
    web = await startTestWeb();
    browser = await launchBrowser();
    await openProgramme(web.api, { name: 'Social Work Week 2027 Awards' });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('signs in through the dev issuer and shows the home page with the person’s name and the open programmes', async () => {
    const { page } = await browser.newPage();

    await signInInBrowser(page, web.url);

    await page.getByRole('heading', { level: 1, name: 'Your awards' }).waitFor();
    expect(await page.getByText('Signed in as Alex Morgan').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Social Work Week 2027 Awards' }).isVisible()).toBe(true);
    expect(await page.getByText('Safeguarding Award').isVisible()).toBe(true);
    expect(await page.getByText(/^Nominations close \w+day \d+ \w+ \d{4} at /).isVisible()).toBe(true);
  });

  it('signs out of the app and of the issuer, landing on the signed-out page', async () => {
    const { page, context } = await browser.newPage();
    await signInInBrowser(page, web.url);
    const visited: string[] = [];
    page.on('request', (request) => visited.push(new URL(request.url()).pathname));

    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.getByRole('heading', { level: 1, name: 'You have signed out' }).waitFor();
    expect(page.url()).toBe(`${web.url}/signed-out`);
    expect(visited).toContain(`/${web.api.config.auth.tenantId}/oauth2/v2.0/logout`);
    expect((await context.cookies(web.url)).map((c) => c.name)).not.toContain('commend.sid');
    await page.goto(web.url);
    expect(await page.getByRole('main').getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
  });

  it('follows a returnTo that is a path of this app', async () => {
    const { page } = await browser.newPage();
    await page.goto(`${web.url}/sign-in?returnTo=${encodeURIComponent('/privacy')}`);
    await page.getByRole('button', { name: 'Sign in as Alex Morgan' }).click();

    await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
    expect(page.url()).toBe(`${web.url}/privacy`);
  });

  it.each(['https://evil.example/steal', '//evil.example/steal', '/\\evil.example'])(
    'does not follow a returnTo of another origin (%s): it lands on the home page',
    async (returnTo) => {
      const { page } = await browser.newPage();
      await page.goto(`${web.url}/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
      await page.getByRole('button', { name: 'Sign in as Alex Morgan' }).click();

      await page.getByRole('heading', { level: 1, name: 'Your awards' }).waitFor();
      expect(page.url()).toBe(`${web.url}/`);
    },
  );

  it('is done by keyboard alone: Tab reaches the skip link first, and sign-in completes with Tab and Enter', async () => {
    const { page } = await browser.newPage();
    await page.goto(web.url);

    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent?.trim()')).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('maincontent');

    await tabTo(page, 'Sign in');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.origin !== web.url);
    await tabTo(page, 'Sign in as Alex Morgan');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Your awards' }).waitFor();
    expect(await page.getByText('Signed in as Alex Morgan').isVisible()).toBe(true);
  });

  it('works with JavaScript switched off: sign in, the home page, sign out', async () => {
    const { page } = await browser.newPage({ javaScriptEnabled: false });

    await signInInBrowser(page, web.url);
    await page.getByRole('heading', { level: 1, name: 'Your awards' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Social Work Week 2027 Awards' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.getByRole('heading', { level: 1, name: 'You have signed out' }).waitFor();
  });

  it('the home page signed in has no accessibility violations', async () => {
    const { page } = await browser.newPage();
    await signInInBrowser(page, web.url);
    await page.getByRole('heading', { level: 1, name: 'Your awards' }).waitFor();

    await expectNoAxeViolations(page);
  });
});
