import { completeNomination, openProgramme, startTestApi, type OpenProgramme, type TestApi } from '@commend/testing';

describe('Nominations', () => {
  let api: TestApi;
  let setup: OpenProgramme;
  const as = (user: string) => `Bearer ${api.token(user)}`;

  beforeAll(async () => {
    api = await startTestApi();
    setup = await openProgramme(api);
  });
  afterAll(async () => {
    await api.close();
  });

  const create = (body: Record<string, unknown>, user = 'alex') =>
    api.http.post(`/api/v1/categories/${setup.category.id}/nominations`).set('Authorization', as(user)).send(body);
  const stored = async (id: string) =>
    (await api.db.query('SELECT status, version, nominee_name FROM nominations WHERE id = $1', [id]))[0];

  describe('a colleague nominating', () => {
    it('creates a draft with a reference, edits it, and submits it', async () => {
      const draft = await create({ nominee: { name: 'Sam Patel' } });
      expect(draft.status).toBe(201);
      expect(draft.body).toMatchObject({
        status: 'draft',
        version: 1,
        reference: expect.stringMatching(/^SWW\d+-\d{4}$/),
      });
      const read = await api.http.get(`/api/v1/nominations/${draft.body.id}`).set('Authorization', as('alex'));
      expect(read.body).toEqual(draft.body); // what create answered is what was stored

      const edited = await api.http
        .patch(`/api/v1/nominations/${draft.body.id}`)
        .set('Authorization', as('alex'))
        .send({ version: 1, ...completeNomination(setup.category) });
      expect(edited.status).toBe(200);
      expect(edited.body.statements).toHaveLength(3);

      const submitted = await api.http
        .post(`/api/v1/nominations/${draft.body.id}/submit`)
        .set('Authorization', as('alex'))
        .send({});
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({ status: 'submitted', submittedAt: expect.any(String) });
    });

    it('records the submission in the audit trail and the outbox, with no statement text', async () => {
      const { body } = await create({ ...completeNomination(setup.category), submit: true });

      const audit = await api.db.query(`SELECT action, data FROM audit_records WHERE entity_id = $1 ORDER BY seq`, [
        body.id,
      ]);
      const events = await api.db.query(`SELECT type, payload FROM outbox_events WHERE payload->>'nominationId' = $1`, [
        body.id,
      ]);
      expect(audit.map((r: { action: string }) => r.action)).toEqual(['nomination.created', 'nomination.submitted']);
      expect(JSON.stringify(audit)).not.toContain('outstanding');
      expect(events).toEqual([{ type: 'nomination.submitted', payload: { nominationId: body.id } }]);
    });

    it('gives concurrent nominations consecutive references with no gaps or duplicates', async () => {
      const responses = await Promise.all(
        Array.from({ length: 12 }, () => create({ nominee: { name: 'Team Orion' } })),
      );

      expect(responses.map((r) => r.status)).toEqual(Array(12).fill(201));
      const numbers = responses.map((r) => Number(String(r.body.reference).split('-')[1])).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => numbers[0] + i));
    });

    it('lists only my own nominations', async () => {
      await create({ nominee: { name: 'Jo Bloggs' } }, 'bola');

      const mine = await api.http.get('/api/v1/nominations/mine').set('Authorization', as('bola'));

      expect(mine.status).toBe(200);
      expect(mine.body.map((n: { nominee: { name: string } }) => n.nominee.name)).toEqual(['Jo Bloggs']);
    });

    it('withdraws a submitted nomination while the programme is open', async () => {
      const { body } = await create({ ...completeNomination(setup.category), submit: true });

      const res = await api.http.post(`/api/v1/nominations/${body.id}/withdraw`).set('Authorization', as('alex'));

      expect(res.status).toBe(200);
      expect(res.body.status).toBe('withdrawn');
    });
  });

  describe('refuses bad input, changing nothing', () => {
    let draft: { id: string; version: number };

    beforeAll(async () => {
      draft = (await create({ nominee: { name: 'Original Name' } })).body;
    });

    const patch = (body: Record<string, unknown>, user = 'alex') =>
      api.http.patch(`/api/v1/nominations/${draft.id}`).set('Authorization', as(user)).send(body);

    it.each([
      ['an unknown field', { version: 1, favouriteColour: 'red' }, /property favouriteColour should not exist/],
      ['a wrong type', { version: 1, nominee: { name: 42 } }, /nominee.name must be a string/],
      [
        'over-long text',
        { version: 1, nominee: { name: 'x'.repeat(201) } },
        /nominee.name must be shorter than or equal to 200 characters/,
      ],
      [
        'a bad e-mail',
        { version: 1, nominee: { name: 'A', email: 'not-an-email' } },
        /nominee.email must be an e-mail address/,
      ],
      ['no version', { nominee: { name: 'A' } }, /version must be the version you last read/],
      [
        'a criterion id that is not a UUID',
        { version: 1, statements: [{ criterionId: 'impact', text: 'x' }] },
        /criterionId/,
      ],
    ])('%s: 400', async (_label, body, message) => {
      const res = await patch(body);

      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(message);
      expect(await stored(draft.id)).toEqual({ status: 'draft', version: 1, nominee_name: 'Original Name' });
    });

    it('a statement over the word limit: 400 naming the criterion, the count and the limit', async () => {
      const values = setup.category.criteria.find((c) => c.title === 'Values')!;

      const res = await patch({ version: 1, statements: [{ criterionId: values.id, text: 'word '.repeat(101) }] });

      expect(res.status).toBe(400);
      expect(res.body.message).toBe('statements: the statement for "Values" has 101 words; the limit is 100');
      expect(await stored(draft.id)).toMatchObject({ version: 1 });
    });

    it('a criterion of another category: 400', async () => {
      const res = await patch({
        version: 1,
        statements: [{ criterionId: '00000000-0000-4000-8000-000000000000', text: 'x' }],
      });

      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/is not a criterion of this category/);
    });

    it('a stale version: 409, and the newer edit stays', async () => {
      await patch({ version: 1, nominee: { name: 'First Edit' } }).expect(200);

      const res = await patch({ version: 1, nominee: { name: 'Stale Edit' } });

      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/Someone changed this nomination since you read it \(it is now at version 2\)/);
      expect(await stored(draft.id)).toEqual({ status: 'draft', version: 2, nominee_name: 'First Edit' });
    });

    it("someone else's nomination: 404 to a colleague, 403 to an admin, unchanged", async () => {
      expect((await patch({ version: 2, nominee: { name: 'Hijack' } }, 'bola')).status).toBe(404);
      const admin = await patch({ version: 2, nominee: { name: 'Hijack' } }, 'priya');
      expect(admin.status).toBe(403);
      expect(admin.body.message).toBe('Only the nominator can change a nomination');
      expect((await api.http.get(`/api/v1/nominations/${draft.id}`).set('Authorization', as('bola'))).status).toBe(404);
      expect(await stored(draft.id)).toMatchObject({ nominee_name: 'First Edit' });
    });

    it('an incomplete nomination cannot be submitted: 422 listing what is missing', async () => {
      const res = await api.http
        .post(`/api/v1/nominations/${draft.id}/submit`)
        .set('Authorization', as('alex'))
        .send({});

      expect(res.status).toBe(422);
      expect(res.body.message).toMatch(
        /the nominee's work e-mail; how you know the nominee \(relationship\); a statement for "Impact"/,
      );
      expect(await stored(draft.id)).toMatchObject({ status: 'draft' });
    });

    it('submitting twice: 422 the second time', async () => {
      const { body } = await create({ ...completeNomination(setup.category), submit: true });

      const again = await api.http
        .post(`/api/v1/nominations/${body.id}/submit`)
        .set('Authorization', as('alex'))
        .send({});

      expect(again.status).toBe(422);
      expect(again.body.message).toBe('This nomination is already submitted; only a draft can be submitted');
    });

    it('two submissions racing: one succeeds, the other is refused', async () => {
      const { body } = await create(completeNomination(setup.category));
      const submit = () =>
        api.http.post(`/api/v1/nominations/${body.id}/submit`).set('Authorization', as('alex')).send({});

      const statuses = (await Promise.all([submit(), submit()])).map((r) => r.status).sort();

      expect(statuses[0]).toBe(200);
      expect([409, 422]).toContain(statuses[1]);
      const [{ count }] = await api.db.query(
        `SELECT count(*)::int AS count FROM audit_records WHERE entity_id = $1 AND action = 'nomination.submitted'`,
        [body.id],
      );
      expect(count).toBe(1);
    });
  });

  describe('teams', () => {
    it('nominates a team with its members, and refuses members in a category for individuals', async () => {
      const teams = await openProgramme(api, {}, { name: 'Team of the Year', nomineeType: 'team' });
      const members = [{ name: 'Ola Bakare', email: 'ola.bakare@example.nhs.uk' }, { name: 'Ruth Green' }];

      const team = await api.http
        .post(`/api/v1/categories/${teams.category.id}/nominations`)
        .set('Authorization', as('alex'))
        .send({
          ...completeNomination(teams.category, { nominee: { name: 'Hospital Discharge Team' } }),
          teamMembers: members,
          submit: true,
        });
      const individual = await create({ nominee: { name: 'Sam Patel' }, teamMembers: members });

      expect(team.status).toBe(201);
      expect(team.body).toMatchObject({
        status: 'submitted',
        nominee: { name: 'Hospital Discharge Team', email: null },
        teamMembers: members,
      });
      expect(individual.status).toBe(400);
      expect(individual.body.message).toBe('teamMembers: this category is for individuals, not teams');
    });
  });

  describe('the nomination window', () => {
    it('refuses nominating in a draft programme, as if it did not exist', async () => {
      const admin = as('priya');
      const programme = await api.http.post('/api/v1/programmes').set('Authorization', admin).send({
        name: 'Draft',
        referencePrefix: 'DRAFT1',
        nominationsOpenAt: '2027-01-01T00:00:00Z',
        nominationsCloseAt: '2027-02-01T00:00:00Z',
      });
      const category = await api.http
        .post(`/api/v1/programmes/${programme.body.id}/categories`)
        .set('Authorization', admin)
        .send({ name: 'Team of the Year', criteria: [{ title: 'Impact', weight: 1, scaleMax: 5, wordLimit: 100 }] });

      const res = await api.http
        .post(`/api/v1/categories/${category.body.id}/nominations`)
        .set('Authorization', as('alex'))
        .send({});

      expect(res.status).toBe(404);
    });

    it('refuses submission after the close time, even before the programme is closed by the clock', async () => {
      const late = await openProgramme(api);
      const { body } = await api.http
        .post(`/api/v1/categories/${late.category.id}/nominations`)
        .set('Authorization', as('alex'))
        .send(completeNomination(late.category));
      await api.db.query(`UPDATE programmes SET nominations_close_at = now() - interval '1 minute' WHERE id = $1`, [
        late.programme.id,
      ]);

      const res = await api.http
        .post(`/api/v1/nominations/${body.id}/submit`)
        .set('Authorization', as('alex'))
        .send({});

      expect(res.status).toBe(422);
      expect(res.body.code).toBe('nomination.closed');
      expect(await stored(body.id)).toMatchObject({ status: 'draft' });
    });

    it('refuses nominating once the programme is closed', async () => {
      const closed = await openProgramme(api);
      await api.http
        .post(`/api/v1/programmes/${closed.programme.id}/close`)
        .set('Authorization', as('priya'))
        .expect(200);

      const res = await api.http
        .post(`/api/v1/categories/${closed.category.id}/nominations`)
        .set('Authorization', as('alex'))
        .send({});

      expect(res.status).toBe(422);
      expect(res.body.message).toMatch(/not taking nominations now/);
    });
  });

  describe('the privacy check', () => {
    const withNhsNumber = () =>
      completeNomination(setup.category, {
        statements: setup.category.criteria.map((c, i) => ({
          criterionId: c.id,
          text: i === 0 ? 'She found the child, NHS number 943 476 5919, alone at home.' : 'Calm and thorough.',
        })),
      });

    it('reports each finding with its place, masked', async () => {
      const { body } = await create(withNhsNumber());

      const res = await api.http.post(`/api/v1/nominations/${body.id}/privacy-check`).set('Authorization', as('alex'));

      expect(res.status).toBe(200);
      expect(res.body.findings).toEqual([
        {
          kind: 'nhs_number',
          label: 'NHS number',
          source: { type: 'statement', criterionId: setup.category.criteria[0].id, criterionTitle: 'Impact' },
          start: 32,
          end: 44,
          masked: expect.not.stringContaining('943 476 5919'),
        },
      ]);
    });

    it('is not an edit: the next edit with the version read before it still succeeds', async () => {
      const { body } = await create(withNhsNumber());
      await api.http.post(`/api/v1/nominations/${body.id}/privacy-check`).set('Authorization', as('alex')).expect(200);

      const edit = await api.http
        .patch(`/api/v1/nominations/${body.id}`)
        .set('Authorization', as('alex'))
        .send({
          version: body.version,
          statements: [{ criterionId: setup.category.criteria[0].id, text: 'She found the child alone at home.' }],
        });

      expect(edit.status).toBe(200);
      expect(edit.body.privacy.findings).toHaveLength(1); // as last checked, until the next check
    });

    it('asks the nominator to confirm before submitting, then accepts the confirmation', async () => {
      const { body } = await create(withNhsNumber());
      const submit = (confirm: boolean) =>
        api.http
          .post(`/api/v1/nominations/${body.id}/submit`)
          .set('Authorization', as('alex'))
          .send({ confirmPrivacyFindings: confirm });

      const unconfirmed = await submit(false);
      expect(unconfirmed.status).toBe(422);
      expect(unconfirmed.body.code).toBe('nomination.privacy_unconfirmed');
      expect(unconfirmed.body.details.findings).toHaveLength(1);

      const confirmed = await submit(true);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.privacy).toMatchObject({
        confirmed: true,
        findings: [expect.objectContaining({ kind: 'nhs_number' })],
      });
    });

    it('blocks submission when the programme says so, keeping the draft', async () => {
      const strict = await openProgramme(api, { privacyFindingsBlockSubmission: true });
      const res = await api.http
        .post(`/api/v1/categories/${strict.category.id}/nominations`)
        .set('Authorization', as('alex'))
        .send({
          ...completeNomination(strict.category, {
            statements: strict.category.criteria.map((c) => ({
              criterionId: c.id,
              text: 'Call his mum on 07700 900123.',
            })),
          }),
          submit: true,
          confirmPrivacyFindings: true,
        });

      expect(res.status).toBe(422);
      expect(res.body.code).toBe('nomination.privacy_blocked');
      expect(await stored(res.body.details.nominationId)).toMatchObject({ status: 'draft' });
    });
  });

  describe('screening', () => {
    it('lets an admin mark a submitted nomination ineligible with a reason the nominator can see', async () => {
      const { body } = await create({ ...completeNomination(setup.category), submit: true });

      const screened = await api.http
        .post(`/api/v1/nominations/${body.id}/screening`)
        .set('Authorization', as('priya'))
        .send({ decision: 'ineligible', reason: 'The nominee joined after the eligibility date.' });
      const seen = await api.http.get(`/api/v1/nominations/${body.id}`).set('Authorization', as('alex'));

      expect(screened.status).toBe(200);
      expect(seen.body.screening).toEqual({
        decision: 'ineligible',
        reason: 'The nominee joined after the eligibility date.',
        screenedAt: expect.any(String),
      });
    });

    it('refuses a colleague (403), a draft (422) and a missing reason (400)', async () => {
      const { body } = await create({ nominee: { name: 'Not yet' } });
      const screen = (user: string, payload: Record<string, unknown>) =>
        api.http.post(`/api/v1/nominations/${body.id}/screening`).set('Authorization', as(user)).send(payload);

      expect((await screen('alex', { decision: 'eligible', reason: 'ok' })).status).toBe(403);
      expect((await screen('priya', { decision: 'eligible', reason: 'ok' })).status).toBe(422);
      expect((await screen('priya', { decision: 'eligible' })).body.message).toMatch(/reason must say why/);
      expect(await stored(body.id)).toMatchObject({ status: 'draft' });
    });

    it('gives admins a filtered, paginated list', async () => {
      const res = await api.http
        .get('/api/v1/nominations')
        .query({ categoryId: setup.category.id, status: 'submitted', page: 1, pageSize: 2 })
        .set('Authorization', as('priya'));

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ page: 1, pageSize: 2, total: expect.any(Number) });
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      expect(res.body.items.every((n: { status: string }) => n.status === 'submitted')).toBe(true);
      expect((await api.http.get('/api/v1/nominations').set('Authorization', as('alex'))).status).toBe(403);
    });
  });
});
