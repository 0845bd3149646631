import fc from 'fast-check';
import { completeNomination, openProgramme, startTestApi, type OpenProgramme, type TestApi } from '@commend/testing';

/**
 * Generated payloads thrown at create, edit and submit: never a 500, and what is stored is
 * either exactly as before or exactly the accepted edit.
 */
describe('Nominations under generated input', () => {
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

  const text = fc.oneof(fc.string({ maxLength: 60 }), fc.lorem({ maxCount: 400 }), fc.constant('x'.repeat(250)));
  const junk = fc.oneof(fc.anything({ maxDepth: 2 }), text);
  const criterionId = () => fc.oneof(fc.constantFrom(...setup.category.criteria.map((c) => c.id)), fc.uuid(), junk);
  const anyEdit = () =>
    fc.record(
      {
        nominee: fc.oneof(
          fc.record(
            { name: text, email: fc.oneof(fc.emailAddress(), junk), jobTitle: text },
            { requiredKeys: ['name'] },
          ),
          junk,
        ),
        relationship: fc.oneof(text, junk),
        publicityConsent: fc.oneof(fc.constantFrom('not_asked', 'given', 'refused'), junk),
        statements: fc.oneof(fc.array(fc.record({ criterionId: criterionId(), text }), { maxLength: 4 }), junk),
        teamMembers: junk,
        unexpected: junk,
      },
      { requiredKeys: [] },
    );
  // Edits a nominator could well send, so that accepted edits are checked as often as refused ones.
  const plausibleEdit = () =>
    fc.record(
      {
        nominee: fc.record({
          name: fc.string({ minLength: 1, maxLength: 80 }).filter((n) => n.trim().length > 0),
          jobTitle: fc.string({ maxLength: 40 }),
        }),
        relationship: fc.string({ maxLength: 100 }),
        publicityConsent: fc.constantFrom('not_asked', 'given', 'refused'),
        statements: fc.uniqueArray(
          fc.record({
            criterionId: fc.constantFrom(...setup.category.criteria.map((c) => c.id)),
            text: fc.lorem({ maxCount: 60 }),
          }),
          { maxLength: 3, selector: (s) => s.criterionId },
        ),
      },
      { requiredKeys: [] },
    );
  const payload = () => fc.oneof(plausibleEdit(), anyEdit());

  const view = async (id: string) =>
    (await api.http.get(`/api/v1/nominations/${id}`).set('Authorization', as('alex'))).body;

  it('create never answers 500', async () => {
    await fc.assert(
      fc.asyncProperty(payload(), fc.oneof(fc.boolean(), junk), async (body, submit) => {
        const res = await api.http
          .post(`/api/v1/categories/${setup.category.id}/nominations`)
          .set('Authorization', as('alex'))
          .send({ ...body, submit });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
  });

  it('an edit is applied exactly or not at all', async () => {
    const { body: draft } = await api.http
      .post(`/api/v1/categories/${setup.category.id}/nominations`)
      .set('Authorization', as('alex'))
      .send(completeNomination(setup.category));

    await fc.assert(
      fc.asyncProperty(payload(), fc.boolean(), async (body, stale) => {
        const before = await view(draft.id);
        const version = stale ? before.version - 1 : before.version;

        const res = await api.http
          .patch(`/api/v1/nominations/${draft.id}`)
          .set('Authorization', as('alex'))
          .send({ ...body, version });
        const after = await view(draft.id);

        expect(res.status).toBeLessThan(500);
        if (res.status !== 200) {
          expect(after).toEqual(before);
          return;
        }
        expect(after).toEqual(res.body);
        expect(after.version).toBe(before.version + 1);
        const sent = body as { nominee?: { name: string }; statements?: { criterionId: string; text: string }[] };
        if (sent.nominee) expect(after.nominee.name).toBe(sent.nominee.name.trim());
        for (const statement of sent.statements ?? []) {
          expect(after.statements).toContainEqual(
            expect.objectContaining({ criterionId: statement.criterionId, text: statement.text }),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('submit never answers 500', async () => {
    await fc.assert(
      fc.asyncProperty(junk, async (body) => {
        const { body: draft } = await api.http
          .post(`/api/v1/categories/${setup.category.id}/nominations`)
          .set('Authorization', as('alex'))
          .send(completeNomination(setup.category));
        const res = await api.http
          .post(`/api/v1/nominations/${draft.id}/submit`)
          .set('Authorization', as('alex'))
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(body) ?? 'null');
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 25 },
    );
  });
});
