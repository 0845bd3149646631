import {
  eligibleNomination,
  openProgramme,
  setPanel,
  signIn,
  startQueueStack,
  submitScorecard,
  type OpenProgramme,
  type QueueStack,
  type SinkMessage,
} from '@commend/testing';

/**
 * What the chair's pages need of the API beyond the results themselves: each nomination's
 * scores by judge (for the chart), and a reminder to one panel member, sent through the queue.
 */
describe("The chair's results by judge, and reminders", () => {
  let stack: QueueStack;
  let setup: OpenProgramme;
  let noms: { id: string; reference: string }[];
  let sam: string;
  let lee: string;
  let jo: string;
  const as = (user: string) => `Bearer ${stack.api.token(user)}`;
  const to = (messages: SinkMessage[], address: string) => messages.filter((m) => m.to.includes(address));
  const memberId = async (userId: string): Promise<string> => {
    const panel = await stack.api.http
      .get(`/api/v1/categories/${setup.category.id}/panel`)
      .set('Authorization', as('jo'))
      .expect(200);
    return (panel.body as { members: { id: string; userId: string }[] }).members.find((m) => m.userId === userId)!.id;
  };
  const remind = (categoryId: string, member: string, user: string) =>
    stack.api.http
      .post(`/api/v1/categories/${categoryId}/panel/members/${member}/reminder`)
      .set('Authorization', as(user));

  beforeAll(async () => {
    stack = await startQueueStack();
    sam = await signIn(stack.api, 'sam');
    lee = await signIn(stack.api, 'lee');
    jo = await signIn(stack.api, 'jo');
    setup = await openProgramme(stack.api, { judgingCloseAt: new Date(Date.now() + 30 * 86400_000).toISOString() });
    noms = [await eligibleNomination(stack.api, setup.category), await eligibleNomination(stack.api, setup.category)];
    await setPanel(stack.api, setup.category.id, [{ userId: sam }, { userId: lee }, { userId: jo, chair: true }]);
    // sam: both; lee: the first only; jo: none.
    await submitScorecard(stack.api, 'sam', noms[0].id, setup.category, 8);
    await submitScorecard(stack.api, 'sam', noms[1].id, setup.category, 4);
    await submitScorecard(stack.api, 'lee', noms[0].id, setup.category, 5);
  });
  afterAll(async () => {
    await stack?.close();
  });
  beforeEach(async () => {
    await stack.sink.clear();
  });

  it("gives each nomination's submitted scorecards by judge, as weighted percentages", async () => {
    const res = await stack.api.http
      .get(`/api/v1/categories/${setup.category.id}/results`)
      .set('Authorization', as('jo'))
      .expect(200);
    const byId = new Map(
      (
        res.body as { nominations: { id: string; scores: { judgeId: string; weightedScore: number }[] }[] }
      ).nominations.map((n) => [n.id, [...n.scores].sort((a, b) => a.weightedScore - b.weightedScore)]),
    );
    // Weights 50/30/20 on scales 10/10/5: 8 → 40 + 24 + 20 = 84; 5 → 25 + 15 + 20 = 60; 4 → 20 + 12 + 16 = 48.
    expect(byId.get(noms[0].id)).toEqual([
      { judgeId: lee, weightedScore: 60 },
      { judgeId: sam, weightedScore: 84 },
    ]);
    expect(byId.get(noms[1].id)).toEqual([{ judgeId: sam, weightedScore: 48 }]);
  });

  it("gives the chair each nominee's publicity consent, so a citation need not name one who has not agreed", async () => {
    await stack.api.http
      .put(`/api/v1/nominations/${noms[0].id}/consent`)
      .set('Authorization', as('priya'))
      .send({ decision: 'refused' })
      .expect(200);
    const [second] = await stack.api.db.query<{ publicity_consent: string }[]>(
      'SELECT publicity_consent FROM nominations WHERE id = $1',
      [noms[1].id],
    );

    const res = await stack.api.http
      .get(`/api/v1/categories/${setup.category.id}/results`)
      .set('Authorization', as('jo'))
      .expect(200);

    const consent = new Map(
      (res.body as { nominations: { id: string; publicityConsent: string }[] }).nominations.map((n) => [
        n.id,
        n.publicityConsent,
      ]),
    );
    expect(consent.get(noms[0].id)).toBe('refused');
    expect(consent.get(noms[1].id)).toBe(second.publicity_consent);
  });

  it('gives one page of the ranking, ranked over the whole category, and names a bad limit', async () => {
    const url = `/api/v1/categories/${setup.category.id}/results`;
    const all = await stack.api.http.get(url).set('Authorization', as('jo')).expect(200);

    const second = await stack.api.http.get(`${url}?limit=1&offset=1`).set('Authorization', as('jo')).expect(200);

    expect(all.body.nominationsTotal).toBe(2);
    expect(second.body.nominationsTotal).toBe(2);
    expect(second.body.nominations).toEqual([all.body.nominations[1]]);
    expect(second.body.nominations[0].rank).toBe(2);
    expect(second.body.judges).toEqual(all.body.judges);
    expect(second.body.progress).toEqual(all.body.progress);
    const bad = await stack.api.http.get(`${url}?limit=0`).set('Authorization', as('jo')).expect(400);
    expect(bad.body.message).toContain('limit must be a whole number from 1 to 500');
  });

  it('reminds a panel member of the scorecards they owe, by e-mail through the queue, and audits it', async () => {
    const member = await memberId(lee);

    const res = await remind(setup.category.id, member, 'jo').expect(202);

    expect(res.body).toEqual({ panelMemberId: member, owed: 1 });
    const messages = await stack.sink.waitFor((m) => to(m, 'lee.chen@example.nhs.uk').length === 1);
    const [mail] = to(messages, 'lee.chen@example.nhs.uk');
    expect(mail.subject).toMatch(/^Reminder: 1 scorecard to submit by \d+ \w+ \d{4}, \d\d:\d\d$/);
    expect(mail.text).toContain('You have 1 scorecard still to submit.');
    const [audit] = await stack.api.db.query<{ actor_id: string; data: { panelMemberId: string; owed: number } }[]>(
      `SELECT actor_id, data FROM audit_records WHERE action = 'judge.reminded' AND entity_id = $1`,
      [setup.category.id],
    );
    expect(audit).toEqual({ actor_id: jo, data: { panelMemberId: member, owed: 1 } });
    // Reminded twice, told twice: each reminder is its own message.
    await remind(setup.category.id, member, 'priya').expect(202);
    await stack.sink.waitFor((m) => to(m, 'lee.chen@example.nhs.uk').length === 2);
  });

  it('refuses a reminder to a panel member who owes nothing, with the reason, and sends nothing', async () => {
    const res = await remind(setup.category.id, await memberId(sam), 'jo').expect(409);

    expect(res.body).toMatchObject({ code: 'judging.nothing_owed' });
    expect(res.body.message).toContain('nothing to remind them of');
    await stack.settle();
    expect(to(await stack.sink.messages(), 'sam.okafor@example.nhs.uk')).toHaveLength(0);
  });

  it('lets only the chair of this panel or an admin remind, and names an unknown member', async () => {
    const member = await memberId(lee);
    const other = await openProgramme(stack.api);
    await setPanel(stack.api, other.category.id, [{ userId: jo, chair: true }]);

    expect((await remind(setup.category.id, member, 'sam').expect(403)).body.code).toBe('auth.role_required');
    expect((await remind(setup.category.id, member, 'alex').expect(403)).body.code).toBe('auth.role_required');
    // sam with the Chair role, chairing nothing here: the panel decides, not the role.
    const samAsChair = `Bearer ${stack.api.token('sam', ['Awards.Judge', 'Awards.Chair'])}`;
    const refused = await stack.api.http
      .post(`/api/v1/categories/${setup.category.id}/panel/members/${member}/reminder`)
      .set('Authorization', samAsChair)
      .expect(403);
    expect(refused.body.code).toBe('judging.not_chair');
    // jo chairs the other category: the member is not on its panel.
    expect((await remind(other.category.id, member, 'jo').expect(404)).body.code).toBe('panel_member.not_found');
    expect((await remind(setup.category.id, '00000000-0000-4000-8000-000000000000', 'jo').expect(404)).body.code).toBe(
      'panel_member.not_found',
    );
    await stack.settle();
    expect(to(await stack.sink.messages(), 'lee.chen@example.nhs.uk')).toHaveLength(0);
  });
});
