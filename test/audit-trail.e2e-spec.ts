import { AuditChainChecks } from '@commend/audit';
import {
  eligibleNomination,
  openProgramme,
  parseCsv,
  signIn,
  startTestApi,
  type OpenProgramme,
  type TestApi,
} from '@commend/testing';

interface Row {
  seq: string;
  action: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  occurredAt: string;
}

describe("The auditor's trail: filters, export and the chain's check", () => {
  let api: TestApi;
  let first: OpenProgramme;
  let second: OpenProgramme;
  let nomination: { id: string };
  let priyaId: string;
  const as = (user: 'ana' | 'priya' | 'alex') => `Bearer ${api.token(user)}`;
  const trail = async (query: Record<string, string>) => {
    const res = await api.http.get('/api/v1/audit').query(query).set('Authorization', as('ana'));
    expect(res.status).toBe(200);
    return res.body as { items: Row[]; nextBefore: string | null };
  };

  beforeAll(async () => {
    api = await startTestApi();
    priyaId = await signIn(api, 'priya');
    first = await openProgramme(api);
    second = await openProgramme(api);
    nomination = await eligibleNomination(api, first.category);
    await eligibleNomination(api, second.category);
  });
  afterAll(async () => {
    await api.close();
  });

  it("filters by programme: its own records, its category's and its nomination's, none of the other programme's", async () => {
    const { items } = await trail({ programmeId: first.programme.id, limit: '500' });
    const entities = new Set(items.map((r) => `${r.entityType}:${r.entityId}`));
    expect(entities).toContain(`programme:${first.programme.id}`);
    expect(entities).toContain(`category:${first.category.id}`);
    expect(entities).toContain(`nomination:${nomination.id}`);
    const others = [second.programme.id, second.category.id];
    expect(items.filter((r) => others.includes(r.entityId))).toEqual([]);
    expect(items.map((r) => r.action)).toEqual(expect.arrayContaining(['programme.created', 'nomination.screened']));
  });

  it('filters by action, actor and time, and pages with nextBefore', async () => {
    const screened = await trail({ action: 'nomination.screened' });
    expect(screened.items).toHaveLength(2);
    expect(screened.items.every((r) => r.action === 'nomination.screened' && r.actorId === priyaId)).toBe(true);

    const byPriya = await trail({ actorId: priyaId, entityType: 'nomination' });
    expect(byPriya.items.map((r) => r.action)).toEqual(['nomination.screened', 'nomination.screened']);

    expect((await trail({ from: '2000-01-01T00:00:00Z', to: '2000-02-01T00:00:00Z' })).items).toEqual([]);
    const all = await trail({ from: '2000-01-01T00:00:00Z', limit: '500' });
    const page1 = await trail({ limit: '2' });
    const page2 = await trail({ limit: '2', before: page1.nextBefore! });
    expect([...page1.items, ...page2.items].map((r) => r.seq)).toEqual(all.items.slice(0, 4).map((r) => r.seq));
  });

  it("filters by the actor's e-mail address, in any case, and says so when no one has it", async () => {
    const [{ email }] = await api.db.query<{ email: string }[]>('SELECT email FROM users WHERE id = $1', [priyaId]);

    const byEmail = await trail({ actorEmail: email.toUpperCase(), entityType: 'nomination' });
    const byId = await trail({ actorId: priyaId, entityType: 'nomination' });
    const unknown = await api.http
      .get('/api/v1/audit')
      .query({ actorEmail: 'no.one@example.nhs.uk' })
      .set('Authorization', as('ana'));
    const unknownExport = await api.http
      .get('/api/v1/audit/export')
      .query({ actorEmail: 'no.one@example.nhs.uk' })
      .set('Authorization', as('ana'));
    const notAnAddress = await api.http
      .get('/api/v1/audit')
      .query({ actorEmail: 'priya' })
      .set('Authorization', as('ana'));

    expect(byEmail.items.length).toBeGreaterThan(0);
    expect(byEmail.items.map((r) => r.seq)).toEqual(byId.items.map((r) => r.seq));
    expect([unknown.status, unknown.body.code]).toEqual([422, 'audit.actor_unknown']);
    expect(unknown.body.message).toMatch(/No one who has signed in has that e-mail address/);
    expect([unknownExport.status, unknownExport.body.code]).toEqual([422, 'audit.actor_unknown']);
    expect(notAnAddress.status).toBe(400);
    expect(notAnAddress.body.message).toMatch(/actorEmail must be an e-mail address/);
  });

  it('names a bad filter', async () => {
    const res = await api.http
      .get('/api/v1/audit')
      .query({ programmeId: 'nope', action: 'made.up', from: 'yesterday' })
      .set('Authorization', as('ana'));
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/programmeId must be a programme id/);
    expect(res.body.message).toMatch(/action must be one of the audit actions/);
    expect(res.body.message).toMatch(/from must be a date and time, e.g. 2027-03-01T00:00:00Z/);
  });

  it('exports the filtered trail as CSV, and the export is itself audited', async () => {
    const res = await api.http
      .get('/api/v1/audit/export')
      .query({ programmeId: first.programme.id })
      .set('Authorization', as('ana'))
      .buffer(true)
      .parse((response, done) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => done(null, text));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-trail-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parseCsv(res.body as string);
    const listed = await trail({ programmeId: first.programme.id, limit: '500' });
    expect(rows.map((r) => r.seq)).toEqual(listed.items.map((r) => r.seq));
    expect(Object.keys(rows[0])).toEqual(['seq', 'occurredAt', 'actorId', 'action', 'entityType', 'entityId', 'data']);
    expect(() => JSON.parse(rows[0].data) as unknown).not.toThrow();

    const exported = await trail({ action: 'audit.exported' });
    expect(exported.items).toEqual([
      expect.objectContaining({ entityType: 'audit', data: { filter: { programmeId: first.programme.id } } }),
    ]);
  });

  it("shows the chain's check: none yet, then the result of one run now with its time", async () => {
    const none = await api.http.get('/api/v1/audit/verification').set('Authorization', as('ana'));
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ lastCheck: null });

    const run = await api.http.post('/api/v1/audit/verification').set('Authorization', as('ana'));
    expect(run.status).toBe(200);
    expect(run.body.lastCheck).toMatchObject({ ok: true, brokenSeq: null, problem: null });
    expect(run.body.lastCheck.checked).toBeGreaterThan(10);

    // The daily job keeps its result the same way: a broken chain is the latest result shown.
    await api.db.query('ALTER TABLE audit_records DISABLE TRIGGER audit_records_append_only');
    await api.db.query(`UPDATE audit_records SET data = '{"tampered": true}' WHERE seq = 3`);
    await api.db.query('ALTER TABLE audit_records ENABLE TRIGGER audit_records_append_only');
    await api.app.get(AuditChainChecks).run();
    const latest = await api.http.get('/api/v1/audit/verification').set('Authorization', as('priya'));
    expect(latest.body.lastCheck).toMatchObject({
      ok: false,
      checked: 2,
      brokenSeq: '3',
      problem: 'its content does not match its hash',
    });
    expect(new Date(latest.body.lastCheck.checkedAt).getTime()).toBeGreaterThan(
      new Date(run.body.lastCheck.checkedAt).getTime(),
    );
  });

  it('refuses a colleague the export and the check', async () => {
    for (const req of [
      api.http.get('/api/v1/audit/export'),
      api.http.get('/api/v1/audit/verification'),
      api.http.post('/api/v1/audit/verification'),
    ]) {
      expect((await req.set('Authorization', as('alex'))).status).toBe(403);
    }
  });
});
