import fc from 'fast-check';
import type { Response } from 'supertest';
import { completeNomination, openProgramme, startTestApi, type OpenProgramme, type TestApi } from '@commend/testing';

/**
 * Generated payloads thrown at nominations, programmes and categories (create, edit, submit),
 * with null, NUL, lone surrogates and junk in every field (and in query strings and path
 * segments): never a 500, and what is stored is
 * either exactly as before or exactly the accepted edit. Every fuzzed request is counted, and
 * the suite prints how many it made and how many answered 5xx.
 */
describe('Nominations, programmes and categories under generated input', () => {
  let api: TestApi;
  let setup: OpenProgramme;
  const as = (user: string) => `Bearer ${api.token(user)}`;
  const tally = { requests: 0, serverErrors: 0 };

  /** Counts a fuzzed request; a 5xx is counted before the property's own assertion fails. */
  const fuzzed = async (request: Promise<Response>): Promise<Response> => {
    const res = await request;
    tally.requests += 1;
    if (res.status >= 500) tally.serverErrors += 1;
    return res;
  };

  beforeAll(async () => {
    api = await startTestApi();
    setup = await openProgramme(api);
  });
  afterAll(async () => {
    // The figure the issue asks for, read off a real run.
    console.log(`fuzzed requests: ${tally.requests}, 5xx answers: ${tally.serverErrors}`);
    await api.close();
  });

  /** `s` with `c` put somewhere inside it. */
  const withChar = (c: string) =>
    fc.tuple(fc.string({ maxLength: 30 }), fc.nat()).map(([s, i]) => {
      const at = i % (s.length + 1);
      return `${s.slice(0, at)}${c}${s.slice(at)}`;
    });
  /** Text PostgreSQL refuses (NUL) or cannot encode (a lone surrogate), and text that reorders what is shown. */
  const hostileText = fc.oneof(withChar('\u0000'), withChar('\ud800'), withChar('\udfff'), withChar('\u202e'));
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ maxLength: 30, unit: 'binary' }),
    fc.lorem({ maxCount: 400 }),
    fc.constant('x'.repeat(250)),
    hostileText,
  );
  const junk = fc.oneof(fc.constant(null), hostileText, fc.anything({ maxDepth: 2 }), text);
  /** A field's value: often a valid one, often null, NUL or junk. */
  const field = <T>(valid: fc.Arbitrary<T>) =>
    fc.oneof(
      { weight: 3, arbitrary: valid },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: hostileText },
      { weight: 1, arbitrary: junk },
    );
  const optionalRecord = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) =>
    fc.record(fields, { requiredKeys: [] });
  /**
   * Payloads of many fields are nearly always refused for one of them; one field at a time
   * reaches the service with the rest valid, where null and NUL used to do their damage.
   */
  const fewFields = (payload: fc.Arbitrary<Record<string, unknown>>) =>
    fc.oneof(
      payload,
      fc.tuple(payload, fc.nat()).map(([body, i]) => {
        const keys = Object.keys(body);
        if (keys.length === 0) return body;
        const key = keys[i % keys.length];
        return { [key]: body[key] };
      }),
    );
  const isoDate = fc
    .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString());
  const prefix = fc.stringMatching(/^[A-Z][A-Z0-9]{1,9}$/);

  const criterionId = () => field(fc.oneof(fc.constantFrom(...setup.category.criteria.map((c) => c.id)), fc.uuid()));
  const anyEdit = () =>
    optionalRecord({
      nominee: field(
        optionalRecord({
          name: field(text),
          email: field(fc.emailAddress()),
          jobTitle: field(text),
          team: field(text),
        }),
      ),
      relationship: field(text),
      publicityConsent: field(fc.constantFrom('not_asked', 'given', 'refused')),
      statements: field(
        fc.array(field(optionalRecord({ criterionId: criterionId(), text: field(text) })), { maxLength: 4 }),
      ),
      teamMembers: field(
        fc.array(field(optionalRecord({ name: field(text), email: field(fc.emailAddress()), jobTitle: field(text) })), {
          maxLength: 3,
        }),
      ),
      unexpected: junk,
    });
  // Edits a nominator could well send, so that accepted edits are checked as often as refused ones.
  const plausibleEdit = () =>
    fc.record(
      {
        nominee: fc.record({
          name: fc.string({ minLength: 1, maxLength: 80 }).filter((n) => n.trim().length > 0),
          jobTitle: fc.string({ maxLength: 40 }),
        }),
        relationship: fc.oneof(fc.string({ maxLength: 100 }), fc.constant(null)),
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
  const payload = () => fc.oneof(plausibleEdit(), fewFields(anyEdit()));

  const programmeFields = () =>
    fewFields(
      optionalRecord({
        name: field(text),
        description: field(text),
        theme: field(text),
        referencePrefix: field(prefix),
        timeZone: field(fc.constantFrom('Europe/London', 'UTC', 'Mars/Olympus')),
        nominationsOpenAt: field(isoDate),
        nominationsCloseAt: field(isoDate),
        judgingCloseAt: field(isoDate),
        plannedAnnouncementAt: field(isoDate),
        blindJudging: field(fc.boolean()),
        notifyNomineeOnSubmission: field(fc.boolean()),
        privacyFindingsBlockSubmission: field(fc.boolean()),
        peerScoresVisibleAfterOwn: field(fc.boolean()),
        retentionMonths: field(fc.integer({ min: -5, max: 200 })),
        unexpected: junk,
      }),
    );
  const criterion = () =>
    field(
      optionalRecord({
        title: field(text),
        guidance: field(text),
        weight: field(fc.integer({ min: 0, max: 101 })),
        scaleMax: field(fc.integer({ min: 1, max: 101 })),
        wordLimit: field(fc.integer({ min: 9, max: 5001 })),
      }),
    );
  const categoryFields = () =>
    fewFields(
      optionalRecord({
        name: field(text),
        description: field(text),
        eligibility: field(text),
        nomineeType: field(fc.constantFrom('individual', 'team')),
        numberOfWinners: field(fc.integer({ min: 0, max: 11 })),
        criteria: field(fc.array(criterion(), { maxLength: 3 })),
        evidenceMaxFiles: field(fc.integer({ min: -1, max: 21 })),
        evidenceMaxBytes: field(fc.integer({ min: 1000, max: 30 * 1024 * 1024 })),
        evidenceTypes: field(fc.array(field(fc.constantFrom('pdf', 'docx', 'png', 'jpeg', 'text')), { maxLength: 3 })),
        tieBreakRule: field(fc.constantFrom('normalised_then_chair', 'chair')),
        // null is a valid value of these two: it means "use the programme's".
        blindJudging: field(fc.boolean()),
        notifyNominee: field(fc.boolean()),
        unexpected: junk,
      }),
    );
  /** The version to send: right (0), stale (-1), or not a number at all (junk). */
  const versionDelta = fc.oneof(fc.constant(0), fc.constant(-1), junk);
  const versionFrom = (current: number, delta: unknown) => (typeof delta === 'number' ? current + delta : delta);

  const view = async (id: string) =>
    (await api.http.get(`/api/v1/nominations/${id}`).set('Authorization', as('alex'))).body;

  describe('nominations', () => {
    it('create never answers 500', async () => {
      await fc.assert(
        fc.asyncProperty(payload(), field(fc.boolean()), field(fc.boolean()), async (body, submit, confirm) => {
          const res = await fuzzed(
            api.http
              .post(`/api/v1/categories/${setup.category.id}/nominations`)
              .set('Authorization', as('alex'))
              .send({ ...body, submit, confirmPrivacyFindings: confirm }),
          );
          expect(res.status).toBeLessThan(500);
        }),
        { numRuns: 80 },
      );
    });

    it('an edit is applied exactly or not at all', async () => {
      const { body: draft } = await api.http
        .post(`/api/v1/categories/${setup.category.id}/nominations`)
        .set('Authorization', as('alex'))
        .send(completeNomination(setup.category));

      await fc.assert(
        fc.asyncProperty(payload(), versionDelta, async (body, delta) => {
          const before = await view(draft.id);
          const sentVersion = versionFrom(before.version, delta);

          const res = await fuzzed(
            api.http
              .patch(`/api/v1/nominations/${draft.id}`)
              .set('Authorization', as('alex'))
              .send({ ...body, version: sentVersion }),
          );
          const after = await view(draft.id);

          expect(res.status).toBeLessThan(500);
          if (res.status !== 200) {
            expect(after).toEqual(before);
            return;
          }
          expect(after).toEqual(res.body);
          expect(after.version).toBe(before.version + 1);
          const sent = body as {
            nominee?: { name: string };
            relationship?: string | null;
            statements?: { criterionId: string; text: string }[];
          };
          if (sent.nominee) expect(after.nominee.name).toBe(sent.nominee.name.trim());
          if (sent.relationship === null) expect(after.relationship).toBeNull();
          for (const statement of sent.statements ?? []) {
            expect(after.statements).toContainEqual(
              expect.objectContaining({ criterionId: statement.criterionId, text: statement.text }),
            );
          }
        }),
        { numRuns: 100 },
      );
    });

    it('submit never answers 500', async () => {
      await fc.assert(
        fc.asyncProperty(junk, async (body) => {
          const { body: draft } = await api.http
            .post(`/api/v1/categories/${setup.category.id}/nominations`)
            .set('Authorization', as('alex'))
            .send(completeNomination(setup.category));
          const res = await fuzzed(
            api.http
              .post(`/api/v1/nominations/${draft.id}/submit`)
              .set('Authorization', as('alex'))
              .set('Content-Type', 'application/json')
              .send(JSON.stringify(body) ?? 'null'),
          );
          expect(res.status).toBeLessThan(500);
        }),
        { numRuns: 25 },
      );
    });
  });

  describe('programmes', () => {
    const base = {
      name: 'Awards 2027',
      nominationsOpenAt: '2027-01-10T09:00:00Z',
      nominationsCloseAt: '2027-02-10T17:00:00Z',
    };

    it('create never answers 500', async () => {
      await fc.assert(
        fc.asyncProperty(programmeFields(), prefix, async (fields, referencePrefix) => {
          const res = await fuzzed(
            api.http
              .post('/api/v1/programmes')
              .set('Authorization', as('priya'))
              .send({ ...base, referencePrefix, ...fields }),
          );
          expect(res.status).toBeLessThan(500);
        }),
        { numRuns: 80 },
      );
    });

    it('an edit is applied or changes nothing', async () => {
      const { body: programme } = await api.http
        .post('/api/v1/programmes')
        .set('Authorization', as('priya'))
        .send({ ...base, referencePrefix: 'PROPEDIT' })
        .expect(201);
      const read = async () =>
        (await api.http.get(`/api/v1/programmes/${programme.id}`).set('Authorization', as('priya'))).body;

      await fc.assert(
        fc.asyncProperty(programmeFields(), versionDelta, async (fields, delta) => {
          const before = await read();
          const sentVersion = versionFrom(before.version, delta);

          const res = await fuzzed(
            api.http
              .patch(`/api/v1/programmes/${programme.id}`)
              .set('Authorization', as('priya'))
              .send({ ...fields, version: sentVersion }),
          );
          const after = await read();

          expect(res.status).toBeLessThan(500);
          if (res.status === 200) {
            expect(after).toEqual(res.body);
            // An edit that sends only the values already stored changes no row, so no version.
            if (after.version === before.version) expect(after).toEqual(before);
            else expect(after.version).toBe(before.version + 1);
            // A date is stored as sent, or cleared by null: never 1970-01-01.
            for (const date of ['nominationsOpenAt', 'nominationsCloseAt', 'judgingCloseAt', 'plannedAnnouncementAt']) {
              if (after[date] !== null) expect(new Date(after[date]).getUTCFullYear()).toBeGreaterThanOrEqual(2000);
            }
          } else {
            expect(after).toEqual(before);
          }
        }),
        { numRuns: 80 },
      );
    });
  });

  describe('categories', () => {
    const validCategory = {
      name: 'Team of the Year',
      criteria: [{ title: 'Impact', weight: 50, scaleMax: 10, wordLimit: 300 }],
    };

    it('create never answers 500', async () => {
      await fc.assert(
        fc.asyncProperty(categoryFields(), async (fields) => {
          const res = await fuzzed(
            api.http
              .post(`/api/v1/programmes/${setup.programme.id}/categories`)
              .set('Authorization', as('priya'))
              .send({ ...validCategory, ...fields }),
          );
          expect(res.status).toBeLessThan(500);
        }),
        { numRuns: 80 },
      );
    });

    it('an edit is applied or changes nothing', async () => {
      const { body: category } = await api.http
        .post(`/api/v1/programmes/${setup.programme.id}/categories`)
        .set('Authorization', as('priya'))
        .send(validCategory)
        .expect(201);
      const read = async () =>
        (await api.http.get(`/api/v1/categories/${category.id}`).set('Authorization', as('priya'))).body;

      await fc.assert(
        fc.asyncProperty(categoryFields(), versionDelta, async (fields, delta) => {
          const before = await read();
          const sentVersion = versionFrom(before.version, delta);

          const res = await fuzzed(
            api.http
              .patch(`/api/v1/categories/${category.id}`)
              .set('Authorization', as('priya'))
              .send({ ...fields, version: sentVersion }),
          );
          const after = await read();

          expect(res.status).toBeLessThan(500);
          if (res.status === 200) {
            expect(after).toEqual(res.body);
            expect(after.version).toBe(before.version + 1);
          } else {
            expect(after).toEqual(before);
          }
        }),
        { numRuns: 80 },
      );
    });
  });

  it('a query string or path segment of any characters never answers 500', async () => {
    // encodeURIComponent refuses a lone surrogate; send the bytes a careless client would (CESU-8).
    const encode = (v: string) => {
      try {
        return encodeURIComponent(v);
      } catch {
        return '%ED%A0%80';
      }
    };
    const value = fc.oneof(text, fc.constantFrom('1e20', '-1', '0x10', 'NaN', '%00', '%E0%A4%A', '%ud800'));
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('page', 'pageSize', 'status', 'categoryId', 'programmeId', 'x'), value, {
          maxKeys: 3,
        }),
        value,
        async (query, segment) => {
          const list = await fuzzed(
            api.http
              .get(
                `/api/v1/nominations?${Object.entries(query)
                  .map(([k, v]) => `${k}=${encode(v)}`)
                  .join('&')}`,
              )
              .set('Authorization', as('priya')),
          );
          const one = await fuzzed(
            api.http.get(`/api/v1/nominations/${encode(segment)}`).set('Authorization', as('priya')),
          );
          expect(list.status).toBeLessThan(500);
          expect(one.status).toBeLessThan(500);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('made the fuzzed requests it meant to, and none answered 5xx', () => {
    expect(tally.requests).toBeGreaterThanOrEqual(80 + 100 + 25 + 80 * 4 + 50 * 2);
    expect(tally.serverErrors).toBe(0);
  });
});
