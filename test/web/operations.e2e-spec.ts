import {
  completeNomination,
  eligibleNomination,
  openProgramme,
  parseCsv,
  signIn,
  signInInBrowser,
  type OpenProgramme,
} from '@commend/testing';
import { expectAccessible, startNominatingStack, type NominatingStack, errorSummaryFocused } from './nominating-stack';

// A browser, the API, the issuer and the worker on a shared 2-core machine: generous, not a speed check.
jest.setTimeout(300_000);

const FORBIDDEN = 'You do not have access to this page';

describe('Browser: operations (failed notifications, subject access) and the audit trail', () => {
  let s: NominatingStack;
  let other: OpenProgramme;
  const as = (user: string) => `Bearer ${s.web.api.token(user)}`;
  const url = (path: string) => `${s.web.url}${path}`;

  beforeAll(async () => {
    // Few, quick tries, so a message fails within seconds while the mail server is stopped.
    s = await startNominatingStack({
      worker: true,
      workerEnv: { NOTIFICATION_ATTEMPTS: '3', NOTIFICATION_BACKOFF_MS: '200' },
    });
    other = await openProgramme(s.web.api, { name: 'Nursing Stars 2027', timeZone: 'Europe/London' });
    await eligibleNomination(s.web.api, other.category);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows a failed notification with its reason, and re-sends it from the page once the mail server is back, delivered once', async () => {
    await s.sink.stop();
    const created = await s.web.api.http
      .post(`/api/v1/categories/${s.setup.category.id}/nominations`)
      .set('Authorization', as('alex'))
      .send({
        ...completeNomination(s.setup.category, { nominee: { name: 'Dana Fox', email: 'dana.fox@example.nhs.uk' } }),
        submit: true,
        confirmPrivacyFindings: true,
      })
      .expect(201);
    const subject = `Your nomination of Dana Fox is in (${created.body.reference})`;
    for (let i = 0; i < 150; i++) {
      const failed = await s.web.api.http
        .get('/api/v1/notifications')
        .query({ status: 'failed', programmeId: s.setup.programme.id })
        .set('Authorization', as('priya'))
        .expect(200);
      if ((failed.body as { items: { subject: string }[] }).items.some((n) => n.subject === subject)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');
    await page.goto(url('/coordinating/notifications'));
    await page.getByLabel('Programme').selectOption({ label: 'Social Work Week 2027 Awards' });
    await page.getByRole('button', { name: 'Show failed notifications' }).click();
    await page.waitForURL(/programmeId=/);
    const row = page.getByRole('row', { name: new RegExp(subject.replace(/[()]/g, '\\$&')) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/ECONNREFUSED/);
    expect(await row.textContent()).toMatch(/\d{4} at /); // the time it failed, in words
    await expectAccessible(page);

    await s.sink.start();
    await row.getByRole('button', { name: /^Re-send / }).click();
    await page.getByText('1 notification is being sent again.').waitFor();
    expect(new URL(page.url()).searchParams.get('programmeId')).toBe(s.setup.programme.id);
    await expectAccessible(page);
    await s.sink.waitFor((m) => m.some((x) => x.subject === subject), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // time for a second copy, were one sent
    expect((await s.sink.messages()).filter((x) => x.subject === subject)).toHaveLength(1);
    await page.reload();
    expect(await page.getByRole('row', { name: new RegExp(created.body.reference as string) }).count()).toBe(0);
  });

  it('re-sends all shown with one press, and says when there is nothing to re-send', async () => {
    await s.sink.stop();
    const created = await s.web.api.http
      .post(`/api/v1/categories/${other.category.id}/nominations`)
      .set('Authorization', as('bola'))
      .send({ ...completeNomination(other.category), submit: true, confirmPrivacyFindings: true })
      .expect(201);
    const subject = `Your nomination of Sam Patel is in (${created.body.reference})`;
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');
    const list = url(`/coordinating/notifications?programmeId=${other.programme.id}`);
    for (let i = 0; i < 60; i++) {
      await page.goto(list);
      if ((await page.getByRole('row', { name: new RegExp(created.body.reference as string) }).count()) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await s.sink.start();
    await page.getByRole('button', { name: 'Re-send all shown' }).click();
    await page.getByText(/notifications? (is|are) being sent again\./).waitFor();
    await s.sink.waitFor((m) => m.some((x) => x.subject === subject), 60_000);
    await page.goto(list);
    await page.getByText('No notification has failed.').waitFor();
    await expectAccessible(page);
  });

  it('finds a person for subject access, shows what is held and downloads the export; a bad address is refused in place', async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');
    await page.goto(url('/coordinating/people'));
    await expectAccessible(page);
    await page.getByLabel('Work e-mail address').fill('not an address');
    await page.getByRole('button', { name: 'Find this person' }).click();
    await errorSummaryFocused(page);
    expect(await page.getByLabel('Work e-mail address').inputValue()).toBe('not an address');
    await page.getByRole('link', { name: /email/i }).first().waitFor();
    await expectAccessible(page);

    await page.getByLabel('Work e-mail address').fill('alex.morgan@example.nhs.uk');
    await page.getByRole('button', { name: 'Find this person' }).click();
    await page.getByRole('heading', { name: 'What is held about alex.morgan@example.nhs.uk' }).waitFor();
    await page.getByText('Nominations they made').waitFor();
    await expectAccessible(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the export' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^subject-access-alex\.morgan-\d{4}-\d{2}-\d{2}\.json$/);
    const held = JSON.parse((await streamText(await download.createReadStream())) || '{}') as {
      email: string;
      nominationsMade: unknown[];
    };
    expect(held.email).toBe('alex.morgan@example.nhs.uk');
    expect(held.nominationsMade.length).toBeGreaterThan(0);
    const exported = await s.web.api.http
      .get('/api/v1/audit')
      .query({ action: 'person.exported' })
      .set('Authorization', as('ana'))
      .expect(200);
    expect((exported.body as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(2); // the look-up and the download
  });

  it("filters the auditor's trail by programme, shows the chain's check, exports the filtered trail as CSV, and refuses a bad date in place", async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Ana Kowalska');
    await page.getByRole('link', { name: 'The audit trail' }).click();
    await page.getByRole('heading', { level: 1, name: 'The audit trail' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Check the chain now' }).click();
    await page.getByText(/The chain holds: \d+ records checked\./).waitFor();
    await page.getByText(/^Last checked on \w+day \d+ \w+ \d{4} at /).waitFor();

    await page.getByLabel('Programme').selectOption({ label: 'Nursing Stars 2027' });
    await page.getByRole('button', { name: 'Show records' }).click();
    await page.waitForURL(/programmeId=/);
    const table = page.getByRole('table', { name: 'Audit records, newest first' });
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    expect(text).toContain(other.programme.id);
    expect(text).toContain(other.category.id);
    for (const foreign of [s.setup.programme.id, s.setup.category.id]) expect(text).not.toContain(foreign);
    await expectAccessible(page);

    const href = (await page.getByRole('link', { name: 'Download these records as CSV' }).getAttribute('href'))!;
    const csv = await page.context().request.get(url(href));
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="audit-trail-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parseCsv(await csv.text());
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0])).toEqual(['seq', 'occurredAt', 'actorId', 'action', 'entityType', 'entityId', 'data']);
    const ids = new Set(rows.map((r) => r.entityId));
    expect(ids).toContain(other.programme.id);
    expect(ids.has(s.setup.programme.id)).toBe(false);
    const audited = await s.web.api.http
      .get('/api/v1/audit')
      .query({ action: 'audit.exported' })
      .set('Authorization', as('ana'))
      .expect(200);
    expect((audited.body as { items: { data: unknown }[] }).items[0].data).toEqual({
      filter: { programmeId: other.programme.id },
    });

    // A browser's date field refuses an impossible date; without JavaScript or in an older browser it is typed.
    await page.evaluate(() => {
      const f = (
        globalThis as unknown as { document: { getElementById(id: string): { type: string; value: string } } }
      ).document.getElementById('from');
      f.type = 'text';
      f.value = '2027-02-30';
    });
    await page.getByRole('button', { name: 'Show records' }).click();
    await errorSummaryFocused(page);
    await page.getByRole('link', { name: 'Enter the "from" date as a real date, for example 2027-03-21' }).waitFor();
    await expectAccessible(page);
  });

  it("filters the auditor's trail by who acted, by their e-mail address, and says so in place when no one has it", async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Ana Kowalska');
    await page.goto(url('/auditing'));

    await page.getByLabel('Who acted').fill('Priya.Shah@example.nhs.uk');
    await page.getByLabel('Entity type').fill('programme');
    await page.getByRole('button', { name: 'Show records' }).click();
    const table = page.getByRole('table', { name: 'Audit records, newest first' });
    await table.waitFor();
    const priyaId = await signIn(s.web.api, 'priya');
    const byId = await s.web.api.http
      .get('/api/v1/audit')
      .query({ actorId: priyaId, entityType: 'programme', limit: '50' })
      .set('Authorization', as('ana'));
    const { items } = byId.body as { items: { entityId: string }[] };
    const text = (await table.textContent()) ?? '';
    expect(items.length).toBeGreaterThan(0);
    for (const r of items) expect(text).toContain(r.entityId);
    await expectAccessible(page);

    await page.getByLabel('Who acted').fill('no.one@example.nhs.uk');
    await page.getByRole('button', { name: 'Show records' }).click();
    await errorSummaryFocused(page);
    const unknown =
      'No one who has signed in has that e-mail address, so no record has them as its actor: check the address';
    await page.getByRole('alert').getByRole('link', { name: unknown }).waitFor();
    await expect(page.getByLabel('Who acted').inputValue()).resolves.toBe('no.one@example.nhs.uk');
    await expectAccessible(page);
  });

  it('shows an auditor the 403 page on the coordinator pages, and a colleague on those and the audit trail', async () => {
    const coordinator = ['/coordinating/notifications', '/coordinating/people'];
    for (const [person, urls] of [
      ['Ana Kowalska', coordinator],
      ['Alex Morgan', [...coordinator, '/auditing', '/auditing/export']],
    ] as const) {
      const { page } = await s.browser.newPage();
      await signInInBrowser(page, s.web.url, person);
      for (const path of urls) {
        const res = await page.goto(url(path));
        expect([person, path, res?.status()]).toEqual([person, path, 403]);
        await page.getByRole('heading', { level: 1, name: FORBIDDEN }).waitFor();
        const text = (await page.getByRole('main').textContent()) ?? '';
        expect([path, text.includes('Dana Fox'), text.includes('brave')]).toEqual([path, false, false]);
      }
      await expectAccessible(page);
    }
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += (chunk as Buffer).toString('utf8');
  return text;
}
