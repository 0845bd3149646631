import { launchBrowser, signInInBrowser, startTestWeb, type TestBrowser, type TestWeb } from '@commend/testing';

// A browser, the API and the issuer on a shared 2-core machine: generous, not a speed check.
jest.setTimeout(120_000);

describe('Browser: the web app in production mode', () => {
  let web: TestWeb;
  let browser: TestBrowser;

  beforeAll(async () => {
    web = await startTestWeb({ env: { NODE_ENV: 'production' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('sets the session cookie Secure, HttpOnly and SameSite=Lax behind a TLS-terminating proxy', async () => {
    // What the proxy in front of the app tells it; Chromium keeps Secure cookies for localhost.
    const { page, context } = await browser.newPage({ extraHTTPHeaders: { 'x-forwarded-proto': 'https' } });

    await signInInBrowser(page, web.url);

    const [cookie] = await context.cookies(web.url);
    expect(cookie).toMatchObject({ name: 'commend.sid', secure: true, httpOnly: true, sameSite: 'Lax' });
  });

  it('sends no session cookie at all over plain HTTP', async () => {
    const res = await fetch(`${web.url}/sign-in`, { redirect: 'manual' });

    expect(res.status).toBe(303);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
