import {
  eligibleNomination,
  openProgramme,
  setPanel,
  signIn,
  startTestApi,
  type OpenProgramme,
  type TestApi,
} from '@commend/testing';

/** What the judges' pages read from the API: their conflicts, the criteria, the way through their list. */
describe('Judging views for the browser app', () => {
  let api: TestApi;
  let setup: OpenProgramme;
  const ids: Record<string, string> = {};
  const noms: Record<string, { id: string; reference: string }> = {};
  const as = (user: string) => `Bearer ${api.token(user)}`;

  interface Category {
    id: string;
    programme: { timeZone: string };
    nominations: { id: string }[];
    conflicts: { nominationId: string; reference: string; source: string; reason: string; createdAt: string | null }[];
    recused: { count: number; bySource: { source: string; count: number }[] };
  }
  const category = async (user: string): Promise<Category> => {
    const res = await api.http.get('/api/v1/judging/assignments').set('Authorization', as(user)).expect(200);
    return (res.body as { categories: Category[] }).categories.find((c) => c.id === setup.category.id)!;
  };

  beforeAll(async () => {
    api = await startTestApi();
    setup = await openProgramme(api, { timeZone: 'Europe/London' });
    for (const user of ['sam', 'lee', 'jo']) ids[user] = await signIn(api, user);
    await setPanel(api, setup.category.id, [{ userId: ids.sam }, { userId: ids.lee }, { userId: ids.jo, chair: true }]);
    // Screened after the panel was set, with no worker: the system's conflict is seen, not yet recorded.
    for (const name of ['first', 'second', 'third', 'declared'])
      noms[name] = await eligibleNomination(api, setup.category, {
        nominee: { name: 'Ade Bello', email: 'ade.bello@example.nhs.uk' },
      });
    noms.bySam = await eligibleNomination(api, setup.category, {}, 'sam');
    await api.http
      .post(`/api/v1/nominations/${noms.declared.id}/conflicts`)
      .set('Authorization', as('sam'))
      .send({ reason: 'I supervised the nominee last year' })
      .expect(200);
  });
  afterAll(async () => {
    await api.close();
  });

  it('gives the judge their own conflicts in each category, and how many nominations they leave out and why', async () => {
    const sam = await category('sam');
    expect(sam.programme.timeZone).toBe('Europe/London');
    expect(sam.nominations.map((n) => n.id)).toEqual([noms.first.id, noms.second.id, noms.third.id]);
    expect(sam.conflicts).toEqual([
      {
        nominationId: noms.declared.id,
        reference: noms.declared.reference,
        source: 'declared',
        reason: 'I supervised the nominee last year',
        createdAt: expect.any(String),
      },
      {
        nominationId: noms.bySam.id,
        reference: noms.bySam.reference,
        source: 'system',
        reason: 'The judge nominated this nominee',
        createdAt: null,
      },
    ]);
    expect(sam.recused).toEqual({
      count: 2,
      bySource: [
        { source: 'declared', count: 1 },
        { source: 'system', count: 1 },
      ],
    });
    // Another judge's conflicts are not theirs to see.
    expect(await category('lee')).toMatchObject({ conflicts: [], recused: { count: 0, bySource: [] } });
  });

  it('gives the nomination with its criteria, programme and the previous and next in the judge’s list', async () => {
    const read = async (id: string) =>
      (await api.http.get(`/api/v1/judging/nominations/${id}`).set('Authorization', as('sam')).expect(200)).body as {
        category: { name: string; criteria: { title: string; weight: number; scaleMax: number; wordLimit: number }[] };
        programme: { timeZone: string };
        previousId: string | null;
        nextId: string | null;
      };
    const first = await read(noms.first.id);
    expect(first.category.name).toBe('Safeguarding Award');
    expect(first.category.criteria).toEqual([
      expect.objectContaining({ title: 'Impact', weight: 50, scaleMax: 10, wordLimit: 300, guidance: '' }),
      expect.objectContaining({ title: 'Practice', weight: 30, scaleMax: 10, wordLimit: 200 }),
      expect.objectContaining({ title: 'Values', weight: 20, scaleMax: 5, wordLimit: 100 }),
    ]);
    expect(first.programme.timeZone).toBe('Europe/London');
    expect([first.previousId, first.nextId]).toEqual([null, noms.second.id]);
    const second = await read(noms.second.id);
    expect([second.previousId, second.nextId]).toEqual([noms.first.id, noms.third.id]);
    // The last of Sam's list: the recused nominations after it are not "next".
    const third = await read(noms.third.id);
    expect([third.previousId, third.nextId]).toEqual([noms.second.id, null]);
    const lee = (await api.http.get(`/api/v1/judging/nominations/${noms.third.id}`).set('Authorization', as('lee')))
      .body as { nextId: string };
    expect(lee.nextId).toBe(noms.declared.id);
  });

  it('names each criterion without a score, by id, when an incomplete scorecard is submitted', async () => {
    const [impact, practice, values] = setup.category.criteria;
    await api.http
      .put(`/api/v1/nominations/${noms.first.id}/scorecard`)
      .set('Authorization', as('sam'))
      .send({ scores: [{ criterionId: practice.id, score: 6 }] })
      .expect(200);
    const res = await api.http
      .post(`/api/v1/nominations/${noms.first.id}/scorecard/submit`)
      .set('Authorization', as('sam'));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'scorecard.incomplete',
      message: 'Score every criterion before submitting: "Impact"; "Values"',
      details: {
        fields: {
          [impact.id]: 'Give "Impact" a score before submitting',
          [values.id]: 'Give "Values" a score before submitting',
        },
      },
    });
    expect(Object.keys(res.body.details.fields)).not.toContain(practice.id);
  });

  it('refuses as stale a first save from a page read before another tab saved the scorecard', async () => {
    const [impact] = setup.category.criteria;
    const save = (score: number) =>
      api.http
        .put(`/api/v1/nominations/${noms.second.id}/scorecard`)
        .set('Authorization', as('sam'))
        .send({ version: 0, scores: [{ criterionId: impact.id, score }] });
    expect((await save(4)).status).toBe(200);
    const stale = await save(8);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('scorecard.stale');
    const mine = await api.http.get(`/api/v1/nominations/${noms.second.id}/scorecard`).set('Authorization', as('sam'));
    expect(mine.body.scores[0]).toMatchObject({ criterionId: impact.id, score: 4 });
  });
});
