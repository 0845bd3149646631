import type { Response } from 'supertest';
import {
  completeNomination,
  eligibleNomination,
  openProgramme,
  setPanel,
  signIn,
  runEvidenceChecks,
  startTestApi,
  type OpenProgramme,
  type TestApi,
} from '@commend/testing';

const KIM = { oid: '0b5e0b5e-0000-4000-8000-0000000000aa', name: 'Kim Osei', email: 'kim.osei@example.nhs.uk' };

type Persona =
  | 'anonymous'
  | 'nominator'
  | 'panel judge'
  | 'other panel judge'
  | 'recused judge'
  | 'chair'
  | 'director'
  | 'admin'
  | 'auditor';
const PERSONAS: Persona[] = [
  'anonymous',
  'nominator',
  'panel judge',
  'other panel judge',
  'recused judge',
  'chair',
  'director',
  'admin',
  'auditor',
];

/** A refusal (or a not-found) says why and nothing else. */
function expectBareRefusal(res: Response, secrets: RegExp): void {
  expect(Object.keys(res.body as object).sort()).toEqual(expect.arrayContaining(['error', 'message', 'statusCode']));
  expect(Object.keys(res.body as object).every((k) => ['code', 'error', 'message', 'statusCode'].includes(k))).toBe(
    true,
  );
  expect(JSON.stringify(res.body)).not.toMatch(secrets);
}

/** A nomination submitted with one evidence file, then screened eligible. */
async function nominationWithEvidence(
  api: TestApi,
  category: OpenProgramme['category'],
  nominator: string,
  body: Record<string, unknown>,
  file: { name: string; text: string },
): Promise<{ id: string; reference: string; evidenceId: string }> {
  const auth = `Bearer ${api.token(nominator)}`;
  const draft = await api.http
    .post(`/api/v1/categories/${category.id}/nominations`)
    .set('Authorization', auth)
    .send(body)
    .expect(201);
  const evidence = await api.http
    .post(`/api/v1/nominations/${draft.body.id}/evidence`)
    .set('Authorization', auth)
    .attach('file', Buffer.from(file.text), { filename: file.name, contentType: 'text/plain' })
    .expect(201);
  // No worker here: the file's privacy check, which submit waits for, is done in this process.
  expect(await runEvidenceChecks(api, draft.body.id)).toEqual([expect.objectContaining({ checkStatus: 'checked' })]);
  await api.http
    .post(`/api/v1/nominations/${draft.body.id}/submit`)
    .set('Authorization', auth)
    .send({ confirmPrivacyFindings: true })
    .expect(200);
  await api.http
    .post(`/api/v1/nominations/${draft.body.id}/screening`)
    .set('Authorization', `Bearer ${api.token('priya')}`)
    .send({ decision: 'eligible', reason: 'Meets the criteria' })
    .expect(200);
  return { id: draft.body.id, reference: draft.body.reference, evidenceId: evidence.body.id };
}

