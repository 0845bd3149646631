import {
  addTeamCategory,
  completeNomination,
  eligibleNomination,
  openProgramme,
  setPanel,
  signIn,
  startTestApi,
  type OpenProgramme,
  type TestApi,
} from '@commend/testing';

/** A judge on another category's panel, and a judge new to Commend. */
const KIM = { oid: '0b5e0b5e-0000-4000-8000-00000000000b', name: 'Kim Osei', email: 'kim.osei@example.nhs.uk' };
const RIA = { oid: '0b5e0b5e-0000-4000-8000-00000000000c', name: 'Ria Gill', email: 'ria.gill@example.nhs.uk' };
const JUDGE = ['Awards.Judge'];

describe('Judging', () => {
  let api: TestApi;
  let setup: OpenProgramme;
  let teamCategory: OpenProgramme['category'];
  const ids: Record<string, string> = {};
  const noms: Record<string, { id: string; reference: string }> = {};
  const as = (user: string | typeof KIM, roles?: string[]) => `Bearer ${api.token(user, roles)}`;
  const fullScores = (values: number[]) =>
    setup.category.criteria.map((c, i) => ({ criterionId: c.id, score: values[i] }));
  const assignments = async (user: string | typeof KIM, roles?: string[]) =>
    (await api.http.get('/api/v1/judging/assignments').set('Authorization', as(user, roles)).expect(200)).body as {
      progress: { assigned: number };
      categories: { id: string; nominations: { id: string }[] }[];
    };
  /** The nominations a judge is shown in this suite's two categories. */
  const seen = async (user: string | typeof KIM, roles?: string[]) =>
    (await assignments(user, roles)).categories
      .filter((c) => c.id === setup.category.id || c.id === teamCategory.id)
      .flatMap((c) => c.nominations.map((n) => n.id));
  const card = async (nominationId: string, judge: string) =>
    (
      await api.db.query<{ status: string; version: number }[]>(
        'SELECT s.status, s.version FROM scorecards s JOIN users u ON u.id = s.judge_id WHERE s.nomination_id = $1 AND u.display_name = $2',
        [nominationId, judge],
      )
    )[0];
  const audit = (action: string, entityId: string) =>
    api.db.query<{ data: Record<string, unknown> }[]>(
      'SELECT data FROM audit_records WHERE action = $1 AND entity_id = $2',
      [action, entityId],
    );

  beforeAll(async () => {
    api = await startTestApi();
    setup = await openProgramme(api, { peerScoresVisibleAfterOwn: true });
    for (const user of ['sam', 'lee', 'jo', 'dee', 'alex']) ids[user] = await signIn(api, user);
    ids.kim = await signIn(api, KIM, JUDGE);
    teamCategory = await addTeamCategory(api, setup.programme.id);

    noms.plain = await eligibleNomination(api, setup.category);
    noms.bySam = await eligibleNomination(
      api,
      setup.category,
      { nominee: { name: 'Ade Bello', email: 'ade.bello@example.nhs.uk' } },
      'sam',
    );
    noms.ofLee = await eligibleNomination(api, setup.category, {
      nominee: { name: 'Lee Chen', email: 'lee.chen@example.nhs.uk' },
    });
    noms.joTeam = await eligibleNomination(api, setup.category, {
      nominee: { name: 'Tom Reid', email: 'tom.reid@example.nhs.uk', team: 'Adult Safeguarding Hub' },
    });
    noms.team = await eligibleNomination(api, teamCategory, {
      nominee: { name: 'Hospital Discharge Team' },
      teamMembers: [{ name: 'Sam Okafor', email: 'sam.okafor@example.nhs.uk' }, { name: 'Nia Cole' }],
    });
    // Submitted, not yet screened: judges must not learn of it.
    const pending = await api.http
      .post(`/api/v1/categories/${setup.category.id}/nominations`)
      .set('Authorization', as('bola'))
      .send({ ...completeNomination(setup.category), submit: true, confirmPrivacyFindings: true })
      .expect(201);
    noms.pending = pending.body as { id: string; reference: string };

    await setPanel(api, setup.category.id, [
      { userId: ids.sam },
      { userId: ids.lee },
      { userId: ids.jo, chair: true, team: 'adult safeguarding hub' },
    ]);
    await setPanel(api, teamCategory.id, [{ userId: ids.jo, chair: true }, { userId: ids.sam }, { userId: ids.kim }]);
  });
  afterAll(async () => {
    await api.close();
  });

  describe('panels', () => {
    it('matches a member set by e-mail when they first open their judging, and tells new members', async () => {
      const other = await openProgramme(api);
      const n = await eligibleNomination(api, other.category);
      await setPanel(api, other.category.id, [{ userId: ids.jo, chair: true }, { email: 'RIA.GILL@example.nhs.uk' }]);
      const before = await api.http
        .get(`/api/v1/categories/${other.category.id}/panel`)
        .set('Authorization', as('priya'));
      expect(before.body.members).toEqual([
        expect.objectContaining({ userId: ids.jo, chair: true, signedIn: true }),
        expect.objectContaining({ userId: null, email: 'ria.gill@example.nhs.uk', signedIn: false }),
      ]);

      const ria = await assignments(RIA, JUDGE);
      expect(ria.categories.flatMap((c) => c.nominations.map((x) => x.id))).toEqual([n.id]);
      const after = await api.http.get(`/api/v1/categories/${other.category.id}/panel`).set('Authorization', as('jo'));
      expect(after.body.members[1]).toMatchObject({ name: 'Ria Gill', signedIn: true });

      const events = await api.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM outbox_events WHERE type = 'panel.assigned' AND payload->>'categoryId' = $1`,
        [other.category.id],
      );
      expect(events[0].n).toBe(2);
    });

    it('gives a membership set by e-mail only to the person whose sign-in name it is, never to a token claiming the address', async () => {
      const ANA = { oid: '0b5e0b5e-0000-4000-8000-00000000000d', name: 'Ana Ruiz', email: 'ana.ruiz@example.nhs.uk' };
      const MALLORY = {
        oid: '0b5e0b5e-0000-4000-8000-00000000000e',
        name: 'Mal Lory',
        email: 'mal.lory@example.nhs.uk',
      };
      const GUEST = { oid: '0b5e0b5e-0000-4000-8000-00000000000f', name: 'Ana Ruiz', email: ANA.email };
      // Judges both, signed in before the membership exists, their tokens carrying Ana's address.
      const mallory = `Bearer ${api.token(MALLORY, JUDGE, { claims: { email: ANA.email } })}`;
      const guest = `Bearer ${api.token(GUEST, JUDGE, { claims: { idp: 'https://sts.windows.net/0b5e0b5e-0000-4000-8000-0000000000ff/' } })}`;
      await api.http.get('/api/v1/me').set('Authorization', mallory).expect(200);
      await api.http.get('/api/v1/me').set('Authorization', guest).expect(200);
      const other = await openProgramme(api);
      const n = await eligibleNomination(api, other.category);

      await setPanel(api, other.category.id, [{ userId: ids.jo, chair: true }, { email: ANA.email }]);

      const panel = async () =>
        (await api.http.get(`/api/v1/categories/${other.category.id}/panel`).set('Authorization', as('priya'))).body
          .members[1];
      expect(await panel()).toMatchObject({ userId: null, email: ANA.email, signedIn: false });
      for (const claimant of [mallory, guest]) {
        const res = await api.http.get('/api/v1/judging/assignments').set('Authorization', claimant).expect(200);
        expect(res.body.categories.map((c: { id: string }) => c.id)).not.toContain(other.category.id);
      }
      expect(await panel()).toMatchObject({ userId: null, signedIn: false });
      const stored = await api.db.query(
        'SELECT object_id, username, email FROM users WHERE object_id IN ($1, $2) ORDER BY object_id',
        [MALLORY.oid, GUEST.oid],
      );
      expect(stored).toEqual([
        { object_id: MALLORY.oid, username: MALLORY.email, email: MALLORY.email },
        { object_id: GUEST.oid, username: null, email: null },
      ]);

      const ana = await assignments(ANA, JUDGE);

      expect(ana.categories.flatMap((c) => c.nominations.map((x) => x.id))).toEqual([n.id]);
      expect(await panel()).toMatchObject({ name: 'Ana Ruiz', signedIn: true });
    });

    it('records the conflicts a membership set by e-mail brings when its judge first opens their judging', async () => {
      const NEW = { oid: '0b5e0b5e-0000-4000-8000-000000000012', name: 'Nia Cole', email: 'nia.cole@example.nhs.uk' };
      const other = await openProgramme(api);
      const ofNia = await eligibleNomination(api, other.category, { nominee: { name: NEW.name, email: NEW.email } });
      const plain = await eligibleNomination(api, other.category);
      await setPanel(api, other.category.id, [{ userId: ids.jo, chair: true }, { email: NEW.email }]);

      const nia = await assignments(NEW, JUDGE);

      expect(nia.categories.flatMap((c) => c.nominations.map((x) => x.id))).toEqual([plain.id]);
      const listed = await api.http
        .get(`/api/v1/categories/${other.category.id}/conflicts`)
        .set('Authorization', as('priya'));
      expect(listed.body).toEqual([
        expect.objectContaining({
          nominationId: ofNia.id,
          judgeName: 'Nia Cole',
          source: 'system',
          reason: 'The judge is the nominee',
        }),
      ]);
      expect(await audit('conflict.raised', ofNia.id)).toHaveLength(1);
    });

    it('asks for the user id when two people have signed in with the address an admin gives', async () => {
      const sameName = { name: 'Chris Lowe', email: 'chris.lowe@example.nhs.uk' };
      await signIn(api, { oid: '0b5e0b5e-0000-4000-8000-000000000010', ...sameName });
      await signIn(api, { oid: '0b5e0b5e-0000-4000-8000-000000000011', ...sameName });

      const res = await api.http
        .put(`/api/v1/categories/${teamCategory.id}/panel`)
        .set('Authorization', as('priya'))
        .send({ members: [{ userId: ids.jo, chair: true }, { email: sameName.email }] });

      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/more than one person has signed in with this address; give their userId/);
    });

    it.each([
      ['no chair', [{ userId: 'SAM' }], /at least one chair/],
      ['a member twice', [{ userId: 'SAM', chair: true }, { email: 'sam.okafor@example.nhs.uk' }], /twice/],
      ['both user id and e-mail', [{ userId: 'SAM', email: 'x@example.nhs.uk', chair: true }], /userId or email/],
      ['neither', [{ chair: true }], /userId or email/],
      ['an unknown user', [{ userId: '00000000-0000-4000-8000-000000000000', chair: true }], /no user/],
      ['a bad e-mail', [{ email: 'not-an-email', chair: true }], /e-mail address/],
      ['no members', [], /at least one judge/],
    ])('refuses a panel with %s, and keeps the panel it had', async (_case, members, message) => {
      const body = {
        members: (members as Record<string, unknown>[]).map((m) =>
          m.userId === 'SAM' ? { ...m, userId: ids.sam } : m,
        ),
      };
      const res = await api.http
        .put(`/api/v1/categories/${setup.category.id}/panel`)
        .set('Authorization', as('priya'))
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(message);
      const panel = await api.http
        .get(`/api/v1/categories/${setup.category.id}/panel`)
        .set('Authorization', as('priya'));
      expect(panel.body.members.map((m: { userId: string }) => m.userId).sort()).toEqual(
        [ids.sam, ids.lee, ids.jo].sort(),
      );
    });
  });

  describe('assignments and conflicts', () => {
    it('shows each judge the eligible nominations of their panels, minus those the system recused them from', async () => {
      expect((await seen('sam')).sort()).toEqual([noms.plain.id, noms.ofLee.id, noms.joTeam.id].sort());
      expect((await seen('lee')).sort()).toEqual([noms.plain.id, noms.bySam.id, noms.joTeam.id].sort());
      expect((await seen('jo')).sort()).toEqual([noms.plain.id, noms.bySam.id, noms.ofLee.id, noms.team.id].sort());
      expect((await seen(KIM, JUDGE)).sort()).toEqual([noms.team.id]);
      // The counts and lists say nothing of the hidden ones; they are only the judge's own conflicts.
      const sam = await assignments('sam');
      expect(sam.progress.assigned).toBe(3);
      const withoutConflicts = JSON.stringify({
        ...sam,
        categories: sam.categories.map((c) => ({ ...c, conflicts: undefined })),
      });
      expect(withoutConflicts).not.toContain(noms.bySam.reference);
      expect(withoutConflicts).not.toContain(noms.team.reference);
    });

    it('records each system recusal with its reason', async () => {
      const list = await api.http
        .get(`/api/v1/categories/${setup.category.id}/conflicts`)
        .set('Authorization', as('priya'));
      expect(list.status).toBe(200);
      const reasons = Object.fromEntries(
        (list.body as { reference: string; judgeName: string; source: string; reason: string }[]).map((c) => [
          `${c.reference} ${c.judgeName}`,
          `${c.source}: ${c.reason}`,
        ]),
      );
      expect(reasons).toEqual({
        [`${noms.bySam.reference} Sam Okafor`]: 'system: The judge nominated this nominee',
        [`${noms.ofLee.reference} Lee Chen`]: 'system: The judge is the nominee',
        [`${noms.joTeam.reference} Jo Whitfield`]:
          "system: The nominee is in the judge's team or service (adult safeguarding hub)",
      });
      const team = await api.http.get(`/api/v1/categories/${teamCategory.id}/conflicts`).set('Authorization', as('jo'));
      expect(team.body).toEqual([
        expect.objectContaining({ judgeName: 'Sam Okafor', reason: 'The judge is a member of the nominated team' }),
      ]);
      expect(await audit('conflict.raised', noms.bySam.id)).toEqual([
        { data: expect.objectContaining({ judgeId: ids.sam, source: 'system' }) },
      ]);
    });

    it('recuses a judge from a nomination screened after the panel was set at once, though only a fact change records it', async () => {
      const other = await openProgramme(api);
      await setPanel(api, other.category.id, [{ userId: ids.sam }, { userId: ids.jo, chair: true }]);
      const plain = await eligibleNomination(api, other.category);
      const bySam = await eligibleNomination(api, other.category, {}, 'sam'); // no worker here records it
      const recorded = () =>
        api.db.query('SELECT 1 FROM conflicts WHERE nomination_id = $1 AND judge_id = $2', [bySam.id, ids.sam]);

      const shown = (await assignments('sam')).categories.find((c) => c.id === other.category.id)!;
      const view = await api.http.get(`/api/v1/judging/nominations/${bySam.id}`).set('Authorization', as('sam'));
      const results = await api.http
        .get(`/api/v1/categories/${other.category.id}/results`)
        .set('Authorization', as('jo'));
      const listed = await api.http
        .get(`/api/v1/categories/${other.category.id}/conflicts`)
        .set('Authorization', as('jo'));

      expect(shown.nominations.map((x) => x.id)).toEqual([plain.id]);
      expect(view.status).toBe(403);
      expect(view.body.code).toBe('judging.recused');
      expect(results.body.judges.find((j: { judgeId: string }) => j.judgeId === ids.sam)).toMatchObject({
        expected: 1,
      });
      // Reads only read: nothing is recorded by them.
      expect(listed.body).toEqual([]);
      expect(await recorded()).toHaveLength(0);
      expect(await audit('conflict.raised', bySam.id)).toHaveLength(0);

      // A panel change is a fact change: it records the conflict, once.
      await setPanel(api, other.category.id, [{ userId: ids.sam }, { userId: ids.jo, chair: true }]);
      await setPanel(api, other.category.id, [{ userId: ids.sam }, { userId: ids.jo, chair: true }]);
      const after = await api.http
        .get(`/api/v1/categories/${other.category.id}/conflicts`)
        .set('Authorization', as('jo'));
      expect(after.body).toEqual([
        expect.objectContaining({ judgeId: ids.sam, source: 'system', reason: 'The judge nominated this nominee' }),
      ]);
      expect(await audit('conflict.raised', bySam.id)).toHaveLength(1);
    });

    it('refuses a recused judge the nomination, its evidence and its scorecard, saying nothing of it', async () => {
      const routes = [
        api.http.get(`/api/v1/judging/nominations/${noms.bySam.id}`),
        api.http.get(`/api/v1/judging/nominations/${noms.bySam.id}/evidence/00000000-0000-4000-8000-000000000000`),
        api.http.get(`/api/v1/judging/nominations/${noms.bySam.id}/scorecards`),
        api.http.get(`/api/v1/nominations/${noms.bySam.id}/scorecard`),
        api.http.put(`/api/v1/nominations/${noms.bySam.id}/scorecard`).send({ scores: fullScores([5, 5, 3]) }),
        api.http.post(`/api/v1/nominations/${noms.bySam.id}/scorecard/submit`),
      ];
      for (const route of routes) {
        const res = await route.set('Authorization', as('sam'));
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('judging.recused');
        expect(JSON.stringify(res.body)).not.toMatch(/Ade|Bello|SWW/);
      }
      expect(await card(noms.bySam.id, 'Sam Okafor')).toBeUndefined();
    });

    it('lets a judge declare a conflict, which hides the nomination and drops their scorecard from the results', async () => {
      await api.http
        .put(`/api/v1/nominations/${noms.plain.id}/scorecard`)
        .set('Authorization', as('lee'))
        .send({ scores: fullScores([9, 9, 5]) })
        .expect(200);
      await api.http
        .post(`/api/v1/nominations/${noms.plain.id}/scorecard/submit`)
        .set('Authorization', as('lee'))
        .expect(200);
      const declared = await api.http
        .post(`/api/v1/nominations/${noms.plain.id}/conflicts`)
        .set('Authorization', as('lee'))
        .send({ reason: 'I supervised the nominee last year' });
      expect(declared.status).toBe(200);
      expect(declared.body).toMatchObject({
        judgeId: ids.lee,
        source: 'declared',
        reason: 'I supervised the nominee last year',
      });
      expect(await seen('lee')).not.toContain(noms.plain.id);
      const results = await api.http
        .get(`/api/v1/categories/${setup.category.id}/results`)
        .set('Authorization', as('dee'));
      const row = results.body.nominations.find((n: { id: string }) => n.id === noms.plain.id);
      expect(row.scorecards).toBe(0);
      expect(results.body.judges.find((j: { judgeId: string }) => j.judgeId === ids.lee)).toMatchObject({
        expected: 2,
      });
      expect(
        await api.db.query(
          `SELECT 1 FROM outbox_events WHERE type = 'conflict.declared' AND payload->>'judgeId' = $1`,
          [ids.lee],
        ),
      ).toHaveLength(1);
    });

    it('lets an admin declare a conflict for a judge and clear one; a cleared system conflict stays cleared', async () => {
      const byAdmin = await api.http
        .post(`/api/v1/nominations/${noms.joTeam.id}/conflicts`)
        .set('Authorization', as('priya'))
        .send({ reason: 'Line manager of the nominee', judgeId: ids.sam });
      expect(byAdmin.body).toMatchObject({ judgeId: ids.sam, source: 'admin' });
      expect(await seen('sam')).not.toContain(noms.joTeam.id);

      const cleared = await api.http
        .post(`/api/v1/nominations/${noms.bySam.id}/conflicts/${ids.sam}/clear`)
        .set('Authorization', as('priya'))
        .send({ reason: 'Sam only forwarded the form for a colleague' });
      expect(cleared.status).toBe(200);
      expect(cleared.body.cleared).toMatchObject({ reason: 'Sam only forwarded the form for a colleague' });
      expect(await seen('sam')).toContain(noms.bySam.id);
      expect(await seen('sam')).toContain(noms.bySam.id); // not raised again on the next read
      expect(await audit('conflict.cleared', noms.bySam.id)).toHaveLength(1);
    });

    it('refuses conflicts from those who may not declare them', async () => {
      const cases = [
        { user: 'sam', body: { reason: 'For Lee', judgeId: ids.lee }, status: 403 },
        { user: KIM, body: { reason: 'Not my panel' }, status: 404 }, // as for a nomination that does not exist
        { user: 'priya', body: { reason: 'Not a judge here', judgeId: ids.kim }, status: 400 },
        { user: 'sam', body: { reason: '' }, status: 400 },
      ];
      for (const c of cases) {
        const res = await api.http
          .post(`/api/v1/nominations/${noms.plain.id}/conflicts`)
          .set('Authorization', typeof c.user === 'string' ? as(c.user) : as(c.user, JUDGE))
          .send(c.body);
        expect(res.status).toBe(c.status);
      }
      const clearMissing = await api.http
        .post(`/api/v1/nominations/${noms.plain.id}/conflicts/${ids.sam}/clear`)
        .set('Authorization', as('priya'))
        .send({ reason: 'There is none' });
      expect(clearMissing.status).toBe(404);
    });

    it('never shows judges a nomination that is not eligible', async () => {
      expect(await seen('jo')).not.toContain(noms.pending.id);
      const res = await api.http.get(`/api/v1/judging/nominations/${noms.pending.id}`).set('Authorization', as('jo'));
      expect(res.status).toBe(404);
    });
  });

  describe('scorecards', () => {
    const put = (user: string, body: Record<string, unknown>, id = noms.ofLee.id) =>
      api.http.put(`/api/v1/nominations/${id}/scorecard`).set('Authorization', as(user)).send(body);

    it('saves drafts freely, then submits a complete scorecard and locks it', async () => {
      const first = await put('sam', { scores: [{ criterionId: setup.category.criteria[0].id, score: 7 }] });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ status: 'draft', version: 2 });
      expect(first.body.scores.map((s: { score: number | null }) => s.score)).toEqual([7, null, null]);

      const incomplete = await api.http
        .post(`/api/v1/nominations/${noms.ofLee.id}/scorecard/submit`)
        .set('Authorization', as('sam'));
      expect(incomplete.status).toBe(422);
      expect(incomplete.body.message).toMatch(/"Practice"; "Values"/);
      expect(await card(noms.ofLee.id, 'Sam Okafor')).toEqual({ status: 'draft', version: 2 });

      const second = await put('sam', {
        version: 2,
        scores: [
          { criterionId: setup.category.criteria[1].id, score: 6, comment: 'Clear practice' },
          { criterionId: setup.category.criteria[2].id, score: 4 },
        ],
        overallComment: 'Strong',
      });
      expect(second.body.scores.map((s: { score: number | null }) => s.score)).toEqual([7, 6, 4]);
      const submitted = await api.http
        .post(`/api/v1/nominations/${noms.ofLee.id}/scorecard/submit`)
        .set('Authorization', as('sam'));
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({ status: 'submitted', overallComment: 'Strong' });
      expect(await audit('scorecard.submitted', submitted.body.id)).toHaveLength(1);

      const edit = await put('sam', { version: submitted.body.version, scores: fullScores([1, 1, 1]) });
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('scorecard.already_submitted');
      const again = await api.http
        .post(`/api/v1/nominations/${noms.ofLee.id}/scorecard/submit`)
        .set('Authorization', as('sam'));
      expect(again.status).toBe(409);
      const mine = await api.http.get(`/api/v1/nominations/${noms.ofLee.id}/scorecard`).set('Authorization', as('sam'));
      expect(mine.body.scores.map((s: { score: number | null }) => s.score)).toEqual([7, 6, 4]);
    });

    describe('bad scores', () => {
      beforeAll(async () => {
        await put('jo', { scores: fullScores([2, 2, 2]) }, noms.plain.id).expect(200);
      });

      it.each([
        ['a score above the scale', { scores: [11, 5, 3] }, /from 0 to 10; 11 is outside it/],
        ['a score above a smaller scale', { scores: [5, 5, 6] }, /"Values" is scored from 0 to 5/],
        ['a fractional score', { scores: [7.5, 5, 3] }, /whole number/],
        ['a negative score', { scores: [-1, 5, 3] }, /not be negative/],
        ['a score as text', { scores: ['5', 5, 3] }, /whole number/],
        ['a criterion of another category', { scores: 'TEAM' }, /not a criterion/],
        ['a criterion twice', { scores: 'TWICE' }, /twice/],
        ['no version once the scorecard exists', { scores: [5, 5, 3], version: null }, /send the version you read/],
      ])('refuses %s with 400 and changes nothing', async (_case, body, message) => {
        const before = await card(noms.plain.id, 'Jo Whitfield');
        const scores =
          body.scores === 'TEAM'
            ? [{ criterionId: teamCategory.criteria[0].id, score: 1 }]
            : body.scores === 'TWICE'
              ? [...fullScores([5, 5, 3]), { criterionId: setup.category.criteria[0].id, score: 1 }]
              : fullScores(body.scores as number[]);
        const version = 'version' in body ? undefined : before.version;
        const res = await put('jo', { version, scores }, noms.plain.id);
        expect(res.status).toBe(400);
        expect(res.body.message).toMatch(message);
        expect(await card(noms.plain.id, 'Jo Whitfield')).toEqual(before);
      });
    });

    it('refuses a stale version with 409', async () => {
      const current = await card(noms.plain.id, 'Jo Whitfield');
      const res = await put('jo', { version: current.version - 1, scores: fullScores([3, 3, 3]) }, noms.plain.id);
      expect(res.status).toBe(409);
      expect(await card(noms.plain.id, 'Jo Whitfield')).toEqual(current);
    });

    it('refuses a judge scoring a nomination they are not assigned to, as if it did not exist', async () => {
      const res = await api.http
        .put(`/api/v1/nominations/${noms.plain.id}/scorecard`)
        .set('Authorization', as(KIM, JUDGE))
        .send({ scores: fullScores([5, 5, 3]) });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('nomination.not_found');
      expect(await card(noms.plain.id, 'Kim Osei')).toBeUndefined();
    });

    it('submits once when two submits race', async () => {
      const id = noms.joTeam.id; // lee and sam: sam was recused by an admin above, lee is free
      await put('lee', { scores: fullScores([6, 6, 3]) }, id).expect(200);
      const results = await Promise.all(
        Array.from({ length: 4 }, () =>
          api.http.post(`/api/v1/nominations/${id}/scorecard/submit`).set('Authorization', as('lee')),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
      const [{ n }] = await api.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_records a JOIN scorecards s ON s.id::text = a.entity_id
         WHERE a.action = 'scorecard.submitted' AND s.nomination_id = $1`,
        [id],
      );
      expect(n).toBe(1);
    });

    it("shows a judge the others' scores only after submitting their own", async () => {
      const id = noms.bySam.id; // lee and jo are on it; sam's conflict was cleared
      await put('lee', { scores: fullScores([8, 8, 4]) }, id).expect(200);
      const early = await api.http.get(`/api/v1/judging/nominations/${id}/scorecards`).set('Authorization', as('sam'));
      expect(early.status).toBe(403);
      expect(early.body.message).toMatch(/Submit your own scorecard/);
      await api.http.post(`/api/v1/nominations/${id}/scorecard/submit`).set('Authorization', as('lee')).expect(200);
      await put('sam', { scores: fullScores([5, 5, 3]) }, id).expect(200);
      await api.http.post(`/api/v1/nominations/${id}/scorecard/submit`).set('Authorization', as('sam')).expect(200);
      const peers = await api.http.get(`/api/v1/judging/nominations/${id}/scorecards`).set('Authorization', as('sam'));
      expect(peers.status).toBe(200);
      expect(peers.body).toEqual([expect.objectContaining({ judgeName: 'Lee Chen', status: 'submitted' })]);
      // The chair sees them without scoring.
      const chair = await api.http.get(`/api/v1/judging/nominations/${id}/scorecards`).set('Authorization', as('jo'));
      expect(chair.body.map((c: { judgeName: string }) => c.judgeName).sort()).toEqual(['Lee Chen', 'Sam Okafor']);
    });

    it("hides the others' scores when the programme does not allow them", async () => {
      const other = await openProgramme(api);
      const n = await eligibleNomination(api, other.category);
      await setPanel(api, other.category.id, [{ userId: ids.jo, chair: true }, { userId: ids.sam }]);
      const scores = other.category.criteria.map((c) => ({ criterionId: c.id, score: 1 }));
      await api.http
        .put(`/api/v1/nominations/${n.id}/scorecard`)
        .set('Authorization', as('sam'))
        .send({ scores })
        .expect(200);
      await api.http.post(`/api/v1/nominations/${n.id}/scorecard/submit`).set('Authorization', as('sam')).expect(200);
      const peers = await api.http
        .get(`/api/v1/judging/nominations/${n.id}/scorecards`)
        .set('Authorization', as('sam'));
      expect(peers.status).toBe(403);
      expect(peers.body.message).toMatch(/does not show judges each other's scores/);
    });

    it('lets the chair reopen a submitted scorecard with a reason, audited', async () => {
      const url = `/api/v1/nominations/${noms.ofLee.id}/scorecards/${ids.sam}/reopen`;
      const byJudge = await api.http.post(url).set('Authorization', as('sam')).send({ reason: 'Mine' });
      expect(byJudge.status).toBe(403);
      const noReason = await api.http.post(url).set('Authorization', as('jo')).send({});
      expect(noReason.status).toBe(400);
      const reopened = await api.http
        .post(url)
        .set('Authorization', as('jo'))
        .send({ reason: 'Impact looks mis-keyed' });
      expect(reopened.status).toBe(200);
      expect(reopened.body).toMatchObject({ status: 'draft', reopened: { reason: 'Impact looks mis-keyed' } });
      expect(await audit('scorecard.reopened', reopened.body.id)).toEqual([
        { data: expect.objectContaining({ judgeId: ids.sam, reason: 'Impact looks mis-keyed' }) },
      ]);
      const twice = await api.http.post(url).set('Authorization', as('jo')).send({ reason: 'Again' });
      expect(twice.status).toBe(409);
      await put('sam', { version: reopened.body.version, scores: fullScores([8, 6, 4]) }).expect(200);
      await api.http
        .post(`/api/v1/nominations/${noms.ofLee.id}/scorecard/submit`)
        .set('Authorization', as('sam'))
        .expect(200);
    });
  });

  describe('outcomes', () => {
    const outcomesUrl = () => `/api/v1/categories/${setup.category.id}/outcomes`;
    const winner = (nominationId: string) => ({
      nominationId,
      kind: 'winner',
      citation: 'For steady, brave safeguarding practice',
      rationale: 'Highest weighted and normalised score',
    });
    const status = async () =>
      (await api.http.get(outcomesUrl()).set('Authorization', as('priya')).expect(200)).body as {
        status: string;
        version: number;
      };

    it('are proposed only after nominations close', async () => {
      const res = await api.http
        .put(outcomesUrl())
        .set('Authorization', as('jo'))
        .send({ minutes: 'Early', outcomes: [winner(noms.ofLee.id)] });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('judging.closed');
      expect((await status()).status).toBe('open');
    });

    it('refuses more winners than the category has, an ineligible nomination, and approving what was not proposed', async () => {
      await api.http
        .post(`/api/v1/programmes/${setup.programme.id}/close`)
        .set('Authorization', as('priya'))
        .expect(200);
      const tooMany = await api.http
        .put(outcomesUrl())
        .set('Authorization', as('jo'))
        .send({ minutes: 'Two winners?', outcomes: [winner(noms.ofLee.id), winner(noms.plain.id)] });
      expect(tooMany.status).toBe(422);
      expect(tooMany.body.message).toMatch(/1 winner; 2 were proposed/);
      const ineligible = await api.http
        .put(outcomesUrl())
        .set('Authorization', as('jo'))
        .send({ minutes: 'Pending one', outcomes: [winner(noms.pending.id)] });
      expect(ineligible.status).toBe(422);
      expect(ineligible.body.code).toBe('outcomes.not_eligible');
      const approve = await api.http
        .post(`${outcomesUrl()}/approve`)
        .set('Authorization', as('dee'))
        .send({ version: 1 });
      expect(approve.status).toBe(409);
      expect(approve.body.code).toBe('outcomes.not_proposed');
      expect((await status()).status).toBe('open');
      expect(await api.db.query('SELECT 1 FROM outcomes')).toHaveLength(0);
    });

    it('goes from proposal to return to approval; the programme is decided when its last category is approved', async () => {
      const proposed = await api.http
        .put(outcomesUrl())
        .set('Authorization', as('jo'))
        .send({
          minutes: 'Panel met 3 March; all scorecards in.',
          outcomes: [winner(noms.ofLee.id), { ...winner(noms.bySam.id), kind: 'highly_commended' }],
        });
      expect(proposed.status).toBe(200);
      expect(proposed.body).toMatchObject({ status: 'proposed', minutes: 'Panel met 3 March; all scorecards in.' });

      const stale = await api.http
        .post(`${outcomesUrl()}/approve`)
        .set('Authorization', as('dee'))
        .send({ version: proposed.body.version - 1 });
      expect(stale.status).toBe(409);
      const returned = await api.http
        .post(`${outcomesUrl()}/return`)
        .set('Authorization', as('dee'))
        .send({ version: proposed.body.version, comment: 'Please say more in the citation' });
      expect(returned.body).toMatchObject({ status: 'returned', returnComment: 'Please say more in the citation' });
      const approveReturned = await api.http
        .post(`${outcomesUrl()}/approve`)
        .set('Authorization', as('dee'))
        .send({ version: returned.body.version });
      expect(approveReturned.status).toBe(409);

      const noVersion = await api.http
        .put(outcomesUrl())
        .set('Authorization', as('jo'))
        .send({ minutes: 'Again', outcomes: [winner(noms.ofLee.id)] });
      expect(noVersion.status).toBe(400);
      const again = await api.http
        .put(outcomesUrl())
        .set('Authorization', as('jo'))
        .send({
          version: returned.body.version,
          minutes: 'Citation expanded.',
          outcomes: [
            { ...winner(noms.ofLee.id), citation: 'For brave, steady safeguarding practice that protected a family' },
          ],
        });
      expect(again.status).toBe(200);
      const approved = await api.http
        .post(`${outcomesUrl()}/approve`)
        .set('Authorization', as('dee'))
        .send({ version: again.body.version });
      expect(approved.body).toMatchObject({
        status: 'approved',
        outcomes: [expect.objectContaining({ kind: 'winner', nomineeName: 'Lee Chen' })],
      });

      const programme = async () =>
        (await api.http.get(`/api/v1/programmes/${setup.programme.id}`).set('Authorization', as('priya'))).body.status;
      expect(await programme()).toBe('closed'); // the team category is not decided yet

      const team = await api.http
        .put(`/api/v1/categories/${teamCategory.id}/outcomes`)
        .set('Authorization', as('jo'))
        .send({ minutes: 'One team nominated; the panel did not find it award-ready.', outcomes: [] });
      await api.http
        .post(`/api/v1/categories/${teamCategory.id}/outcomes/approve`)
        .set('Authorization', as('dee'))
        .send({ version: team.body.version })
        .expect(200);
      expect(await programme()).toBe('decided');

      const steps = await api.db.query<{ action: string }[]>(
        `SELECT action FROM audit_records WHERE action LIKE 'outcomes.%' OR action = 'programme.decided' ORDER BY seq`,
      );
      expect(steps.map((e) => e.action)).toEqual([
        'outcomes.proposed',
        'outcomes.returned',
        'outcomes.proposed',
        'outcomes.approved',
        'outcomes.proposed',
        'outcomes.approved',
        'programme.decided',
      ]);
      const events = await api.db.query<{ type: string }[]>(
        `SELECT type FROM outbox_events WHERE type LIKE 'outcomes.%' OR type = 'programme.decided' ORDER BY type`,
      );
      expect(events.map((e) => e.type)).toEqual([
        'outcomes.approved',
        'outcomes.approved',
        'outcomes.proposed',
        'outcomes.proposed',
        'outcomes.proposed',
        'outcomes.returned',
        'programme.decided',
      ]);
      expect(await audit('programme.decided', setup.programme.id)).toHaveLength(1);
    });

    it('freezes approved outcomes, and the judging behind them', async () => {
      const current = await status();
      const change = await api.http
        .put(outcomesUrl())
        .set('Authorization', as('jo'))
        .send({ version: current.version, minutes: 'Change of heart', outcomes: [winner(noms.plain.id)] });
      expect(change.status).toBe(409);
      expect(change.body.code).toBe('outcomes.already_approved');
      const rescore = await api.http
        .put(`/api/v1/nominations/${noms.plain.id}/scorecard`)
        .set('Authorization', as('sam'))
        .send({ scores: fullScores([1, 1, 1]) });
      expect(rescore.status).toBe(422);
      const panel = await api.http
        .put(`/api/v1/categories/${setup.category.id}/panel`)
        .set('Authorization', as('priya'))
        .send({ members: [{ userId: ids.jo, chair: true }] });
      expect(panel.status).toBe(422);
      expect((await status()).status).toBe('approved');
    });

    it("needs the chair's casting decision for a tied winner when the category's rule says so", async () => {
      const tied = await openProgramme(api, {}, { tieBreakRule: 'chair' });
      const a = await eligibleNomination(api, tied.category);
      const b = await eligibleNomination(api, tied.category);
      await setPanel(api, tied.category.id, [{ userId: ids.jo, chair: true }]);
      for (const n of [a, b]) {
        const scores = tied.category.criteria.map((c) => ({ criterionId: c.id, score: 4 }));
        await api.http
          .put(`/api/v1/nominations/${n.id}/scorecard`)
          .set('Authorization', as('jo'))
          .send({ scores })
          .expect(200);
        await api.http.post(`/api/v1/nominations/${n.id}/scorecard/submit`).set('Authorization', as('jo')).expect(200);
      }
      await api.http
        .post(`/api/v1/programmes/${tied.programme.id}/close`)
        .set('Authorization', as('priya'))
        .expect(200);
      const url = `/api/v1/categories/${tied.category.id}/outcomes`;
      const results = await api.http
        .get(`/api/v1/categories/${tied.category.id}/results`)
        .set('Authorization', as('jo'));
      expect(results.body.nominations.map((n: { tie: unknown }) => n.tie)).toEqual([
        { raw: true, normalised: true, breakBy: 'chair' },
        { raw: true, normalised: true, breakBy: 'chair' },
      ]);
      const without = await api.http
        .put(url)
        .set('Authorization', as('jo'))
        .send({ minutes: 'Tied', outcomes: [winner(a.id)] });
      expect(without.status).toBe(422);
      expect(without.body.code).toBe('outcomes.tie_break_needed');
      expect(without.body.message).toContain(b.reference);
      const withReason = await api.http
        .put(url)
        .set('Authorization', as('jo'))
        .send({
          minutes: 'Tied; chair decided',
          outcomes: [{ ...winner(a.id), tieBreakReason: 'Wider impact across the service' }],
        });
      expect(withReason.status).toBe(200);
      expect(withReason.body.outcomes[0]).toMatchObject({ tieBreakReason: 'Wider impact across the service' });
    });
  });
});
