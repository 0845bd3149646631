import type { Response } from 'supertest';
import {
  completeNomination,
  openProgramme,
  setPanel,
  signIn,
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

/** A refusal says why and nothing else. */
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
      await api.http
        .post(`/api/v1/programmes/${setup.programme.id}/close`)
        .set('Authorization', `Bearer ${api.token('priya')}`)
        .expect(200);
    });

    interface Route {
      name: string;
      send: (http: TestApi['http']) => ReturnType<TestApi['http']['get']>;
      body?: (persona: Persona) => Promise<Record<string, unknown>> | Record<string, unknown>;
      /** Every persona but anonymous (always 401) and those listed is refused with 403. */
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
        allowed: { 'panel judge': 200, chair: 200 },
      },
      {
        name: 'GET /judging/nominations/:id/evidence/:evidenceId',
        send: (h) => h.get(`/api/v1/judging/nominations/${n.id}/evidence/${n.evidenceId}`),
        allowed: { 'panel judge': 200, chair: 200 },
      },
      {
        name: 'GET /judging/nominations/:id/scorecards',
        send: (h) => h.get(`/api/v1/judging/nominations/${n.id}/scorecards`),
        allowed: { 'panel judge': 200, chair: 200 },
      },
      {
        name: 'GET /nominations/:id/scorecard',
        send: (h) => h.get(`/api/v1/nominations/${n.id}/scorecard`),
        allowed: { 'panel judge': 200, chair: 200 },
      },
      {
        name: 'PUT /nominations/:id/scorecard',
        send: (h) => h.put(`/api/v1/nominations/${n.id}/scorecard`),
        body: async (p) => ({
          scores: scores(),
          ...(p === 'panel judge' ? { version: await samsVersion() } : {}),
        }),
        allowed: { 'panel judge': 409, chair: 200 }, // the panel judge's is submitted already
      },
      {
        name: 'POST /nominations/:id/scorecard/submit',
        send: (h) => h.post(`/api/v1/nominations/${n.id}/scorecard/submit`),
        allowed: { 'panel judge': 409, chair: 200 },
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
        allowed: { 'panel judge': 200, 'recused judge': 200, chair: 200, admin: 200 },
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
          if (res.status === 401 || res.status === 403) expectBareRefusal(res, secrets);
        }
      }
      expect(table).toEqual(expected);
    });

    it('keeps the recused and the other panel’s judge from seeing the nomination in their lists', async () => {
      for (const token of [api.token('lee'), api.token(KIM, ['Awards.Judge'])]) {
        const res = await api.http.get('/api/v1/judging/assignments').set('Authorization', `Bearer ${token}`);
        expect(JSON.stringify(res.body)).not.toContain(n.id);
        expect(JSON.stringify(res.body)).not.toContain(n.reference);
      }
    });
  });

  describe('blind judging', () => {
    const NOMINEE = {
      name: 'Priyanka Daniels',
      email: 'priyanka.daniels@example.nhs.uk',
      jobTitle: 'Senior Practitioner',
      team: 'Family Safeguarding North',
    };
    // The nominator is Bola Adeyemi (bola.adeyemi@example.nhs.uk).
    const IDENTITY = [
      'Priyanka',
      'Daniels',
      'priyanka.daniels@example.nhs.uk',
      'Senior Practitioner',
      'Family Safeguarding North',
      'Bola',
      'Adeyemi',
      'bola.adeyemi',
      'Priyanka-Daniels-reference',
    ];

    /** Every response a judge and the chair get while judging one nomination, as text. */
    async function judgeFacing(blindJudging: boolean): Promise<{ texts: string[]; statements: string[] }> {
      const setup = await openProgramme(api, { blindJudging, peerScoresVisibleAfterOwn: true });
      const body = completeNomination(setup.category, {
        nominee: NOMINEE,
        relationship: 'Colleague',
        statements: setup.category.criteria.map((c, i) => ({
          criterionId: c.id,
          text: [
            `Priyanka Daniels led the review; PRIYANKA stayed late and daniels wrote it up (${c.title}).`,
            'Bola Adeyemi saw priyanka calm a frightened family.',
            'Ask bola.adeyemi@example.nhs.uk or priyanka.daniels@example.nhs.uk.',
          ][i],
        })),
      });
      const n = await nominationWithEvidence(api, setup.category, 'bola', body, {
        name: 'Priyanka-Daniels-reference.txt',
        text: 'A reference letter about the nominee.',
      });
      await api.http
        .put(`/api/v1/nominations/${n.id}/statements/${setup.category.criteria[2].id}/redaction`)
        .set('Authorization', `Bearer ${api.token('priya')}`)
        .send({ text: 'Ask the nominee’s manager.' })
        .expect(200);
      await setPanel(api, setup.category.id, [{ userId: ids.sam }, { userId: ids.jo, chair: true }]);
      const sam = `Bearer ${api.token('sam')}`;
      const jo = `Bearer ${api.token('jo')}`;
      const scores = setup.category.criteria.map((c) => ({ criterionId: c.id, score: 4 }));
      const texts: string[] = [];
      const keep = (res: Response): Response => {
        expect(res.status).toBeLessThan(300);
        texts.push(JSON.stringify(res.headers) + (res.text ?? '') + JSON.stringify(res.body));
        return res;
      };
      for (const auth of [sam, jo]) {
        keep(await api.http.get('/api/v1/judging/assignments').set('Authorization', auth));
        keep(await api.http.get(`/api/v1/judging/nominations/${n.id}`).set('Authorization', auth));
        keep(
          await api.http
            .get(`/api/v1/judging/nominations/${n.id}/evidence/${n.evidenceId}`)
            .set('Authorization', auth)
            .buffer(true),
        );
        keep(await api.http.put(`/api/v1/nominations/${n.id}/scorecard`).set('Authorization', auth).send({ scores }));
        keep(await api.http.post(`/api/v1/nominations/${n.id}/scorecard/submit`).set('Authorization', auth));
        keep(await api.http.get(`/api/v1/nominations/${n.id}/scorecard`).set('Authorization', auth));
        keep(await api.http.get(`/api/v1/judging/nominations/${n.id}/scorecards`).set('Authorization', auth));
      }
      await api.http
        .post(`/api/v1/programmes/${setup.programme.id}/close`)
        .set('Authorization', `Bearer ${api.token('priya')}`)
        .expect(200);
      keep(await api.http.get(`/api/v1/categories/${setup.category.id}/results`).set('Authorization', jo));
      keep(await api.http.get(`/api/v1/categories/${setup.category.id}/panel`).set('Authorization', jo));
      keep(await api.http.get(`/api/v1/categories/${setup.category.id}/conflicts`).set('Authorization', jo));
      keep(
        await api.http
          .put(`/api/v1/categories/${setup.category.id}/outcomes`)
          .set('Authorization', jo)
          .send({
            minutes: 'Unanimous',
            outcomes: [
              { nominationId: n.id, kind: 'winner', citation: 'For calm courage with a family', rationale: 'Top' },
            ],
          }),
      );
      keep(await api.http.get(`/api/v1/categories/${setup.category.id}/outcomes`).set('Authorization', jo));
      const view = await api.http.get(`/api/v1/judging/nominations/${n.id}`).set('Authorization', sam);
      return { texts, statements: (view.body.statements as { text: string }[]).map((s) => s.text) };
    }

    it('shows judges no nominee or nominator identity anywhere, masks names in statements and uses the redacted copy', async () => {
      const { texts, statements } = await judgeFacing(true);
      expect(texts).toHaveLength(19);
      for (const text of texts) {
        for (const secret of IDENTITY) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
      }
      expect(statements).toEqual([
        '[the nominee] led the review; [the nominee] stayed late and [the nominee] wrote it up (Impact).',
        '[the nominator] saw [the nominee] calm a frightened family.',
        'Ask the nominee’s manager.',
      ]);
      const download = texts.find((t) => t.includes('content-disposition'));
      expect(download).toMatch(/SWW\d+-\d{4}-evidence-1\.txt/);
      // Each judge's download is in the audit trail.
      const reads = await api.db.query<{ actor_id: string }[]>(
        `SELECT actor_id FROM audit_records WHERE action = 'evidence.downloaded' AND data->>'as' = 'judge'`,
      );
      expect(reads.map((r) => r.actor_id)).toEqual(expect.arrayContaining([ids.sam, ids.jo]));
    });

    it('finds the names in the same responses when the programme is not blind (the search above can fail)', async () => {
      const { texts } = await judgeFacing(false);
      const all = texts.join('\n').toLowerCase();
      for (const secret of ['Priyanka Daniels', 'Senior Practitioner', 'Family Safeguarding North', 'Bola Adeyemi']) {
        expect(all).toContain(secret.toLowerCase());
      }
    });
  });
});
