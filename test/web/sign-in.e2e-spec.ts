import {
  expectNoAxeViolations,
  launchBrowser,
  openProgramme,
  startTestWeb,
  type TestBrowser,
  type TestWeb,
} from '@commend/testing';

describe('Browser: sign-in', () => {
  let web: TestWeb;
  let browser: TestBrowser;

  beforeAll(async () => {
    web = await startTestWeb();
    browser = await launchBrowser();
    await openProgramme(web.api);
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('signs in through the dev issuer and shows the home page with the person’s name and the open programmes', async () => {
    const { page } = await browser.newPage();
    await page.goto(web.url);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Sign in' }).first().click();
    await page.getByRole('button', { name: 'Sign in as Alex Morgan' }).click();

    await page.getByRole('heading', { level: 1, name: 'Your awards' }).waitFor();
    expect(new URL(page.url()).origin).toBe(web.url);
    await expect(page.getByText('Signed in as Alex Morgan').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Social Work Week 2027 Awards' }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
  });
});
