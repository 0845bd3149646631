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

describe('Browser: when the API refuses or is down', () => {
  let web: TestWeb;
  let browser: TestBrowser;

  beforeAll(async () => {
    // Only admins may use this API: anyone else is refused at GET /me, as an unlisted person would be.
    web = await startTestWeb({ apiEnv: { AUTH_REQUIRED_ROLE: 'Awards.Admin' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('shows the 403 page with the API’s message when the API refuses the person', async () => {
    const { page } = await browser.newPage();
    await page.goto(web.url);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign in as Alex Morgan' }).click();

    await page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
    expect(await page.getByRole('main').textContent()).toMatch(/awards coordinator|IT service desk/);
    await expectNoAxeViolations(page);
  });

  it('shows "service unavailable" (503) when the API does not answer, and the health check says so', async () => {
    const { page } = await browser.newPage();
    await signInInBrowser(page, web.url, 'Priya Shah');
    await page.getByText('Signed in as Priya Shah').waitFor();
    expect((await fetch(`${web.url}/health/ready`)).status).toBe(200);

    await web.api.app.close();
    const res = await page.goto(web.url);

    expect(res?.status()).toBe(503);
    expect(await page.getByRole('heading', { level: 1, name: 'Sorry, the service is unavailable' }).isVisible()).toBe(
      true,
    );
    await expectNoAxeViolations(page);
    const ready = await fetch(`${web.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      status: 'error',
      checks: { api: { status: 'down' }, redis: { status: 'up' } },
    });
    expect(await (await fetch(`${web.url}/health`)).json()).toEqual({ status: 'ok' });
  });
});
