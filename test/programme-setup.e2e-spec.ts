import { consentLinkToken } from '@commend/nominations';
import { DEFAULT_PUBLICITY_CONSENT_WORDING } from '@commend/programmes';
import { eligibleNomination, openProgramme, setPanel, signIn, startTestApi, type TestApi } from '@commend/testing';

describe('Setting up a programme: check before you open, and copying last year', () => {
  let api: TestApi;
  const as = (user: string) => `Bearer ${api.token(user)}`;
  const criterion = { title: 'Impact', weight: 60, scaleMax: 10, wordLimit: 300 };

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  async function draft(prefix: string, nominationsCloseAt = '2099-02-10T17:00:00Z'): Promise<string> {
    const { body } = await api.http
      .post('/api/v1/programmes')
      .set('Authorization', as('priya'))
      .send({
        name: `Awards ${prefix}`,
        referencePrefix: prefix,
        nominationsOpenAt: '2026-01-10T09:00:00Z',
        nominationsCloseAt,
      })
      .expect(201);
    return (body as { id: string }).id;
  }
  const addCategory = async (programmeId: string, name: string, criteria: object[]): Promise<string> => {
    const { body } = await api.http
      .post(`/api/v1/programmes/${programmeId}/categories`)
      .set('Authorization', as('priya'))
      .send({ name, criteria })
      .expect(201);
    return (body as { id: string }).id;
  };

  it('lists the category without criteria and refuses to open until a criterion is added', async () => {
    const programmeId = await draft('READY');
    const withCriteria = await addCategory(programmeId, 'Safeguarding Award', [criterion]);
    const without = await addCategory(programmeId, 'Team of the Year', []);
    const judge = await signIn(api, 'sam');
    await setPanel(api, withCriteria, [{ userId: judge, chair: true }]);

    const check = await api.http.get(`/api/v1/programmes/${programmeId}/readiness`).set('Authorization', as('priya'));
    const refused = await api.http.post(`/api/v1/programmes/${programmeId}/open`).set('Authorization', as('priya'));

    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ programmeId, ready: false });
    expect(check.body.problems).toEqual([
      {
        code: 'category.no_criteria',
        message: 'Team of the Year has no criteria: add at least one criterion for nominators to answer',
        categoryId: without,
      },
    ]);
    expect(check.body.warnings).toEqual([expect.objectContaining({ code: 'category.no_panel', categoryId: without })]);
    expect([refused.status, refused.body.code]).toEqual([422, 'programme.not_ready']);
    expect(refused.body.message).toBe(
      'Team of the Year has no criteria: add at least one criterion for nominators to answer',
    );
    expect(refused.body.details.problems).toEqual([expect.objectContaining({ categoryId: without })]);
    const [stillDraft] = await api.db.query('SELECT status FROM programmes WHERE id = $1', [programmeId]);
    expect(stillDraft).toEqual({ status: 'draft' });

    await api.http
      .patch(`/api/v1/categories/${without}`)
      .set('Authorization', as('priya'))
      .send({ version: 1, criteria: [criterion] })
      .expect(200);
    const cleared = await api.http.get(`/api/v1/programmes/${programmeId}/readiness`).set('Authorization', as('priya'));
    const opened = await api.http.post(`/api/v1/programmes/${programmeId}/open`).set('Authorization', as('priya'));

    expect(cleared.body).toMatchObject({ ready: true, problems: [] });
    // A category without a panel only warns: opening goes ahead.
    expect(cleared.body.warnings).toHaveLength(1);
    expect([opened.status, opened.body.status]).toEqual([200, 'open']);
  });

  it('names a close time in the past among the problems', async () => {
    const programmeId = await draft('LATE', '2026-02-10T17:00:00Z');
    await addCategory(programmeId, 'Safeguarding Award', [criterion]);

    const check = await api.http.get(`/api/v1/programmes/${programmeId}/readiness`).set('Authorization', as('priya'));
    const refused = await api.http.post(`/api/v1/programmes/${programmeId}/open`).set('Authorization', as('priya'));

    expect(check.body.problems.map((p: { code: string }) => p.code)).toEqual(['programme.close_passed']);
    expect([refused.status, refused.body.message]).toEqual([
      422,
      'The nominations close time has passed: move it later before opening',
    ]);
  });

  it('refuses a category without criteria once the programme is open', async () => {
    const { programme, category } = await openProgramme(api);

    const added = await api.http
      .post(`/api/v1/programmes/${programme.id}/categories`)
      .set('Authorization', as('priya'))
      .send({ name: 'Team of the Year', criteria: [] });
    const emptied = await api.http
      .patch(`/api/v1/categories/${category.id}`)
      .set('Authorization', as('priya'))
      .send({ version: category.version, criteria: [] });

    expect([added.status, added.body.code]).toEqual([400, 'category.no_criteria']);
    expect([emptied.status, emptied.body.code]).toEqual([400, 'category.no_criteria']);
  });

  it('is for coordinators only', async () => {
    const programmeId = await draft('ONLY');

    const check = await api.http.get(`/api/v1/programmes/${programmeId}/readiness`).set('Authorization', as('sam'));
    const copy = await api.http
      .post(`/api/v1/programmes/${programmeId}/copy`)
      .set('Authorization', as('alex'))
      .send({ name: 'Mine', referencePrefix: 'MINE' });

    expect([check.status, copy.status]).toEqual([403, 403]);
  });

  it('copies a programme into a draft with the same categories, criteria and panels and no nominations', async () => {
    const { programme, category } = await openProgramme(api, { name: 'Awards 2027', blindJudging: true });
    const sam = await signIn(api, 'sam');
    await setPanel(api, category.id, [
      { userId: sam, chair: true, team: 'Children in care' },
      { email: 'new.judge@example.nhs.uk' },
    ]);
    await eligibleNomination(api, category);

    const res = await api.http
      .post(`/api/v1/programmes/${programme.id}/copy`)
      .set('Authorization', as('priya'))
      .send({ name: 'Awards 2028', referencePrefix: 'AW28' });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Awards 2028',
      referencePrefix: 'AW28',
      status: 'draft',
      blindJudging: true,
    });
    const [source] = await api.db.query('SELECT nominations_open_at AS "openAt" FROM programmes WHERE id = $1', [
      programme.id,
    ]);
    expect(new Date(res.body.nominationsOpenAt).getUTCFullYear()).toBe((source.openAt as Date).getUTCFullYear() + 1);
    const categories = await api.http
      .get(`/api/v1/programmes/${res.body.id}/categories`)
      .set('Authorization', as('priya'))
      .expect(200);
    expect(categories.body).toHaveLength(1);
    const [copied] = categories.body as { id: string; name: string; criteria: Record<string, unknown>[] }[];
    expect(copied.id).not.toBe(category.id);
    expect(copied.name).toBe('Safeguarding Award');
    const strip = ({ title, weight, scaleMax, wordLimit, position }: Record<string, unknown>): object => ({
      title,
      weight,
      scaleMax,
      wordLimit,
      position,
    });
    expect(copied.criteria.map(strip)).toEqual(category.criteria.map((c, position) => strip({ ...c, position })));
    const panel = await api.http
      .get(`/api/v1/categories/${copied.id}/panel`)
      .set('Authorization', as('priya'))
      .expect(200);
    expect(
      (panel.body.members as { userId: string | null; email: string; chair: boolean; team: string | null }[]).map(
        ({ userId, email, chair, team }) => ({ userId, email, chair, team }),
      ),
    ).toEqual([
      { userId: sam, email: expect.any(String), chair: true, team: 'Children in care' },
      { userId: null, email: 'new.judge@example.nhs.uk', chair: false, team: null },
    ]);
    const [{ count }] = await api.db.query(
      'SELECT count(*)::int AS count FROM nominations n JOIN categories c ON c.id = n.category_id WHERE c.programme_id = $1',
      [res.body.id],
    );
    expect(count).toBe(0);
    const [audit] = await api.db.query(
      `SELECT data FROM audit_records WHERE action = 'programme.copied' AND entity_id = $1`,
      [res.body.id],
    );
    expect(audit.data).toMatchObject({ from: programme.id, categories: [{ from: category.id, to: copied.id }] });
  });

  it("asks the nominee for consent in the programme's own words, the default when left empty, and copies them", async () => {
    const wording = 'Winners are named in the trust newsletter & on its website.';
    const { programme, category } = await openProgramme(api, { publicityConsentWording: wording });
    const nomination = await eligibleNomination(api, category);
    const token = await consentLinkToken(api.db.manager, nomination.id);

    const view = await api.http.get('/api/v1/public/consent').query({ token }).expect(200);
    const page = await api.http.get('/api/v1/public/consent').query({ token }).set('Accept', 'text/html').expect(200);
    const copy = await api.http
      .post(`/api/v1/programmes/${programme.id}/copy`)
      .set('Authorization', as('priya'))
      .send({ name: 'Awards with wording', referencePrefix: 'WORDS28' })
      .expect(201);
    const emptied = await api.http
      .patch(`/api/v1/programmes/${copy.body.id}`)
      .set('Authorization', as('priya'))
      .send({ version: copy.body.version, publicityConsentWording: '  ' })
      .expect(200);
    const tooLong = await api.http
      .patch(`/api/v1/programmes/${copy.body.id}`)
      .set('Authorization', as('priya'))
      .send({ version: emptied.body.version, publicityConsentWording: 'x'.repeat(2001) });

    expect(view.body.wording).toBe(wording);
    expect(page.text).toContain('Winners are named in the trust newsletter &amp; on its website.');
    expect(copy.body.publicityConsentWording).toBe(wording);
    expect(emptied.body.publicityConsentWording).toBe(DEFAULT_PUBLICITY_CONSENT_WORDING);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.message).toMatch(/publicityConsentWording must be shorter than or equal to 2000 characters/);
    const created = await api.http
      .get(`/api/v1/programmes/${await draft('PLAINW')}`)
      .set('Authorization', as('priya'))
      .expect(200);
    expect(created.body.publicityConsentWording).toBe(DEFAULT_PUBLICITY_CONSENT_WORDING);
  });

  it('names the date in the wrong order: an announcement before judging closes', async () => {
    const programmeId = await draft('ORDER');
    const { body: current } = await api.http
      .get(`/api/v1/programmes/${programmeId}`)
      .set('Authorization', as('priya'))
      .expect(200);

    const res = await api.http.patch(`/api/v1/programmes/${programmeId}`).set('Authorization', as('priya')).send({
      version: current.version,
      judgingCloseAt: '2099-03-01T17:00:00Z',
      plannedAnnouncementAt: '2099-02-20T10:00:00Z',
    });

    expect([res.status, res.body.code]).toEqual([400, 'programme.invalid_dates']);
    expect(res.body.details).toEqual({ fields: { plannedAnnouncementAt: res.body.message } });
  });

  it('refuses a copy whose reference prefix another programme has', async () => {
    const programmeId = await draft('TAKEN');

    const res = await api.http
      .post(`/api/v1/programmes/${programmeId}/copy`)
      .set('Authorization', as('priya'))
      .send({ name: 'Again', referencePrefix: 'TAKEN' });

    expect([res.status, res.body.code]).toEqual([409, 'programme.prefix_taken']);
  });
});