describe('Judging access', () => {
  let api: TestApi;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['sam', 'lee', 'jo', 'dee', 'alex', 'bola', 'priya', 'ana']) ids[user] = await signIn(api, user);
    ids.kim = await signIn(api, KIM, ['Awards.Judge']);
  });
  afterAll(async () => {
    await api.close();
  });

  describe('the authorisation matrix', () => {
    let setup: OpenProgramme;
    let other: OpenProgramme['category'];
    let n: { id: string; reference: string; evidenceId: string };
    let draftId: string;
    const secrets = /Sam Patel|sam\.patel|Alex Morgan|alex\.morgan|SWW\d+-\d{4}|outstanding|Children in Need/i;
    const tokens = (): Record<Persona, string | null> => ({
      anonymous: null,
      nominator: api.token('alex'),
      'panel judge': api.token('sam'),
      'other panel judge': api.token(KIM, ['Awards.Judge']),
      'recused judge': api.token('lee'),
      chair: api.token('jo'),
      director: api.token('dee'),
      admin: api.token('priya'),
      auditor: api.token('ana'),
    });
    const scores = () => setup.category.criteria.map((c) => ({ criterionId: c.id, score: 3 }));
    const version = async () =>
      (
        await api.db.query<{ version: number }[]>('SELECT version FROM moderations WHERE category_id = $1', [
          setup.category.id,
        ])
      )[0].version;

    const samsVersion = async () =>
      (
        await api.db.query<{ version: number }[]>(
          'SELECT version FROM scorecards WHERE nomination_id = $1 AND judge_id = $2',
          [n.id, ids.sam],
        )
      )[0].version;

    beforeAll(async () => {
      setup = await openProgramme(api, { peerScoresVisibleAfterOwn: true });
      const created = await api.http
        .post(`/api/v1/programmes/${setup.programme.id}/categories`)
        .set('Authorization', `Bearer ${api.token('priya')}`)
        .send({
          name: 'Apprentice of the Year',
          criteria: [{ title: 'Growth', weight: 1, scaleMax: 5, wordLimit: 200 }],
        })
        .expect(201);
      other = created.body as OpenProgramme['category'];
      n = await nominationWithEvidence(api, setup.category, 'alex', completeNomination(setup.category), {
        name: 'reference.txt',
        text: 'A reference letter.',
      });
      await setPanel(api, setup.category.id, [
        { userId: ids.sam },
        { userId: ids.lee },
        { userId: ids.jo, chair: true },
      ]);
      await setPanel(api, other.id, [{ userId: ids.kim }, { userId: ids.jo, chair: true }]);
      await api.http
        .post(`/api/v1/nominations/${n.id}/conflicts`)
        .set('Authorization', `Bearer ${api.token('lee')}`)
        .send({ reason: 'I am the nominee’s supervisor' })
        .expect(200);
      await api.http
        .put(`/api/v1/nominations/${n.id}/scorecard`)
        .set('Authorization', `Bearer ${api.token('sam')}`)
        .send({ scores: scores() })
        .expect(200);
      await api.http
        .post(`/api/v1/nominations/${n.id}/scorecard/submit`)
        .set('Authorization', `Bearer ${api.token('sam')}`)
        .expect(200);
      const draft = await api.http
        .post(`/api/v1/categories/${setup.category.id}/nominations`)
        .set('Authorization', `Bearer ${api.token('alex')}`)
        .send(completeNomination(setup.category))
        .expect(201);
      draftId = draft.body.id;
      await api.http
        .post(`/api/v1/programmes/${setup.programme.id}/close`)
        .set('Authorization', `Bearer ${api.token('priya')}`)
        .expect(200);
    });

    interface Route {
      name: string;
      send: (http: TestApi['http']) => ReturnType<TestApi['http']['get']>;
      body?: (persona: Persona) => Promise<Record<string, unknown>> | Record<string, unknown>;
      /**
       * Every persona but anonymous (always 401) and those listed is refused with 403. A judge of
       * another panel gets 404, as for an id that does not exist (see below).
       */
      allowed: Partial<Record<Persona, number>>;
      before?: () => Promise<void>;
    }

    // In order: a route's calls may change what a later route finds (a draft scorecard, a proposal).
    const routes = (): Route[] => [
      {
        name: 'GET /judging/assignments',
        send: (h) => h.get('/api/v1/judging/assignments'),
        allowed: { 'panel judge': 200, 'other panel judge': 200, 'recused judge': 200, chair: 200 },
      },
      {
        name: 'GET /judging/nominations/:id',
        send: (h) => h.get(`/api/v1/judging/nominations/${n.id}`),
        allowed: { 'panel judge': 200, chair: 200, 'other panel judge': 404 },
      },
      {
        name: 'GET /judging/nominations/:id/evidence/:evidenceId',
        send: (h) => h.get(`/api/v1/judging/nominations/${n.id}/evidence/${n.evidenceId}`),
        allowed: { 'panel judge': 200, chair: 200, 'other panel judge': 404 },
      },
      {
        name: 'GET /judging/nominations/:id/scorecards',
        send: (h) => h.get(`/api/v1/judging/nominations/${n.id}/scorecards`),
        allowed: { 'panel judge': 200, chair: 200, 'other panel judge': 404 },
      },
      {
        name: 'GET /nominations/:id/scorecard',
        send: (h) => h.get(`/api/v1/nominations/${n.id}/scorecard`),
        allowed: { 'panel judge': 200, chair: 200, 'other panel judge': 404 },
      },
      {
        name: 'PUT /nominations/:id/scorecard',
        send: (h) => h.put(`/api/v1/nominations/${n.id}/scorecard`),
        body: async (p) => ({
          scores: scores(),
          ...(p === 'panel judge' ? { version: await samsVersion() } : {}),
        }),
        allowed: { 'panel judge': 409, chair: 200, 'other panel judge': 404 }, // the panel judge's is submitted already
      },
      {
        name: 'POST /nominations/:id/scorecard/submit',
        send: (h) => h.post(`/api/v1/nominations/${n.id}/scorecard/submit`),
        allowed: { 'panel judge': 409, chair: 200, 'other panel judge': 404 },
      },
      {
        name: 'POST /nominations/:id/scorecards/:judgeId/reopen',
        send: (h) => h.post(`/api/v1/nominations/${n.id}/scorecards/${ids.sam}/reopen`),
        body: () => ({ reason: 'Check the impact score' }),
        allowed: { chair: 200 },
      },
      {
        name: 'GET /categories/:id/panel',
        send: (h) => h.get(`/api/v1/categories/${setup.category.id}/panel`),
        allowed: { chair: 200, admin: 200 },
      },
      {
        name: 'PUT /categories/:id/panel',
        send: (h) => h.put(`/api/v1/categories/${setup.category.id}/panel`),
        body: () => ({ members: [{ userId: ids.sam }, { userId: ids.lee }, { userId: ids.jo, chair: true }] }),
        allowed: { admin: 200 },
      },
      {
        name: 'GET /categories/:id/conflicts',
        send: (h) => h.get(`/api/v1/categories/${setup.category.id}/conflicts`),
        allowed: { chair: 200, admin: 200 },
      },
      {
        name: 'PUT /nominations/:id/statements/:criterionId/redaction',
        send: (h) => h.put(`/api/v1/nominations/${n.id}/statements/${setup.category.criteria[0].id}/redaction`),
        body: () => ({ text: 'The nominee showed outstanding impact.' }),
        allowed: { admin: 200 },
      },
      {
        name: 'GET /categories/:id/results',
        send: (h) => h.get(`/api/v1/categories/${setup.category.id}/results`),
        allowed: { chair: 200, director: 200, admin: 200 },
      },
      {
        name: 'PUT /categories/:id/outcomes',
        send: (h) => h.put(`/api/v1/categories/${setup.category.id}/outcomes`),
        body: () => ({
          minutes: 'Panel met',
          outcomes: [{ nominationId: n.id, kind: 'winner', citation: 'For outstanding work', rationale: 'Top' }],
        }),
        allowed: { chair: 200 },
      },
      {
        name: 'GET /categories/:id/outcomes',
        send: (h) => h.get(`/api/v1/categories/${setup.category.id}/outcomes`),
        allowed: { chair: 200, director: 200, admin: 200 },
      },
      {
        name: 'POST /categories/:id/outcomes/return',
        send: (h) => h.post(`/api/v1/categories/${setup.category.id}/outcomes/return`),
        body: async () => ({ version: await version(), comment: 'Say more in the citation' }),
        allowed: { director: 200 },
      },
      {
        name: 'POST /categories/:id/outcomes/approve',
        before: async () => {
          await api.http
            .put(`/api/v1/categories/${setup.category.id}/outcomes`)
            .set('Authorization', `Bearer ${api.token('jo')}`)
            .send({
              version: await version(),
              minutes: 'Panel met again',
              outcomes: [
                { nominationId: n.id, kind: 'winner', citation: 'For outstanding work, always', rationale: 'Top' },
              ],
            })
            .expect(200);
        },
        send: (h) => h.post(`/api/v1/categories/${setup.category.id}/outcomes/approve`),
        body: async () => ({ version: await version() }),
        allowed: { director: 200 },
      },
      {
        name: 'POST /nominations/:id/conflicts',
        send: (h) => h.post(`/api/v1/nominations/${n.id}/conflicts`),
        body: (p) => ({ reason: 'Worked with the nominee', ...(p === 'admin' ? { judgeId: ids.sam } : {}) }),
        allowed: { 'panel judge': 200, 'recused judge': 200, chair: 200, admin: 200, 'other panel judge': 404 },
      },
      {
        name: 'POST /nominations/:id/conflicts/:judgeId/clear',
        send: (h) => h.post(`/api/v1/nominations/${n.id}/conflicts/${ids.sam}/clear`),
        body: () => ({ reason: 'A misunderstanding' }),
        allowed: { admin: 200 },
      },
    ];

    it('answers every judging and outcome route as expected for every persona, and refusals leak nothing', async () => {
      const table: Record<string, Record<Persona, number>> = {};
      const expected: Record<string, Record<Persona, number>> = {};
      for (const route of routes()) {
        await route.before?.();
        table[route.name] = {} as Record<Persona, number>;
        expected[route.name] = {} as Record<Persona, number>;
        // Refusals first, so an allowed call's change cannot hide one.
        const order = [...PERSONAS].sort((a, b) => Number(a in route.allowed) - Number(b in route.allowed));
        for (const persona of order) {
          const token = tokens()[persona];
          let req = route.send(api.http);
          if (token) req = req.set('Authorization', `Bearer ${token}`);
          const res = await req.send(route.body ? await route.body(persona) : undefined);
          table[route.name][persona] = res.status;
          expected[route.name][persona] = persona === 'anonymous' ? 401 : (route.allowed[persona] ?? 403);
          if ([401, 403, 404].includes(res.status)) expectBareRefusal(res, secrets);
        }
      }
      expect(table).toEqual(expected);
    });

    it('keeps the recused and the other panel’s judge from seeing the nomination in their lists', async () => {
      for (const token of [api.token('lee'), api.token(KIM, ['Awards.Judge'])]) {
        const res = await api.http.get('/api/v1/judging/assignments').set('Authorization', `Bearer ${token}`);
        // The recused judge finds it only among their own conflicts.
        const lists = JSON.stringify({
          ...res.body,
          categories: (res.body as { categories: object[] }).categories.map((c) => ({ ...c, conflicts: undefined })),
        });
        expect(lists).not.toContain(n.id);
        expect(lists).not.toContain(n.reference);
      }
    });

    it('answers a judge the same for a nomination of another panel, a draft and an id that does not exist', async () => {
      const ask = async (token: string, id: string) => {
        const auth = `Bearer ${token}`;
        const answers = [
          await api.http.get(`/api/v1/judging/nominations/${id}`).set('Authorization', auth),
          await api.http.get(`/api/v1/judging/nominations/${id}/scorecards`).set('Authorization', auth),
          await api.http
            .put(`/api/v1/nominations/${id}/scorecard`)
            .set('Authorization', auth)
            .send({ scores: scores() }),
          await api.http
            .post(`/api/v1/nominations/${id}/conflicts`)
            .set('Authorization', auth)
            .send({ reason: 'I know them' }),
        ];
        return answers.map((r) => ({ status: r.status, body: r.body }));
      };
      const kim = api.token(KIM, ['Awards.Judge']);
      const unknown = await ask(kim, '00000000-0000-4000-8000-000000000000');
      expect(unknown).toEqual(
        Array(4).fill({ status: 404, body: expect.objectContaining({ code: 'nomination.not_found' }) }),
      );
      expect(await ask(kim, n.id)).toEqual(unknown);
      expect(await ask(kim, draftId)).toEqual(unknown);
      // A judge of the draft's own panel learns no more of it.
      expect(await ask(api.token('sam'), draftId)).toEqual(unknown);
    });
  });

  describe('blind judging', () => {
    // Stored as written on the form: a precomposed é and a curly apostrophe.
    const NOMINEE = {
      name: 'Renée Hope O’Neill',
      email: 'renee.oneill@example.nhs.uk',
      jobTitle: 'Senior Practitioner',
      team: 'Burnley Hospital Discharge Team',
    };
    // Nominated by Kim Osei, a judge of the panel: a conflict the system raises.
    const OTHER = {
      name: 'Tom Reid',
      email: 'tom.reid@example.nhs.uk',
      jobTitle: 'Occupational Therapist',
      team: 'Reablement West',
    };
    // The nominator is Bola Adeyemi (bola.adeyemi@example.nhs.uk).
    const IDENTITY = [
      'Renée',
      'Rene\u0301e',
      'Renee',
      "O'Neill",
      'O’Neill',
      'Hope’s',
      'Hope O',
      'renee.oneill',
      'example [dot]',
      'Senior Practitioner',
      'Burnley',
      'Bola',
      'Adeyemi',
      'bola.adeyemi',
      'Renee-ONeill-reference',
      'Tom Reid',
      'tom.reid',
      'Occupational Therapist',
      'Reablement West',
    ];
    // As a nominator writes: the accent as a second character, a straight apostrophe, a
    // possessive, the team and job title, an address written to dodge a filter; and the words
    // "hope", "team" and "hospital" that are not the nominee's.
    const STATEMENTS = [
      "Rene\u0301e O'Neill led the review; RENÉE stayed late and Hope’s notes were clear. She worked with hope and patience.",
      'Bola Adeyemi saw O’Neill’s calm as a Senior Practitioner in the Burnley Hospital Discharge Team; the team and the hospital noticed. ' +
        'Write to renee.oneill [at] example [dot] nhs [dot] uk or bola.adeyemi@example.nhs.uk.',
      'Ask renee.oneill@example.nhs.uk.',
    ];
    const MASKED = [
      '[the nominee] led the review; [the nominee] stayed late and [the nominee]’s notes were clear. She worked with hope and patience.',
      "[the nominator] saw [the nominee]’s calm as a [the nominee's job title] in the [the nominee's team]; the team and the hospital noticed. " +
        'Write to [e-mail] or [e-mail].',
      'Ask the nominee’s manager.', // the admin's redacted copy
    ];

    interface Facing {
      categoryId: string;
      /** Every response a judge and the chair get while judging the category's nomination, as text. */
      texts: string[];
      statements: string[];
      conflicts: {
        nominationId: string;
        judgeId: string | null;
        judgeName: string | null;
        source: string;
        reason: string | null;
      }[];
    }

    /**
     * A programme with a category for each settings object given, each with the nomination
     * above and one by a judge of its panel, judged through to proposed outcomes.
     */
    async function judgeFacing(
      programme: Record<string, unknown>,
      categories: Record<string, unknown>[],
    ): Promise<Facing[]> {
      const setup = await openProgramme(api, { peerScoresVisibleAfterOwn: true, ...programme }, categories[0]);
      const all = [setup.category];
      for (const [i, settings] of categories.slice(1).entries()) {
        const created = await api.http
          .post(`/api/v1/programmes/${setup.programme.id}/categories`)
          .set('Authorization', `Bearer ${api.token('priya')}`)
          .send({
            name: `Team of the Year ${i + 1}`,
            criteria: setup.category.criteria.map(({ title, weight, scaleMax, wordLimit }) => ({
              title,
              weight,
              scaleMax,
              wordLimit,
            })),
            ...settings,
          })
          .expect(201);
        all.push(created.body);
      }
      const sam = `Bearer ${api.token('sam')}`;
      const jo = `Bearer ${api.token('jo')}`;
      const judged = [];
      for (const category of all) {
        const body = completeNomination(category, {
          nominee: NOMINEE,
          relationship: 'Colleague',
          statements: category.criteria.map((c, i) => ({ criterionId: c.id, text: STATEMENTS[i] })),
        });
        const n = await nominationWithEvidence(api, category, 'bola', body, {
          name: 'Renee-ONeill-reference.txt',
          text: 'A reference letter about the nominee.',
        });
        await api.http
          .put(`/api/v1/nominations/${n.id}/statements/${category.criteria[2].id}/redaction`)
          .set('Authorization', `Bearer ${api.token('priya')}`)
          .send({ text: 'Ask the nominee’s manager.' })
          .expect(200);
        const byJudge = await eligibleNomination(api, category, { nominee: OTHER }, KIM);
        await setPanel(api, category.id, [{ userId: ids.sam }, { userId: ids.kim }, { userId: ids.jo, chair: true }]);
        await api.http
          .post(`/api/v1/nominations/${byJudge.id}/conflicts`)
          .set('Authorization', sam)
          .send({ reason: 'Tom Reid is my neighbour' })
          .expect(200);
        judged.push({ category, n, texts: [] as string[] });
      }
      const scores = setup.category.criteria.map((c) => ({ criterionId: c.id, score: 4 }));
      const keep =
        (texts: string[]) =>
        (res: Response): Response => {
          expect(res.status).toBeLessThan(300);
          texts.push(JSON.stringify(res.headers) + (res.text ?? '') + JSON.stringify(res.body));
          return res;
        };
      for (const { category, n, texts } of judged) {
        for (const auth of [sam, jo]) {
          const cardScores = scores.map((s, i) => ({ ...s, criterionId: category.criteria[i].id }));
          // Only this category's part: in a programme of two, the other may rightly show names.
          const assignments = await api.http.get('/api/v1/judging/assignments').set('Authorization', auth);
          expect(assignments.status).toBe(200);
          texts.push(JSON.stringify(assignments.body.categories.filter((c: { id: string }) => c.id === category.id)));
          keep(texts)(await api.http.get(`/api/v1/judging/nominations/${n.id}`).set('Authorization', auth));
          keep(texts)(
            await api.http
              .get(`/api/v1/judging/nominations/${n.id}/evidence/${n.evidenceId}`)
              .set('Authorization', auth)
              .buffer(true),
          );
          keep(texts)(
            await api.http
              .put(`/api/v1/nominations/${n.id}/scorecard`)
              .set('Authorization', auth)
              .send({ scores: cardScores }),
          );
          keep(texts)(await api.http.post(`/api/v1/nominations/${n.id}/scorecard/submit`).set('Authorization', auth));
          keep(texts)(await api.http.get(`/api/v1/nominations/${n.id}/scorecard`).set('Authorization', auth));
          keep(texts)(await api.http.get(`/api/v1/judging/nominations/${n.id}/scorecards`).set('Authorization', auth));
        }
      }
      await api.http
        .post(`/api/v1/programmes/${setup.programme.id}/close`)
        .set('Authorization', `Bearer ${api.token('priya')}`)
        .expect(200);
      const facing: Facing[] = [];
      for (const { category, n, texts } of judged) {
        const url = `/api/v1/categories/${category.id}`;
        keep(texts)(await api.http.get(`${url}/results`).set('Authorization', jo));
        keep(texts)(await api.http.get(`${url}/panel`).set('Authorization', jo));
        const conflicts = keep(texts)(await api.http.get(`${url}/conflicts`).set('Authorization', jo));
        keep(texts)(
          await api.http
            .put(`${url}/outcomes`)
            .set('Authorization', jo)
            .send({
              minutes: 'Unanimous',
              outcomes: [
                { nominationId: n.id, kind: 'winner', citation: 'For calm courage with a family', rationale: 'Top' },
              ],
            }),
        );
        keep(texts)(await api.http.get(`${url}/outcomes`).set('Authorization', jo));
        const view = await api.http.get(`/api/v1/judging/nominations/${n.id}`).set('Authorization', sam);
        facing.push({
          categoryId: category.id,
          texts,
          statements: (view.body.statements as { text: string }[]).map((s) => s.text),
          conflicts: conflicts.body,
        });
      }
      return facing;
    }

    function expectBlind(facing: Facing): void {
      expect(facing.texts).toHaveLength(19);
      for (const text of facing.texts) {
        for (const secret of IDENTITY)
          expect([secret, text.toLowerCase().includes(secret.toLowerCase())]).toEqual([secret, false]);
      }
      expect(facing.statements).toEqual(MASKED);
      const download = facing.texts.find((t) => t.includes('content-disposition'));
      expect(download).toMatch(/SWW\d+-\d{4}-evidence-1\.txt/);
      // The chair learns that two conflicts exist and how they arose, not whose they are or why.
      expect(facing.conflicts.map((c) => [c.source, c.judgeId, c.judgeName, c.reason]).sort()).toEqual([
        ['declared', null, null, null],
        ['system', null, null, null],
      ]);
    }

    function expectNamed(facing: Facing): void {
      const all = facing.texts.join('\n').toLowerCase();
      for (const secret of [NOMINEE.name, NOMINEE.jobTitle, NOMINEE.team, 'Bola Adeyemi', 'Tom Reid is my neighbour']) {
        expect([secret, all.includes(secret.toLowerCase())]).toEqual([secret, true]);
      }
      expect(facing.statements).toEqual(STATEMENTS);
      expect(facing.conflicts.map((c) => [c.judgeName, c.reason]).sort()).toEqual([
        ['Kim Osei', 'The judge nominated this nominee'],
        ['Sam Okafor', 'Tom Reid is my neighbour'],
      ]);
    }

    it('shows judges no nominee or nominator identity anywhere, masks them in statements and uses the redacted copy', async () => {
      const [facing] = await judgeFacing({ blindJudging: true }, [{}]);
      expectBlind(facing);
      // Each judge's download is in the audit trail.
      const reads = await api.db.query<{ actor_id: string }[]>(
        `SELECT actor_id FROM audit_records WHERE action = 'evidence.downloaded' AND data->>'as' = 'judge'`,
      );
      expect(reads.map((r) => r.actor_id)).toEqual(expect.arrayContaining([ids.sam, ids.jo]));
    });

    it('finds the names in the same responses when the programme is not blind (the search above can fail)', async () => {
      const [facing] = await judgeFacing({ blindJudging: false }, [{}]);
      expectNamed(facing);
    });

    it("judges each category of a programme by its own blind setting, or the programme's when it has none", async () => {
      const [blind, open] = await judgeFacing({ blindJudging: false }, [{ blindJudging: true }, {}]);
      expectBlind(blind);
      expectNamed(open);
      const [inherits, notBlind] = await judgeFacing({ blindJudging: true }, [{}, { blindJudging: false }]);
      expectBlind(inherits);
      expectNamed(notBlind);

      const admin = `Bearer ${api.token('priya')}`;
      const category = async (id: string) =>
        (await api.http.get(`/api/v1/categories/${id}`).set('Authorization', admin).expect(200)).body;
      expect(await category(blind.categoryId)).toMatchObject({ blindJudging: true, effectiveBlindJudging: true });
      expect(await category(open.categoryId)).toMatchObject({ blindJudging: null, effectiveBlindJudging: false });
      const bad = await api.http
        .patch(`/api/v1/categories/${blind.categoryId}`)
        .set('Authorization', admin)
        .send({ version: (await category(blind.categoryId)).version, blindJudging: 'yes' });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.message)).toContain('blindJudging');
      // null hands the setting back to the programme.
      const reset = await api.http
        .patch(`/api/v1/categories/${blind.categoryId}`)
        .set('Authorization', admin)
        .send({ version: (await category(blind.categoryId)).version, blindJudging: null })
        .expect(200);
      expect(reset.body).toMatchObject({ blindJudging: null, effectiveBlindJudging: false });
      const view = await api.http
        .get(`/api/v1/judging/nominations/${blind.conflicts[0].nominationId}`)
        .set('Authorization', `Bearer ${api.token('jo')}`);
      expect(view.status).toBe(200);
      expect(view.body.nominee).toMatchObject({ name: 'Tom Reid' });
    });
  });
});
