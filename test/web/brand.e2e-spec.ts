import { mkdirSync } from 'node:fs';
import {
  expectNoAxeViolations,
  launchBrowser,
  SCREENSHOTS_DIR as SHOTS,
  openProgramme,
  signInInBrowser,
  startTestWeb,
  type TestBrowser,
  type TestWeb,
} from '@commend/testing';

// A browser, the API and the issuer on a shared 2-core machine: generous, not a speed check.
jest.setTimeout(120_000);

describe('Browser: a council’s brand', () => {
  let web: TestWeb;
  let browser: TestBrowser;

  beforeAll(async () => {
    web = await startTestWeb({
      env: {
        WEB_BRAND: 'council',
        WEB_ORGANISATION_NAME: 'Northshire County Council',
        WEB_LOGO_URL: '/assets/app/council-logo.svg',
        WEB_FOOTER_TEXT: '© Northshire County Council',
      },
    });
    browser = await launchBrowser();
    await openProgramme(web.api, { name: 'Social Work Week 2027 Awards' });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('shows the council’s logo and footer, no NHS logo, with no accessibility violations', async () => {
    const { page } = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await signInInBrowser(page, web.url);
    await page.getByRole('heading', { level: 1, name: 'Your awards' }).waitFor();
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/home-council.png`, fullPage: true });

    expect(await page.getByRole('img', { name: 'Northshire County Council' }).isVisible()).toBe(true);
    expect(await page.getByRole('img', { name: 'NHS', exact: true }).count()).toBe(0);
    expect(await page.getByText('© Northshire County Council').isVisible()).toBe(true);
    expect(await page.getByText('© NHS England').count()).toBe(0);
    expect(await page.title()).toBe('Your awards – Commend – Northshire County Council');
    await expectNoAxeViolations(page);
  });
});
