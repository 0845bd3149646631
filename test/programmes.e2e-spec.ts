import { openProgramme, startTestApi, type TestApi } from '@commend/testing';

describe('Programmes and categories', () => {
  let api: TestApi;
  const as = (user: string) => `Bearer ${api.token(user)}`;
  const base = {
    name: 'Awards 2027',
    nominationsOpenAt: '2027-01-10T09:00:00Z',
    nominationsCloseAt: '2027-02-10T17:00:00Z',
  };

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('lets an awards coordinator create a programme, with defaults a UK service expects', async () => {
    const res = await api.http
      .post('/api/v1/programmes')
      .set('Authorization', as('priya'))
      .send({ ...base, referencePrefix: 'AW27' });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      timeZone: 'Europe/London',
      blindJudging: false,
      retentionMonths: 24,
      version: 1,
    });
  });

  it('refuses a colleague without the Admin role', async () => {
    const res = await api.http
      .post('/api/v1/programmes')
      .set('Authorization', as('alex'))
      .send({ ...base, referencePrefix: 'NOPE' });

    expect(res.status).toBe(403);
    expect(await api.db.query(`SELECT 1 FROM programmes WHERE reference_prefix = 'NOPE'`)).toEqual([]);
  });

  it.each([
    [
      'dates in the wrong order',
      { ...base, nominationsCloseAt: '2027-01-01T00:00:00Z', referencePrefix: 'BAD1' },
      400,
      /nominationsCloseAt must be after nominationsOpenAt/,
    ],
    [
      'a date that is not a date',
      { ...base, nominationsOpenAt: 'next Tuesday', referencePrefix: 'BAD2' },
      400,
      /nominationsOpenAt must be a date and time/,
    ],
    [
      'an unknown time zone',
      { ...base, timeZone: 'Mars/Olympus', referencePrefix: 'BAD3' },
      400,
      /timeZone must be an IANA time zone/,
    ],
    [
      'a lower-case prefix',
      { ...base, referencePrefix: 'sww' },
      400,
      /referencePrefix must be 2 to 10 capital letters/,
    ],
    ['a prefix already taken', { ...base, referencePrefix: 'AW27' }, 409, /already uses the reference prefix AW27/],
  ])('refuses %s', async (_label, body, status, message) => {
    const res = await api.http.post('/api/v1/programmes').set('Authorization', as('priya')).send(body);

    expect(res.status).toBe(status);
    expect(res.body.message).toMatch(message);
  });

  it('hides draft programmes from colleagues, and shows open ones', async () => {
    const { programme } = await openProgramme(api);
    const draft = await api.http
      .post('/api/v1/programmes')
      .set('Authorization', as('priya'))
      .send({ ...base, referencePrefix: 'HIDDEN' });

    const listed = await api.http.get('/api/v1/programmes').set('Authorization', as('alex'));

    const ids = listed.body.map((p: { id: string }) => p.id);
    expect(ids).toContain(programme.id);
    expect(ids).not.toContain(draft.body.id);
    expect((await api.http.get(`/api/v1/programmes/${draft.body.id}`).set('Authorization', as('alex'))).status).toBe(
      404,
    );
  });

  it('opens a programme only once it has a category', async () => {
    const { body } = await api.http
      .post('/api/v1/programmes')
      .set('Authorization', as('priya'))
      .send({ ...base, nominationsCloseAt: '2099-01-01T00:00:00Z', referencePrefix: 'EMPTY' });

    const res = await api.http.post(`/api/v1/programmes/${body.id}/open`).set('Authorization', as('priya'));

    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Add at least one category before opening the programme');
  });

  it('moves a programme only along its lifecycle, auditing each step with its event', async () => {
    const { body: draft } = await api.http
      .post('/api/v1/programmes')
      .set('Authorization', as('priya'))
      .send({ ...base, referencePrefix: 'LIFE' });
    const { programme } = await openProgramme(api);
    const step = (id: string, action: 'open' | 'close') =>
      api.http.post(`/api/v1/programmes/${id}/${action}`).set('Authorization', as('priya'));

    const closeDraft = await step(draft.id, 'close');
    const openAgain = await step(programme.id, 'open');
    const closed = await step(programme.id, 'close');
    const closeAgain = await step(programme.id, 'close');

    expect([closeDraft.status, closeDraft.body.code]).toEqual([422, 'programme.invalid_state']);
    expect(closeDraft.body.message).toBe('The programme is draft; only a open programme can become closed');
    expect([openAgain.status, openAgain.body.code]).toEqual([422, 'programme.invalid_state']);
    expect(openAgain.body.message).toBe('The programme is open; only a draft programme can become open');
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', version: programme.version + 1 });
    expect(closeAgain.status).toBe(422);
    expect(closeAgain.body.message).toBe('The programme is closed; only a open programme can become closed');
    const [stillDraft] = await api.db.query('SELECT status FROM programmes WHERE id = $1', [draft.id]);
    expect(stillDraft).toEqual({ status: 'draft' });
    const audit = await api.db.query(
      `SELECT action, data FROM audit_records WHERE entity_id = $1 AND action LIKE 'programme.%' ORDER BY seq`,
      [programme.id],
    );
    expect(audit).toEqual([
      { action: 'programme.created', data: {} },
      { action: 'programme.open', data: { from: 'draft' } },
      { action: 'programme.closed', data: { from: 'open' } },
    ]);
    const events = await api.db.query(
      `SELECT type FROM outbox_events WHERE payload->>'programmeId' = $1 ORDER BY created_at, type`,
      [programme.id],
    );
    expect(events.map((e: { type: string }) => e.type)).toEqual(['programme.opened', 'programme.closed']);
  });

  it('edits with optimistic concurrency: a stale version gets 409 and changes nothing', async () => {
    const { body } = await api.http
      .post('/api/v1/programmes')
      .set('Authorization', as('priya'))
      .send({ ...base, referencePrefix: 'EDIT' });
    const edit = (version: number, name: string) =>
      api.http.patch(`/api/v1/programmes/${body.id}`).set('Authorization', as('priya')).send({ version, name });

    expect((await edit(1, 'Renamed')).body).toMatchObject({ name: 'Renamed', version: 2 });
    expect((await edit(1, 'Stale')).status).toBe(409);
    const [row] = await api.db.query('SELECT name, version FROM programmes WHERE id = $1', [body.id]);
    expect(row).toEqual({ name: 'Renamed', version: 2 });
  });

  it('freezes criteria once a nomination exists', async () => {
    const { category } = await openProgramme(api);
    const criteria = [{ title: 'Only this', weight: 1, scaleMax: 5, wordLimit: 50 }];
    const changeCriteria = (version: number) =>
      api.http.patch(`/api/v1/categories/${category.id}`).set('Authorization', as('priya')).send({ version, criteria });

    const before = await changeCriteria(category.version);
    expect(before.status).toBe(200);
    expect(before.body.criteria.map((c: { title: string }) => c.title)).toEqual(['Only this']);

    await api.http
      .post(`/api/v1/categories/${category.id}/nominations`)
      .set('Authorization', as('alex'))
      .send({})
      .expect(201);
    const after = await changeCriteria(before.body.version);

    expect(after.status).toBe(422);
    expect(after.body.code).toBe('category.criteria_locked');
    const titles = await api.db.query('SELECT title FROM criteria WHERE category_id = $1', [category.id]);
    expect(titles).toEqual([{ title: 'Only this' }]);
  });

  it('validates criteria: weights, scales and word limits are whole numbers in range', async () => {
    const { body } = await api.http
      .post('/api/v1/programmes')
      .set('Authorization', as('priya'))
      .send({ ...base, referencePrefix: 'CRIT' });

    const res = await api.http
      .post(`/api/v1/programmes/${body.id}/categories`)
      .set('Authorization', as('priya'))
      .send({ name: 'X', criteria: [{ title: 'Impact', weight: 0.5, scaleMax: 1, wordLimit: 100000 }] });

    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/criteria.0.weight must be an integer number/);
    expect(res.body.message).toMatch(/criteria.0.scaleMax must not be less than 2/);
    expect(res.body.message).toMatch(/criteria.0.wordLimit must not be greater than 5000/);
  });
});
