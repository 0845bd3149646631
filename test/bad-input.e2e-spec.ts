import { completeNomination, openProgramme, startTestApi, type OpenProgramme, type TestApi } from '@commend/testing';

/**
 * Input that used to give a 500 or corrupt data: each cause gets a 4xx naming the problem, and
 * nothing stored changes.
 */
describe('Bad input', () => {
  let api: TestApi;
  let setup: OpenProgramme;
  let draftId: string;
  const as = (user: string) => `Bearer ${api.token(user)}`;
  const dates = {
    nominationsOpenAt: '2027-01-10T09:00:00Z',
    nominationsCloseAt: '2027-02-10T17:00:00Z',
  };

  beforeAll(async () => {
    api = await startTestApi();
    setup = await openProgramme(api);
    const { body } = await api.http
      .post(`/api/v1/categories/${setup.category.id}/nominations`)
      .set('Authorization', as('alex'))
      .send(completeNomination(setup.category))
      .expect(201);
    draftId = body.id;
  });
  afterAll(async () => {
    await api.close();
  });

  /** Everything a refused request could have changed: rows, versions and the next reference. */
  const stored = async () => ({
    programmes: await api.db.query('SELECT * FROM programmes ORDER BY id'),
    categories: await api.db.query('SELECT * FROM categories ORDER BY id'),
    criteria: await api.db.query('SELECT * FROM criteria ORDER BY id'),
    nominations: await api.db.query('SELECT * FROM nominations ORDER BY id'),
    statements: await api.db.query('SELECT * FROM nomination_statements ORDER BY nomination_id, criterion_id'),
  });

  const createDraftProgramme = async (prefix: string) =>
    (
      await api.http
        .post('/api/v1/programmes')
        .set('Authorization', as('priya'))
        .send({ name: 'Awards 2027', referencePrefix: prefix, ...dates, judgingCloseAt: '2027-03-01T17:00:00Z' })
        .expect(201)
    ).body as { id: string; version: number };

  describe('null', () => {
    it.each([
      'name',
      'description',
      'referencePrefix',
      'timeZone',
      'blindJudging',
      'retentionMonths',
      'nominationsOpenAt',
    ])('refuses %s: null on a programme, naming the field', async (field) => {
      const programme = await createDraftProgramme(`NULL${field.toUpperCase().slice(0, 6)}`);
      const before = await stored();

      const res = await api.http
        .patch(`/api/v1/programmes/${programme.id}`)
        .set('Authorization', as('priya'))
        .send({ version: programme.version, [field]: null });

      expect(res.status).toBe(400);
      expect(res.body.message).toContain(field);
      expect(await stored()).toEqual(before);
    });

    it.each(['nominationsOpenAt', 'description'])('refuses %s: null when a programme is created', async (field) => {
      const before = await stored();

      const res = await api.http
        .post('/api/v1/programmes')
        .set('Authorization', as('priya'))
        .send({ name: 'Awards', referencePrefix: 'NULC', ...dates, [field]: null });

      expect(res.status).toBe(400);
      expect(res.body.message).toContain(field);
      expect(await stored()).toEqual(before);
    });

    it('clears a programme date declared nullable, instead of storing 1970', async () => {
      const programme = await createDraftProgramme('NULD');

      const res = await api.http
        .patch(`/api/v1/programmes/${programme.id}`)
        .set('Authorization', as('priya'))
        .send({ version: programme.version, judgingCloseAt: null });

      expect(res.status).toBe(200);
      const [row] = await api.db.query('SELECT judging_close_at, nominations_open_at FROM programmes WHERE id = $1', [
        programme.id,
      ]);
      expect(row).toEqual({ judging_close_at: null, nominations_open_at: new Date(dates.nominationsOpenAt) });
    });

    it.each([
      'name',
      'description',
      'eligibility',
      'nomineeType',
      'numberOfWinners',
      'criteria',
      'evidenceMaxFiles',
      'evidenceMaxBytes',
      'evidenceTypes',
      'tieBreakRule',
    ])('refuses %s: null on a category, naming the field', async (field) => {
      const before = await stored();

      const res = await api.http
        .patch(`/api/v1/categories/${setup.category.id}`)
        .set('Authorization', as('priya'))
        .send({ version: setup.category.version, [field]: null });

      expect(res.status).toBe(400);
      expect(res.body.message).toContain(field);
      expect(await stored()).toEqual(before);
    });

    it.each(['nominee', 'teamMembers', 'publicityConsent', 'statements'])(
      'refuses %s: null on a nomination, naming the field',
      async (field) => {
        const before = await stored();
        const { body: current } = await api.http.get(`/api/v1/nominations/${draftId}`).set('Authorization', as('alex'));

        const res = await api.http
          .patch(`/api/v1/nominations/${draftId}`)
          .set('Authorization', as('alex'))
          .send({ version: current.version, [field]: null });

        expect(res.status).toBe(400);
        expect(res.body.message).toContain(field);
        expect(await stored()).toEqual(before);
      },
    );

    it('clears the relationship on {"relationship": null}, and changes nothing else', async () => {
      const { body: draft } = await api.http
        .post(`/api/v1/categories/${setup.category.id}/nominations`)
        .set('Authorization', as('alex'))
        .send(completeNomination(setup.category))
        .expect(201);

      const res = await api.http
        .patch(`/api/v1/nominations/${draft.id}`)
        .set('Authorization', as('alex'))
        .send({ version: draft.version, relationship: null });

      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        ...draft,
        relationship: null,
        version: draft.version + 1,
        updatedAt: expect.any(String),
      });
    });
  });

  describe('NUL (U+0000)', () => {
    it.each([
      ['a nominee name', { nominee: { name: 'Sam\u0000Patel' } }, 'nominee.name'],
      ['a statement', { statements: [{ criterionId: 'x', text: 'Kept\u0000people safe' }] }, 'statements.0.text'],
      ['a field name', { ['rel\u0000ationship']: 'Manager' }, 'field name'],
    ])('in %s is refused with a 400 that says so, and no reference is used', async (_what, body, named) => {
      const before = await stored();

      const res = await api.http
        .post(`/api/v1/categories/${setup.category.id}/nominations`)
        .set('Authorization', as('alex'))
        .send({ ...completeNomination(setup.category), ...body });

      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'request.invalid_text' });
      expect(res.body.message).toContain(named);
      expect(res.body.message).toContain('NUL');
      expect(await stored()).toEqual(before);
    });

    it('in a screening reason is refused', async () => {
      const before = await stored();

      const res = await api.http
        .post(`/api/v1/nominations/${draftId}/screening`)
        .set('Authorization', as('priya'))
        .send({ decision: 'eligible', reason: 'Meets\u0000the criteria' });

      expect(res.status).toBe(400);
      expect(res.body.message).toContain('reason');
      expect(await stored()).toEqual(before);
    });

    it('in the e-mail of a subject access export is refused', async () => {
      const res = await api.http
        .post('/api/v1/people/export')
        .set('Authorization', as('priya'))
        .send({ email: 'sam\u0000patel@example.nhs.uk' });

      expect(res.status).toBe(400);
      expect(res.body.message).toBe('email must not contain the NUL character (U+0000)');
    });

    it('in a query parameter is refused', async () => {
      const res = await api.http.get('/api/v1/audit?entityId=abc%00def').set('Authorization', as('priya'));

      expect(res.status).toBe(400);
      expect(res.body.message).toContain('entityId');
    });

    it('in a path segment is refused', async () => {
      const res = await api.http.get('/api/v1/nominations/abc%00def').set('Authorization', as('priya'));

      expect(res.status).toBe(400);
      expect(res.body.message).toContain('NUL');
    });

    it('answers a path segment that is not valid percent-encoding with a 400, not a 500', async () => {
      const res = await api.http.get('/api/v1/nominations/%E0%A4%A').set('Authorization', as('priya'));

      expect(res.status).toBe(400);
    });
  });

  it.each(['nominations', 'notifications'])('refuses page=1e20 on the %s list with a 400', async (list) => {
    const res = await api.http.get(`/api/v1/${list}?page=1e20`).set('Authorization', as('priya'));

    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/page must not be more than/);
  });

  it.each([10_000, 400_000])('refuses JSON nested %i levels deep with a 400, creating nothing', async (levels) => {
    const before = await stored();
    const deep = `{"relationship":"Manager","unexpected":${'['.repeat(levels)}${']'.repeat(levels)}}`;

    const res = await api.http
      .post(`/api/v1/categories/${setup.category.id}/nominations`)
      .set('Authorization', as('alex'))
      .set('Content-Type', 'application/json')
      .send(deep);

    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'request.too_deep' });
    expect(await stored()).toEqual(before);
  });

  it('answers six racing programmes with one reference prefix with one 201 and five 409s', async () => {
    const create = () =>
      api.http
        .post('/api/v1/programmes')
        .set('Authorization', as('priya'))
        .send({ name: 'Race', referencePrefix: 'RACE27', ...dates });

    const statuses = (await Promise.all(Array.from({ length: 6 }, create))).map((r) => r.status).sort();

    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM programmes WHERE reference_prefix = 'RACE27'`)).toEqual([
      { n: 1 },
    ]);
  });

  it.each([
    ['text/plain', 'relationship=Manager'],
    ['application/x-www-form-urlencoded', 'relationship=Manager'],
  ])('refuses a %s body on POST /categories/:id/nominations with 415, using up no reference', async (type, body) => {
    const before = await stored();

    const res = await api.http
      .post(`/api/v1/categories/${setup.category.id}/nominations`)
      .set('Authorization', as('alex'))
      .set('Content-Type', type)
      .send(body);

    expect(res.status).toBe(415);
    expect(res.body.message).toContain('application/json');
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['nomination', () => `/api/v1/nominations/${draftId}`, 'alex'],
    ['programme', () => `/api/v1/programmes/${setup.programme.id}`, 'priya'],
    ['category', () => `/api/v1/categories/${setup.category.id}`, 'priya'],
  ])('refuses {"version": true} on a %s instead of reading it as version 1', async (_what, path, user) => {
    const before = await stored();

    const res = await api.http
      .patch(path())
      .set('Authorization', as(user))
      .send({ version: true, relationship: 'Changed', name: 'Changed' });

    expect(res.status).toBe(400);
    expect(res.body.message).toContain('version must be the version you last read');
    expect(await stored()).toEqual(before);
  });

  describe('names are treated like file names', () => {
    it.each([
      ['a lone surrogate', 'Sam \ud800Patel', 'not valid Unicode'],
      ['a right-to-left override', 'Sam \u202ePatel', 'direction of text'],
      ['a line break', 'Sam\nPatel', 'control characters'],
    ])('refuses %s in a nominee name', async (_what, name, problem) => {
      const before = await stored();

      const res = await api.http
        .post(`/api/v1/categories/${setup.category.id}/nominations`)
        .set('Authorization', as('alex'))
        .send({ ...completeNomination(setup.category), nominee: { name } });

      expect(res.status).toBe(400);
      expect(res.body.message).toContain(problem);
      expect(await stored()).toEqual(before);
    });

    it('refuses a right-to-left override in a programme name, and a lone surrogate in any text', async () => {
      const before = await stored();

      const named = await api.http
        .post('/api/v1/programmes')
        .set('Authorization', as('priya'))
        .send({ name: 'Awards \u202e7202', referencePrefix: 'RTL27', ...dates });
      const statement = await api.http
        .patch(`/api/v1/nominations/${draftId}`)
        .set('Authorization', as('alex'))
        .send({ version: 1, statements: [{ criterionId: setup.category.criteria[0].id, text: 'Kept \udfff safe' }] });

      expect(named.status).toBe(400);
      expect(named.body.message).toContain('name must not contain characters that change the direction of text');
      expect(statement.status).toBe(400);
      expect(statement.body.message).toContain('statements.0.text');
      expect(await stored()).toEqual(before);
    });
  });
});
