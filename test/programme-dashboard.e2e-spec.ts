import {
  addTeamCategory,
  completeNomination,
  eligibleNomination,
  openProgramme,
  setPanel,
  signIn,
  submitScorecard,
  startTestApi,
  type OpenProgramme,
  type TestApi,
} from '@commend/testing';

interface Day {
  date: string;
  categories: {
    categoryId: string;
    draft: number;
    submitted: number;
    eligible: number;
    ineligible: number;
    withdrawn: number;
  }[];
}

const dayIn = (at: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

describe('The programme dashboard: nominations per day, judging progress, messages', () => {
  let api: TestApi;
  let setup: OpenProgramme;
  let team: OpenProgramme['category'];
  const as = (user: string) => `Bearer ${api.token(user)}`;
  // Auckland is 12 or 13 hours ahead of UTC: 11:30Z is already the next day there.
  const timeZone = 'Pacific/Auckland';
  const twoDaysAgo = new Date(`${new Date(Date.now() - 2 * 86400_000).toISOString().slice(0, 10)}T11:30:00Z`);

  beforeAll(async () => {
    api = await startTestApi();
    setup = await openProgramme(api, { name: 'Dashboard Awards', timeZone });
    team = await addTeamCategory(api, setup.programme.id);
    const [sam, lee] = [await signIn(api, 'sam'), await signIn(api, 'lee')];
    await setPanel(api, setup.category.id, [
      { userId: sam, chair: true },
      { userId: lee, team: 'Adults East' },
    ]);

    // Safeguarding: two eligible (one came in two days ago), one submitted, one draft.
    const early = await eligibleNomination(api, setup.category);
    const later = await eligibleNomination(api, setup.category, {
      nominee: { name: 'Ola Berg', email: 'ola.berg@example.nhs.uk' },
    });
    await api.http
      .post(`/api/v1/categories/${setup.category.id}/nominations`)
      .set('Authorization', as('alex'))
      .send({ ...completeNomination(setup.category), submit: true, confirmPrivacyFindings: true })
      .expect(201);
    await api.http
      .post(`/api/v1/categories/${setup.category.id}/nominations`)
      .set('Authorization', as('bola'))
      .send(completeNomination(setup.category))
      .expect(201);
    // Only the clock is moved: the nomination itself went through the API.
    await api.db.query('UPDATE nominations SET submitted_at = $2 WHERE id = $1', [early.id, twoDaysAgo]);

    // Team of the Year: one submitted then withdrawn.
    const withdrawn = await api.http
      .post(`/api/v1/categories/${team.id}/nominations`)
      .set('Authorization', as('alex'))
      .send({
        ...completeNomination(team, {
          nominee: { name: 'Hospital Discharge Team' },
          teamMembers: [{ name: 'Nia Cole' }],
        }),
        submit: true,
        confirmPrivacyFindings: true,
      })
      .expect(201);
    await api.http
      .post(`/api/v1/nominations/${(withdrawn.body as { id: string }).id}/withdraw`)
      .set('Authorization', as('alex'))
      .expect(200);

    // Judging: Sam submits one and keeps a draft of the other; Lee declares a conflict on one.
    await submitScorecard(api, 'sam', early.id, setup.category, 7);
    await api.http
      .put(`/api/v1/nominations/${later.id}/scorecard`)
      .set('Authorization', as('sam'))
      .send({ scores: [{ criterionId: setup.category.criteria[0].id, score: 5 }] })
      .expect(200);
    await api.http
      .post(`/api/v1/nominations/${later.id}/conflicts`)
      .set('Authorization', as('lee'))
      .send({ reason: 'I line-manage the nominee' })
      .expect(200);

    // Messages are the worker's to write (no worker runs here): two sent, one failed, another programme's.
    const other = await openProgramme(api, { name: 'Other Awards' });
    await api.db.query(
      `INSERT INTO notifications (dedupe_key, kind, programme_id, recipient, subject, text, html, status)
       VALUES ('d1', 'nomination.receipt', $1, 'a@example.nhs.uk', 's', 't', 'h', 'sent'),
              ('d2', 'nomination.receipt', $1, 'b@example.nhs.uk', 's', 't', 'h', 'sent'),
              ('d3', 'panel.assignment', $1, 'c@example.nhs.uk', 's', 't', 'h', 'failed'),
              ('d4', 'panel.assignment', $2, 'c@example.nhs.uk', 's', 't', 'h', 'failed')`,
      [setup.programme.id, other.programme.id],
    );
  });
  afterAll(async () => {
    await api.close();
  });

  it('counts the nominations per day in the programme’s time zone, by category and status', async () => {
    const res = await api.http
      .get(`/api/v1/programmes/${setup.programme.id}/dashboard`)
      .set('Authorization', as('priya'));

    expect(res.status).toBe(200);
    const days = res.body.days as Day[];
    const first = dayIn(twoDaysAgo, timeZone);
    const today = dayIn(new Date(), timeZone);
    expect(first).not.toBe(twoDaysAgo.toISOString().slice(0, 10));
    expect(days[0].date).toBe(first);
    expect(days[days.length - 1].date).toBe(today);
    // Every day in between, even one without nominations.
    expect(days.length).toBe((Date.parse(today) - Date.parse(first)) / 86400_000 + 1);
    const zero = { draft: 0, submitted: 0, eligible: 0, ineligible: 0, withdrawn: 0 };
    expect(days[0].categories).toEqual([
      { categoryId: setup.category.id, ...zero, eligible: 1 },
      { categoryId: team.id, ...zero },
    ]);
    expect(days[days.length - 1].categories).toEqual([
      { categoryId: setup.category.id, ...zero, eligible: 1, submitted: 1, draft: 1 },
      { categoryId: team.id, ...zero, withdrawn: 1 },
    ]);
    for (const day of days.slice(1, -1)) expect(day.categories.every((c) => c.eligible + c.submitted === 0)).toBe(true);
  });

  it('shows each panel’s progress and the programme’s messages, in counts only', async () => {
    const res = await api.http
      .get(`/api/v1/programmes/${setup.programme.id}/dashboard`)
      .set('Authorization', as('priya'));

    expect(res.body.categories).toEqual([
      {
        categoryId: setup.category.id,
        name: 'Safeguarding Award',
        nominations: { draft: 1, submitted: 1, eligible: 2, ineligible: 0, withdrawn: 0 },
        // Two judges × two eligible nominations, less Lee's conflict.
        judging: { judges: 2, expected: 3, submitted: 1, drafts: 1, conflicts: 1 },
      },
      {
        categoryId: team.id,
        name: 'Team of the Year',
        nominations: { draft: 0, submitted: 0, eligible: 0, ineligible: 0, withdrawn: 1 },
        judging: { judges: 0, expected: 0, submitted: 0, drafts: 0, conflicts: 0 },
      },
    ]);
    expect(res.body.notifications).toEqual({
      pending: 0,
      sent: 2,
      failed: 1,
      byKind: [
        { kind: 'nomination.receipt', pending: 0, sent: 2, failed: 0 },
        { kind: 'panel.assignment', pending: 0, sent: 0, failed: 1 },
      ],
    });
    const text = JSON.stringify(res.body);
    for (const secret of [
      'Sam Patel',
      'Ola Berg',
      'Nia Cole',
      'Hospital Discharge',
      'outstanding',
      'line-manage',
      'example.nhs.uk',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('is for coordinators only: a judge is refused, an unknown programme is not found', async () => {
    const judge = await api.http
      .get(`/api/v1/programmes/${setup.programme.id}/dashboard`)
      .set('Authorization', as('sam'));
    const unknown = await api.http
      .get('/api/v1/programmes/00000000-0000-4000-8000-000000000000/dashboard')
      .set('Authorization', as('priya'));
    const notAnId = await api.http.get('/api/v1/programmes/not-an-id/dashboard').set('Authorization', as('priya'));

    expect([judge.status, judge.body.code]).toEqual([403, 'auth.role_required']);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'programme.not_found']);
    expect(notAnId.status).toBe(400);
  });
});
