import {
  addTeamCategory,
  completeNomination,
  eligibleNomination,
  openProgramme,
  runEvidenceChecks,
  setPanel,
  signIn,
  signInInBrowser,
  type OpenProgramme,
} from '@commend/testing';
import { expectAccessible, startNominatingStack, type NominatingStack, errorSummaryFocused } from './nominating-stack';

const NHS_NUMBER = '943 476 5919';

describe('Browser: the coordinator screens nominations, records consent and builds panels', () => {
  let s: NominatingStack;
  let setup: OpenProgramme;
  let blind: OpenProgramme;
  let flagged: { id: string; reference: string };
  let duplicate: { id: string; reference: string };
  let blindNom: { id: string; reference: string };
  let sam: string;
  const api = () => s.web.api;
  const as = (user: string) => `Bearer ${api().token(user)}`;
  const url = (path: string) => `${s.web.url}${path}`;
  const nominate = async (nominator: string, category: OpenProgramme['category'], extra: Record<string, unknown>) =>
    (
      await api()
        .http.post(`/api/v1/categories/${category.id}/nominations`)
        .set('Authorization', as(nominator))
        .send({ ...completeNomination(category, extra), submit: true, confirmPrivacyFindings: true })
        .expect(201)
    ).body as { id: string; reference: string };

  beforeAll(async () => {
    s = await startNominatingStack();
    setup = s.setup;
    sam = await signIn(api(), 'sam');
    const [impact, ...rest] = setup.category.criteria;
    flagged = await nominate('alex', setup.category, {
      statements: [
        {
          criterionId: impact.id,
          text: `Sam found the child, NHS number ${NHS_NUMBER}, alone at home and kept them safe.`,
        },
        ...rest.map((c) => ({ criterionId: c.id, text: 'Calm, thorough and kind under pressure.' })),
      ],
    });
    // The same nominee, by another colleague: a possible duplicate.
    duplicate = await nominate('bola', setup.category, {});

    blind = await openProgramme(api(), { blindJudging: true });
    blindNom = await eligibleNomination(api(), blind.category);
    await setPanel(api(), blind.category.id, [{ userId: sam, chair: true }]);
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('screens a nomination with its privacy finding masked in place and its duplicate flagged: refuses "not eligible" without a reason, then saves "eligible"', async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');

    await page.goto(url(`/coordinating/categories/${setup.category.id}/screening`));
    await page.getByRole('heading', { level: 1, name: 'Screen nominations: Safeguarding Award' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(`^${flagged.reference}`) });
    expect(await row.textContent()).toContain('1 possible identifier');
    expect(await row.textContent()).toContain(`Possible duplicate of ${duplicate.reference}`);
    await expectAccessible(page);

    await page.getByRole('link', { name: new RegExp(flagged.reference) }).click();
    await page.getByRole('heading', { level: 1, name: `Screen ${flagged.reference}` }).waitFor();
    const stored = await api()
      .http.get(`/api/v1/nominations/${flagged.id}`)
      .set('Authorization', as('priya'))
      .expect(200);
    const masked: string = stored.body.privacy.findings[0].masked;
    // The finding in place, masked: the number itself is nowhere in the page.
    expect(await page.getByRole('main').textContent()).toContain(`Sam found the child, NHS number ${masked}`);
    expect(await page.getByText(`Possible NHS number: ${masked}`).count()).toBe(1);
    expect(await page.content()).not.toContain(NHS_NUMBER);
    expect(await page.getByText('Possible duplicate nominee').count()).toBe(1);
    expect(await page.getByRole('link', { name: duplicate.reference }).count()).toBe(1);
    expect(await page.getByText('The nominator reads this reason', { exact: false }).count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole('radio', { name: 'Not eligible' }).check();
    await page.getByRole('button', { name: 'Save decision' }).click();
    await errorSummaryFocused(page);
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.getByRole('alert').textContent()).toContain('reason must say why');
    expect(await page.locator('#reason-error').textContent()).toContain('reason must say why');
    expect(await page.getByRole('radio', { name: 'Not eligible' }).isChecked()).toBe(true);
    expect(await page.content()).not.toContain(NHS_NUMBER);
    await expectAccessible(page);

    await page.getByRole('radio', { name: 'Eligible', exact: true }).check();
    await page.getByLabel('Reason').fill('Meets the criteria of the award');
    await page.getByRole('button', { name: 'Save decision' }).click();
    await page.getByRole('heading', { level: 1, name: 'Screen nominations: Safeguarding Award' }).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(`^${flagged.reference}`) }).textContent()).toContain(
      'Eligible',
    );
    const screened = await api()
      .http.get(`/api/v1/nominations/${flagged.id}`)
      .set('Authorization', as('priya'))
      .expect(200);
    expect(screened.body).toMatchObject({
      status: 'eligible',
      screening: { decision: 'eligible', reason: 'Meets the criteria of the award' },
    });
  }, 240_000);

  it('writes a redacted copy for a blind category beside the original, and the judge reads the redacted text', async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');
    const impact = blind.category.criteria[0];

    await page.goto(url(`/coordinating/nominations/${blindNom.id}/redaction`));
    await page.getByRole('heading', { level: 1, name: `Redacted copies of ${blindNom.reference}` }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Sam showed outstanding impact this year.');
    await expectAccessible(page);

    const box = page.getByRole('textbox', { name: 'Redacted copy of “Impact”' });
    await box.fill('x'.repeat(20_001));
    await page.getByRole('button', { name: 'Save redacted copies' }).click();
    await errorSummaryFocused(page);
    expect(await page.getByRole('alert').textContent()).toContain('text must be the redacted statement');
    await expectAccessible(page);

    await box.fill('The nominee showed outstanding impact this year.');
    await page.getByRole('button', { name: 'Save redacted copies' }).click();
    await page.getByRole('heading', { level: 1, name: `Screen ${blindNom.reference}` }).waitFor();

    const judged = await api()
      .http.get(`/api/v1/judging/nominations/${blindNom.id}`)
      .set('Authorization', as('sam'))
      .expect(200);
    const statement = (judged.body.statements as { criterionId: string; text: string }[]).find(
      (x) => x.criterionId === impact.id,
    );
    expect(statement?.text).toBe('The nominee showed outstanding impact this year.');
  }, 180_000);

  it('attaches a redacted copy of an evidence file of a blind category, refusing one by its content, and the judge gets the copy', async () => {
    const pdf = (title: string) =>
      Buffer.from(
        `%PDF-1.4\n1 0 obj << /Type /Catalog /Title (${title}) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
      );
    const draft = await api()
      .http.post(`/api/v1/categories/${blind.category.id}/nominations`)
      .set('Authorization', as('bola'))
      .send(completeNomination(blind.category))
      .expect(201);
    const evidence = await api()
      .http.post(`/api/v1/nominations/${draft.body.id}/evidence`)
      .set('Authorization', as('bola'))
      .attach('file', pdf('original'), { filename: 'Sam Patel referral.pdf', contentType: 'application/pdf' })
      .expect(201);
    // No worker here: the file's privacy check, which submit waits for, is done in this process.
    await runEvidenceChecks(api(), draft.body.id);
    await api()
      .http.post(`/api/v1/nominations/${draft.body.id}/submit`)
      .set('Authorization', as('bola'))
      .send({ confirmPrivacyFindings: true })
      .expect(200);
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');

    await page.goto(url(`/coordinating/nominations/${draft.body.id}/redaction`));
    await page.getByRole('heading', { level: 2, name: 'Evidence' }).waitFor();
    expect(await page.getByText('No redacted copy: judges get the original.').count()).toBe(1);
    await expectAccessible(page);

    // The one file on the page (nhsuk-frontend's script dresses the input up as a drop zone).
    const input = page.locator('input[type=file]');
    expect(await page.getByText('Attach a redacted copy of Evidence 1: Sam Patel referral.pdf').count()).toBe(1);
    await input.setInputFiles({ name: 'copy.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0, 1, 2, 255]) });
    await page.getByRole('button', { name: /^Attach redacted copy/ }).click();
    await errorSummaryFocused(page);
    expect(await page.getByRole('alert').textContent()).toContain(
      "The file's content is not one this category accepts",
    );
    await expectAccessible(page);

    const copy = pdf('redacted');
    await input.setInputFiles({ name: 'redacted copy.pdf', mimeType: 'application/pdf', buffer: copy });
    await page.getByRole('button', { name: /^Attach redacted copy/ }).click();
    await page.getByRole('link', { name: 'redacted copy.pdf' }).waitFor();
    await expectAccessible(page);
    await api()
      .http.post(`/api/v1/nominations/${draft.body.id}/screening`)
      .set('Authorization', as('priya'))
      .send({ decision: 'eligible', reason: 'Meets the criteria' })
      .expect(200);
    const judged = await api()
      .http.get(`/api/v1/judging/nominations/${draft.body.id}/evidence/${evidence.body.id}`)
      .set('Authorization', as('sam'))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(judged.body as Buffer, copy)).toBe(0);

    await page.getByRole('button', { name: /^Remove the redacted copy/ }).click();
    await page.getByText('No redacted copy: judges get the original.').waitFor();
  }, 180_000);

  it('records publicity consent (refusing it without an answer) and sends the nominee a link', async () => {
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');

    await page.goto(url(`/coordinating/nominations/${duplicate.id}/consent`));
    await page.getByRole('heading', { level: 1, name: `Publicity consent for ${duplicate.reference}` }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Who asked them (optional)').fill('Priya Shah');
    await page.getByRole('button', { name: 'Record consent' }).click();
    await errorSummaryFocused(page);
    expect(await page.getByRole('alert').textContent()).toContain('decision must be given or refused');
    expect(await page.getByLabel('Who asked them (optional)').inputValue()).toBe('Priya Shah');
    await expectAccessible(page);

    const yesterday = new Date(Date.now() - 86400_000);
    await page.getByRole('radio', { name: 'Yes, consent given' }).check();
    await page.getByLabel('Day').fill(String(yesterday.getUTCDate()));
    await page.getByLabel('Month').fill(String(yesterday.getUTCMonth() + 1));
    await page.getByLabel('Year').fill(String(yesterday.getUTCFullYear()));
    await page.getByRole('button', { name: 'Record consent' }).click();
    await page.getByRole('heading', { level: 1, name: `Publicity consent for ${duplicate.reference}` }).waitFor();
    const stored = await api()
      .http.get(`/api/v1/nominations/${duplicate.id}`)
      .set('Authorization', as('priya'))
      .expect(200);
    expect(stored.body).toMatchObject({
      publicityConsent: 'given',
      consent: { source: 'admin', askedBy: 'Priya Shah' },
    });
    expect(await page.getByRole('main').textContent()).toContain('Given');

    await page.getByRole('button', { name: 'Send the nominee a link to give it themselves' }).click();
    await page.getByText('We have e-mailed Sam Patel a link', { exact: false }).waitFor();
    await expectAccessible(page);
  }, 180_000);

  it('builds a panel — a signed-in person found by search, a person by e-mail, a chair, a team — and copies it to another category', async () => {
    const team = await addTeamCategory(api(), setup.programme.id);
    const { page } = await s.browser.newPage();
    await signInInBrowser(page, s.web.url, 'Priya Shah');

    await page.goto(url(`/coordinating/categories/${setup.category.id}/panel`));
    await page.getByRole('heading', { level: 1, name: 'Panel: Safeguarding Award' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Search by name or e-mail address').fill('okaf');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const found = page.locator('form', { has: page.getByRole('button', { name: 'Add to the panel' }) });
    await found.getByRole('radio', { name: /Sam Okafor/ }).check();
    await found.getByLabel('Their team or service (optional)').fill('Adults North');
    await found.getByRole('button', { name: 'Add to the panel' }).click();
    // The API's rule: a panel has a chair.
    await errorSummaryFocused(page);
    expect(await page.getByRole('alert').textContent()).toContain('at least one chair');
    expect(await found.getByRole('radio', { name: /Sam Okafor/ }).isChecked()).toBe(true);
    await expectAccessible(page);

    await found.getByRole('checkbox', { name: 'Make them a chair of the panel' }).check();
    await found.getByRole('button', { name: 'Add to the panel' }).click();
    await page.getByRole('group', { name: 'Sam Okafor' }).waitFor();

    const byEmail = page.locator('form', { has: page.getByRole('button', { name: 'Add by e-mail' }) });
    await byEmail.getByLabel('Work e-mail address').fill('new.judge@example.nhs.uk');
    await byEmail.getByRole('button', { name: 'Add by e-mail' }).click();
    await page.getByRole('group', { name: 'new.judge@example.nhs.uk' }).waitFor();
    expect(await page.getByText('Not signed in yet', { exact: true }).count()).toBe(1);
    await page.getByLabel('Team or service of new.judge@example.nhs.uk').fill('Children in Need East');
    await page.getByRole('button', { name: 'Save panel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Panel: Safeguarding Award' }).waitFor();
    await expectAccessible(page);

    const wanted = [
      expect.objectContaining({ userId: sam, chair: true, team: 'Adults North', signedIn: true }),
      expect.objectContaining({
        userId: null,
        email: 'new.judge@example.nhs.uk',
        chair: false,
        team: 'Children in Need East',
      }),
    ];
    const panel = await api()
      .http.get(`/api/v1/categories/${setup.category.id}/panel`)
      .set('Authorization', as('priya'))
      .expect(200);
    expect(panel.body.members).toEqual(wanted);

    await page.getByRole('button', { name: 'Copy panel' }).click();
    await errorSummaryFocused(page);
    expect(await page.getByRole('alert').textContent()).toContain('Choose at least one category');
    await expectAccessible(page);
    await page.getByRole('checkbox', { name: 'Team of the Year' }).check();
    await page.getByRole('button', { name: 'Copy panel' }).click();
    await page.getByText('This panel was copied to 1 other category.').waitFor();
    await expectAccessible(page);
    const copied = await api()
      .http.get(`/api/v1/categories/${team.id}/panel`)
      .set('Authorization', as('priya'))
      .expect(200);
    expect(copied.body.members).toEqual(wanted);
  }, 240_000);

  it('gives a judge, a director and a colleague the 403 page on every coordinator page, with no nomination text', async () => {
    const pages = [
      `/coordinating/categories/${setup.category.id}/screening`,
      `/coordinating/nominations/${flagged.id}/screening`,
      `/coordinating/nominations/${blindNom.id}/redaction`,
      `/coordinating/nominations/${flagged.id}/consent`,
      `/coordinating/categories/${setup.category.id}/panel`,
    ];
    for (const person of ['Sam Okafor', 'Dee Harrington', 'Alex Morgan']) {
      const { page } = await s.browser.newPage();
      await signInInBrowser(page, s.web.url, person);
      for (const path of pages) {
        const res = await page.goto(url(path));
        expect({ person, path, status: res?.status() }).toEqual({ person, path, status: 403 });
        await page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
        const html = await page.content();
        for (const text of ['Sam Patel', 'Sam found the child', flagged.reference, blindNom.reference])
          expect(html).not.toContain(text);
      }
      await expectAccessible(page);
    }
  }, 240_000);
});
