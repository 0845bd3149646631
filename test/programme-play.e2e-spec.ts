import { DEFAULT_PUBLICITY_CONSENT_WORDING } from '@commend/programmes';
import {
  addTeamCategory,
  completeNomination,
  eligibleNomination,
  openProgramme,
  setPanel,
  signIn,
  startQueueStack,
  type OpenProgramme,
  type QueueStack,
  type SinkMessage,
  submitScorecard,
} from '@commend/testing';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A programme far from UTC, so a local time read as UTC would fire five and a half hours off. */
const TIME_ZONE = 'Asia/Kolkata';
const ACCEPTED_FORMS = /2030-03-21T10:00:00Z or 2030-03-21T10:00:00\+00:00.*2030-03-21T10:00.*time zone/;

/** The wall-clock time of an instant in a zone, as `YYYY-MM-DDTHH:mm:ss` (no offset). */
function localTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}

/**
 * A programme played end to end as its users would: duplicates at screening, consent recorded
 * after submission by the coordinator and by the nominee's own link, outcomes only for what
 * the panel scored, an embargo typed in the programme's time zone, and what the public page
 * and the e-mails say once it fires.
 */
describe('A programme played end to end', () => {
  let stack: QueueStack;
  let setup: OpenProgramme;
  let teams: OpenProgramme['category'];
  let sameName: OpenProgramme['category'];
  const ids: Record<string, string> = {};
  const n: Record<string, { id: string; reference: string }> = {};
  const as = (user: string) => `Bearer ${stack.api.token(user)}`;
  const to = (messages: SinkMessage[], address: string) => messages.filter((m) => m.to.includes(address));
  const settle = () => stack.settle();
  const score = (judge: string, nominationId: string, category: OpenProgramme['category'], value: number) =>
    submitScorecard(stack.api, judge, nominationId, category, value);
  const teamCategory = () => addTeamCategory(stack.api, setup.programme.id);
  const submitted = async (
    category: OpenProgramme['category'],
    extra: Record<string, unknown>,
    nominator = 'alex',
  ): Promise<{ id: string; reference: string }> =>
    (
      await stack.api.http
        .post(`/api/v1/categories/${category.id}/nominations`)
        .set('Authorization', as(nominator))
        .send({ ...completeNomination(category, extra), submit: true, confirmPrivacyFindings: true })
        .expect(201)
    ).body as { id: string; reference: string };
  const screen = (id: string) =>
    stack.api.http
      .post(`/api/v1/nominations/${id}/screening`)
      .set('Authorization', as('priya'))
      .send({ decision: 'eligible', reason: 'Meets the criteria' })
      .expect(200);
  const propose = (categoryId: string, outcomes: { nominationId: string; kind: string }[], version?: number) =>
    stack.api.http
      .put(`/api/v1/categories/${categoryId}/outcomes`)
      .set('Authorization', as('jo'))
      .send({
        minutes: 'The panel met and agreed.',
        outcomes: outcomes.map((o) => ({ ...o, citation: `For outstanding work (${o.kind})`, rationale: 'Agreed' })),
        version,
      });
  const approve = async (categoryId: string, outcomes: { nominationId: string; kind: string }[]) => {
    const proposed = await propose(categoryId, outcomes);
    expect(proposed.status).toBe(200);
    await stack.api.http
      .post(`/api/v1/categories/${categoryId}/outcomes/approve`)
      .set('Authorization', as('dee'))
      .send({ version: proposed.body.version })
      .expect(200);
  };
  const consentUrl = (id: string) => `/api/v1/nominations/${id}/consent`;
  let consentToken = '';

  beforeAll(async () => {
    stack = await startQueueStack();
    for (const user of ['sam', 'jo', 'dee', 'priya', 'alex', 'bola']) ids[user] = await signIn(stack.api, user);
    setup = await openProgramme(stack.api, { timeZone: TIME_ZONE });
    teams = await teamCategory();
    sameName = await teamCategory();
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
  });

  it('shows the coordinator possible duplicate nominees at screening, and no one else', async () => {
    const sam = { name: 'Sam Patel', email: 'sam.patel@example.nhs.uk', team: 'Children in Need East' };
    n.sam = await submitted(setup.category, { nominee: sam });
    n.samAgain = await submitted(setup.category, { nominee: sam }, 'bola');
    n.tomByName = await submitted(setup.category, {
      nominee: { name: ' tom  REID', email: 'tom.reid@other.example.nhs.uk', team: 'Discharge' },
    });

    const screened = await screen(n.samAgain.id);
    expect(screened.body.possibleDuplicates).toEqual([
      { nominationId: n.sam.id, reference: n.sam.reference, status: 'submitted', matchedOn: ['email', 'name'] },
    ]);
    await screen(n.sam.id);
    n.grace = await eligibleNomination(stack.api, setup.category, {
      nominee: { name: 'Grace Mensah', email: 'grace.mensah@example.nhs.uk', team: 'Adult Safeguarding Hub' },
    });
    n.tom = await eligibleNomination(stack.api, setup.category, {
      nominee: { name: 'Tom Reid', email: 'tom.reid@example.nhs.uk', team: 'Hospital Discharge' },
    });
    n.ned = await eligibleNomination(stack.api, setup.category, {
      nominee: { name: 'Ned Unscored', email: 'ned.unscored@example.nhs.uk' },
    });

    const list = await stack.api.http
      .get(`/api/v1/nominations?categoryId=${setup.category.id}`)
      .set('Authorization', as('priya'))
      .expect(200);
    const dupes = (id: string) =>
      (list.body.items as { id: string; possibleDuplicates: { reference: string; matchedOn: string[] }[] }[]).find(
        (i) => i.id === id,
      )!.possibleDuplicates;
    expect(dupes(n.sam.id)).toEqual([expect.objectContaining({ reference: n.samAgain.reference })]);
    expect(dupes(n.tomByName.id)).toEqual([
      expect.objectContaining({ reference: n.tom.reference, matchedOn: ['name'] }),
    ]);
    expect(dupes(n.grace.id)).toEqual([]);
    // The nominator sees their own nomination, not who else was nominated.
    const own = await stack.api.http.get(`/api/v1/nominations/${n.samAgain.id}`).set('Authorization', as('bola'));
    expect(own.status).toBe(200);
    expect(own.body).not.toHaveProperty('possibleDuplicates');
    await stack.api.http
      .post(`/api/v1/nominations/${n.tomByName.id}/screening`)
      .set('Authorization', as('priya'))
      .send({ decision: 'ineligible', reason: 'A duplicate of another nomination' })
      .expect(200);
  });

  it('lets the coordinator record consent after submission, audited, and refuses anyone else or a bad body', async () => {
    const askedAt = new Date(Date.now() - 86_400_000).toISOString();
    const recorded = await stack.api.http
      .put(consentUrl(n.grace.id))
      .set('Authorization', as('priya'))
      .send({ decision: 'given', askedBy: 'Priya Shah, awards team', askedAt });
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({
      publicityConsent: 'given',
      consent: { source: 'admin', askedBy: 'Priya Shah, awards team', askedAt, recordedBy: ids.priya },
    });
    const byNominator = await stack.api.http
      .put(consentUrl(n.grace.id))
      .set('Authorization', as('alex'))
      .send({ decision: 'refused' });
    expect(byNominator.status).toBe(403);
    for (const [body, field] of [
      [{ decision: 'maybe' }, 'decision'],
      [{ decision: 'given', askedBy: null }, 'askedBy'],
      [{ decision: 'given', askedAt: 'last Tuesday' }, 'askedAt'],
      [{ decision: null }, 'decision'],
    ] as const) {
      const bad = await stack.api.http.put(consentUrl(n.grace.id)).set('Authorization', as('priya')).send(body);
      expect([bad.status, bad.body.message]).toEqual([400, expect.stringContaining(field)]);
    }
    const future = await stack.api.http
      .put(consentUrl(n.grace.id))
      .set('Authorization', as('priya'))
      .send({ decision: 'given', askedAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect([future.status, future.body.message]).toEqual([400, expect.stringContaining('askedAt')]);
    const [row] = await stack.api.db.query<{ publicity_consent: string }[]>(
      'SELECT publicity_consent FROM nominations WHERE id = $1',
      [n.grace.id],
    );
    expect(row.publicity_consent).toBe('given');
    const audit = await stack.api.db.query<{ actor_id: string; data: Record<string, unknown> }[]>(
      `SELECT actor_id, data FROM audit_records WHERE action = 'nomination.consent_recorded' AND entity_id = $1`,
      [n.grace.id],
    );
    expect(audit).toEqual([
      {
        actor_id: ids.priya,
        data: { decision: 'given', from: 'not_asked', source: 'admin', askedBy: 'Priya Shah, awards team', askedAt },
      },
    ]);
  });

  it("e-mails the nominee a consent link that works for them, and only for their nomination's consent", async () => {
    await stack.sink.clear();
    await stack.api.http
      .post(`/api/v1/nominations/${n.tom.id}/consent/request`)
      .set('Authorization', as('priya'))
      .expect(202);
    const [mail] = to(
      await stack.sink.waitFor((m) => to(m, 'tom.reid@example.nhs.uk').length === 1),
      'tom.reid@example.nhs.uk',
    );
    expect(mail.subject).toBe('May we use your name when we announce the Social Work Week 2027 Awards winners?');
    const link = /https:\/\/awards\.example\.nhs\.uk(\/api\/v1\/public\/consent\?token=[^\s"<]+)/.exec(mail.text);
    expect(link).not.toBeNull();
    const path = link![1];
    consentToken = decodeURIComponent(new URL(path, 'https://x').searchParams.get('token')!);

    const view = await stack.api.http.get(path);
    expect(view.status).toBe(200);
    expect(view.body).toEqual({
      programme: 'Social Work Week 2027 Awards',
      category: 'Safeguarding Award',
      nomineeName: 'Tom Reid',
      publicityConsent: 'not_asked',
      wording: DEFAULT_PUBLICITY_CONSENT_WORDING,
    });
    // The e-mail says what they agree to in the same words as the page.
    expect(mail.text.replace(/\s+/g, ' ')).toContain(DEFAULT_PUBLICITY_CONSENT_WORDING);
    // Someone else's nomination under Tom's signature, a changed signature, or no token: refused.
    const [, signature] = consentToken.split('.');
    for (const token of [`${n.grace.id}.${signature}`, `${n.tom.id}.${signature.slice(0, -2)}xx`, 'x']) {
      const forged = await stack.api.http.post('/api/v1/public/consent').send({ token, decision: 'refused' });
      expect([forged.status, forged.body.code]).toEqual([404, 'consent.link_invalid']);
    }
    const missing = await stack.api.http.get('/api/v1/public/consent');
    expect(missing.status).toBe(400);

    const refused = await stack.api.http
      .post('/api/v1/public/consent')
      .send({ token: consentToken, decision: 'refused' })
      .expect(200);
    expect(refused.body.publicityConsent).toBe('refused');
    // In a browser: the link opens a page whose form changes the answer, no JavaScript needed.
    const page = await stack.api.http.get(path).set('Accept', 'text/html').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('Tom Reid, you were nominated for the Safeguarding Award');
    expect(page.text).toContain('Your answer so far: no');
    expect(page.text).toContain('<form method="post" action="consent">');
    const answered = await stack.api.http
      .post('/api/v1/public/consent')
      .set('Accept', 'text/html')
      .type('form')
      .send({ token: consentToken, decision: 'given' })
      .expect(200);
    expect(answered.text).toContain('your answer is saved');
    expect(answered.text).toContain('Your answer so far: yes');
    const audit = await stack.api.db.query<{ actor_id: string | null; data: { decision: string; source: string } }[]>(
      `SELECT actor_id, data FROM audit_records WHERE action = 'nomination.consent_recorded' AND entity_id = $1
       ORDER BY seq`,
      [n.tom.id],
    );
    expect(audit).toEqual([
      { actor_id: null, data: expect.objectContaining({ decision: 'refused', source: 'nominee' }) },
      { actor_id: null, data: expect.objectContaining({ decision: 'given', source: 'nominee' }) },
    ]);
    const [grace] = await stack.api.db.query<{ publicity_consent: string }[]>(
      'SELECT publicity_consent FROM nominations WHERE id = $1',
      [n.grace.id],
    );
    expect(grace.publicity_consent).toBe('given'); // the forged attempts changed nothing
  });

  it('refuses an outcome for a nomination no judge has scored', async () => {
    n.rapid = await eligibleNomination(stack.api, teams, {
      nominee: { name: 'Rapid Response Team', team: 'Adult Social Care' },
    });
    n.night = await eligibleNomination(stack.api, teams, { nominee: { name: 'Night Team', team: 'Acute Care' } });
    n.home = await eligibleNomination(stack.api, sameName, {
      nominee: { name: 'Hospital at Home', team: 'Community Health' },
    });
    for (const category of [setup.category, teams, sameName]) {
      await setPanel(stack.api, category.id, [{ userId: ids.sam }, { userId: ids.jo, chair: true }]);
    }
    for (const [key, category, value] of [
      ['sam', setup.category, 9],
      ['samAgain', setup.category, 5],
      ['tom', setup.category, 8],
      ['grace', setup.category, 7],
      ['rapid', teams, 9],
      ['night', teams, 6],
      ['home', sameName, 8],
    ] as const) {
      await score('sam', n[key].id, category, value);
      await score('jo', n[key].id, category, value);
    }
    await stack.api.http
      .post(`/api/v1/programmes/${setup.programme.id}/close`)
      .set('Authorization', as('priya'))
      .expect(200);

    const unscored = await propose(setup.category.id, [
      { nominationId: n.sam.id, kind: 'winner' },
      { nominationId: n.ned.id, kind: 'highly_commended' },
    ]);
    expect(unscored.status).toBe(422);
    expect(unscored.body).toMatchObject({ code: 'outcomes.not_scored' });
    expect(unscored.body.message).toContain(n.ned.reference);
    const outcomes = await stack.api.http
      .get(`/api/v1/categories/${setup.category.id}/outcomes`)
      .set('Authorization', as('dee'))
      .expect(200);
    expect(outcomes.body).toMatchObject({ status: 'open', outcomes: [] });

    await approve(setup.category.id, [
      { nominationId: n.sam.id, kind: 'winner' },
      { nominationId: n.tom.id, kind: 'runner_up' },
      { nominationId: n.grace.id, kind: 'highly_commended' },
    ]);
    await approve(teams.id, [
      { nominationId: n.rapid.id, kind: 'winner' },
      { nominationId: n.night.id, kind: 'runner_up' },
    ]);

    // Both its scorecards reopened after the proposal: the director cannot approve an unjudged winner.
    const home = await propose(sameName.id, [{ nominationId: n.home.id, kind: 'winner' }]);
    expect(home.status).toBe(200);
    const versions: Record<string, number> = {};
    for (const judge of ['sam', 'jo']) {
      const reopened = await stack.api.http
        .post(`/api/v1/nominations/${n.home.id}/scorecards/${ids[judge]}/reopen`)
        .set('Authorization', as('jo'))
        .send({ reason: 'Scored against the wrong criteria' })
        .expect(200);
      versions[judge] = reopened.body.version;
    }
    const unjudged = await stack.api.http
      .post(`/api/v1/categories/${sameName.id}/outcomes/approve`)
      .set('Authorization', as('dee'))
      .send({ version: home.body.version });
    expect([unjudged.status, unjudged.body.code]).toEqual([422, 'outcomes.not_scored']);
    await stack.api.http
      .put(`/api/v1/nominations/${n.home.id}/scorecard`)
      .set('Authorization', as('sam'))
      .send({ scores: sameName.criteria.map((c) => ({ criterionId: c.id, score: 8 })), version: versions.sam })
      .expect(200);
    await stack.api.http
      .post(`/api/v1/nominations/${n.home.id}/scorecard/submit`)
      .set('Authorization', as('sam'))
      .expect(200);
    await stack.api.http
      .post(`/api/v1/categories/${sameName.id}/outcomes/approve`)
      .set('Authorization', as('dee'))
      .send({ version: home.body.version })
      .expect(200);
  }, 120_000);

  it('refuses every announcement time but ISO 8601 with an offset or a local time, saying which it accepts', async () => {
    const url = `/api/v1/programmes/${setup.programme.id}/announcement`;
    for (const at of [
      '03/04/2030 10:00',
      '2030-02-30T10:00',
      '2030-02-30T10:00:00Z',
      1900000000000,
      '1900000000000',
      '2030-03-21',
      '2030-03-21 10:00',
      null,
    ]) {
      const res = await stack.api.http.post(url).set('Authorization', as('dee')).send({ at });
      expect([at, res.status]).toEqual([at, 400]);
      expect(res.body.message).toMatch(ACCEPTED_FORMS);
    }
    expect((await stack.api.http.get(url).set('Authorization', as('dee'))).status).toBe(404); // nothing scheduled
  });

  it("reads a local announcement time in the programme's time zone, and fires at it", async () => {
    await settle();
    await stack.sink.clear();
    const at = new Date(Math.ceil((Date.now() + 4_000) / 1000) * 1000);
    const scheduled = await stack.api.http
      .post(`/api/v1/programmes/${setup.programme.id}/announcement`)
      .set('Authorization', as('dee'))
      .send({ at: localTime(at, TIME_ZONE) });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body.at).toBe(at.toISOString());
    let status = '';
    for (let i = 0; i < 80 && status !== 'published'; i++) {
      await sleep(250);
      status = (
        await stack.api.http
          .get(`/api/v1/programmes/${setup.programme.id}/announcement`)
          .set('Authorization', as('dee'))
      ).body.status;
    }
    expect(status).toBe('published');
  }, 60_000);

  it('publishes same-named categories apart, a team award by its team, and consent recorded after submission', async () => {
    const res = await stack.api.http.get(`/api/v1/public/programmes/${setup.programme.id}/winners`).expect(200);
    const award = (kind: string, nomineeName: string | null, team: string) => ({
      kind,
      nomineeName,
      team,
      citation: `For outstanding work (${kind})`,
    });
    expect(res.body.categories).toEqual([
      {
        name: 'Safeguarding Award',
        awards: [
          award('winner', null, 'Children in Need East'), // no consent: not named
          award('highly_commended', 'Grace Mensah', 'Adult Safeguarding Hub'), // consent recorded by the admin
          award('runner_up', 'Tom Reid', 'Hospital Discharge'), // consent by his link
        ],
      },
      {
        name: 'Team of the Year',
        awards: [
          award('winner', 'Rapid Response Team', 'Adult Social Care'),
          award('runner_up', 'Night Team', 'Acute Care'),
        ],
      },
      { name: 'Team of the Year', awards: [award('winner', 'Hospital at Home', 'Community Health')] },
    ]);
    const page = await stack.api.http
      .get(`/api/v1/public/programmes/${setup.programme.id}/winners`)
      .set('Accept', 'text/html')
      .expect(200);
    expect(page.text).toContain('Rapid Response Team, Adult Social Care');
    expect(page.text).toContain('A colleague in Children in Need East');
    expect(page.text).not.toContain('Sam Patel');
    expect(page.text.match(/<h2 [^>]*>Team of the Year<\/h2>/g)).toHaveLength(2);
  });

  it('tells a person nominated twice in a category one outcome: their best', async () => {
    await stack.sink.waitFor(
      (m) => to(m, 'sam.patel@example.nhs.uk').length >= 1 && to(m, 'bola.adeyemi@example.nhs.uk').length >= 1,
      30_000,
    );
    await settle();
    const all = await stack.sink.messages();
    expect(to(all, 'sam.patel@example.nhs.uk').map((m) => m.subject)).toEqual(['Winner: Safeguarding Award']);
    // Bola's nomination of Sam was not the one awarded, but the colleague she nominated won.
    expect(to(all, 'bola.adeyemi@example.nhs.uk').map((m) => m.subject)).toEqual([
      'Sam Patel: Winner, Safeguarding Award',
    ]);
    expect(to(all, 'ned.unscored@example.nhs.uk').map((m) => m.subject)).toEqual([
      'Thank you from the Social Work Week 2027 Awards',
    ]);
  }, 60_000);

  it('refuses consent, from the coordinator or the link, once the announcement fired', async () => {
    const late = await stack.api.http
      .put(consentUrl(n.sam.id))
      .set('Authorization', as('priya'))
      .send({ decision: 'given' });
    expect([late.status, late.body.code]).toEqual([422, 'consent.closed']);
    const byLink = await stack.api.http
      .post('/api/v1/public/consent')
      .send({ token: consentToken, decision: 'refused' });
    expect([byLink.status, byLink.body.code]).toEqual([422, 'consent.closed']);
    const view = await stack.api.http.get('/api/v1/public/consent').query({ token: consentToken });
    expect(view.status).toBe(422);
    const page = await stack.api.http
      .get('/api/v1/public/consent')
      .query({ token: consentToken })
      .set('Accept', 'text/html');
    expect(page.status).toBe(422);
    expect(page.text).toContain('the winners have been announced');
    const [tom] = await stack.api.db.query<{ publicity_consent: string }[]>(
      'SELECT publicity_consent FROM nominations WHERE id = $1',
      [n.tom.id],
    );
    expect(tom.publicity_consent).toBe('given');
  });

  it('records the conflict a nomination screened after the panel was set brings, when the worker takes up the screening', async () => {
    const other = await openProgramme(stack.api);
    await setPanel(stack.api, other.category.id, [{ userId: ids.sam }, { userId: ids.jo, chair: true }]);
    const bySam = await submitted(other.category, {}, 'sam');
    await screen(bySam.id);
    await settle();

    const listed = await stack.api.http
      .get(`/api/v1/categories/${other.category.id}/conflicts`)
      .set('Authorization', as('priya'))
      .expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({
        nominationId: bySam.id,
        judgeId: ids.sam,
        source: 'system',
        reason: 'The judge nominated this nominee',
      }),
    ]);
    const raised = await stack.api.db.query<{ actor_id: string | null }[]>(
      `SELECT actor_id FROM audit_records WHERE action = 'conflict.raised' AND entity_id = $1`,
      [bySam.id],
    );
    expect(raised).toEqual([{ actor_id: null }]);
  });

  it('documents the consent routes in the OpenAPI document', async () => {
    const res = await stack.api.http.get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/nominations/{id}/consent',
        '/api/v1/nominations/{id}/consent/request',
        '/api/v1/public/consent',
      ]),
    );
    expect(res.body.paths['/api/v1/nominations/{id}/consent']).toHaveProperty('put');
    expect(res.body.paths['/api/v1/public/consent']).toHaveProperty('post');
  });
});
