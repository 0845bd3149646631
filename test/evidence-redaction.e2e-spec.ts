import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { purgeNominations, referencedEvidenceKeys } from '@commend/nominations';
import {
  completeNomination,
  openProgramme,
  riskyPdf,
  runEvidenceChecks,
  setPanel,
  signIn,
  startTestApi,
  type OpenProgramme,
  type TestApi,
} from '@commend/testing';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const REDACTED_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Title (redacted) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const TEXT = 'Sam Patel stayed late every night; ask sam.patel@example.nhs.uk or Alex Morgan.';
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

describe('Redacted copies of evidence', () => {
  let api: TestApi;
  let blind: OpenProgramme;
  let open: OpenProgramme;
  const as = (user: string) => `Bearer ${api.token(user)}`;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['sam', 'jo', 'alex', 'priya']) ids[user] = await signIn(api, user);
    blind = await openProgramme(api, { blindJudging: true });
    open = await openProgramme(api);
    for (const setup of [blind, open]) {
      await setPanel(api, setup.category.id, [{ userId: ids.sam }, { userId: ids.jo, chair: true }]);
    }
  });
  afterAll(async () => {
    await api.close();
  });

  const bytes = (req: ReturnType<TestApi['http']['get']>) =>
    req.buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });

  /** An eligible nomination by alex with one evidence file. */
  async function eligibleWith(
    setup: OpenProgramme,
    file: { content: Buffer; name: string; type: string },
  ): Promise<{ id: string; reference: string; evidenceId: string }> {
    const draft = await api.http
      .post(`/api/v1/categories/${setup.category.id}/nominations`)
      .set('Authorization', as('alex'))
      .send(completeNomination(setup.category))
      .expect(201);
    const evidence = await api.http
      .post(`/api/v1/nominations/${draft.body.id}/evidence`)
      .set('Authorization', as('alex'))
      .attach('file', file.content, { filename: file.name, contentType: file.type })
      .expect(201);
    // No worker here: the file's privacy check, which submit waits for, is done in this process.
    await runEvidenceChecks(api, draft.body.id);
    await api.http
      .post(`/api/v1/nominations/${draft.body.id}/submit`)
      .set('Authorization', as('alex'))
      .send({ confirmPrivacyFindings: true })
      .expect(200);
    await api.http
      .post(`/api/v1/nominations/${draft.body.id}/screening`)
      .set('Authorization', as('priya'))
      .send({ decision: 'eligible', reason: 'Meets the criteria' })
      .expect(200);
    return { id: draft.body.id, reference: draft.body.reference, evidenceId: evidence.body.id };
  }
  const url = (n: { id: string; evidenceId: string }) =>
    `/api/v1/nominations/${n.id}/evidence/${n.evidenceId}/redacted`;
  const put = (
    n: { id: string; evidenceId: string },
    content: Buffer,
    filename: string,
    contentType: string,
    user = 'priya',
  ) => api.http.put(url(n)).set('Authorization', as(user)).attach('file', content, { filename, contentType });
  const judgeGets = (n: { id: string; evidenceId: string }, user = 'sam') =>
    bytes(api.http.get(`/api/v1/judging/nominations/${n.id}/evidence/${n.evidenceId}`).set('Authorization', as(user)));
  const copyKeys = async (evidenceId: string): Promise<string[]> =>
    (
      await api.db.query<{ storage_key: string }[]>(
        'SELECT storage_key FROM evidence_redactions WHERE evidence_id = $1',
        [evidenceId],
      )
    ).map((r) => r.storage_key);
  const stored = (key: string) => existsSync(join(api.config.evidenceStorageDir, key));

  it('serves the admin’s copy to a judge of a blind category, never the original, under a neutral name; audited', async () => {
    const n = await eligibleWith(blind, { content: PDF, name: 'Sam Patel referral.pdf', type: 'application/pdf' });

    const res = await put(n, REDACTED_PDF, 'redacted.pdf', 'application/pdf');

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      evidenceId: n.evidenceId,
      type: 'pdf',
      size: REDACTED_PDF.length,
      sha256: sha256(REDACTED_PDF),
    });
    expect(res.body).not.toHaveProperty('storageKey');
    for (const judge of ['sam', 'jo']) {
      const file = await judgeGets(n, judge);
      expect(file.status).toBe(200);
      expect(sha256(file.body as Buffer)).toBe(sha256(REDACTED_PDF));
      expect(file.headers['content-disposition']).toContain(`${n.reference}-evidence-1.pdf`);
    }
    const admin = await bytes(api.http.get(url(n)).set('Authorization', as('priya')));
    expect(admin.status).toBe(200);
    expect(sha256(admin.body as Buffer)).toBe(sha256(REDACTED_PDF));
    // The nominator and an admin still download the original.
    const original = await bytes(
      api.http.get(`/api/v1/nominations/${n.id}/evidence/${n.evidenceId}`).set('Authorization', as('alex')),
    );
    expect(sha256(original.body as Buffer)).toBe(sha256(PDF));
    const view = await api.http.get(`/api/v1/nominations/${n.id}`).set('Authorization', as('priya')).expect(200);
    expect(view.body.evidence[0].redactedCopy).toMatchObject({
      fileName: 'redacted.pdf',
      sha256: sha256(REDACTED_PDF),
    });
    const mine = await api.http.get(`/api/v1/nominations/${n.id}`).set('Authorization', as('alex')).expect(200);
    expect(mine.body.evidence[0]).not.toHaveProperty('redactedCopy');
    const audit = await api.db.query<{ action: string; data: Record<string, unknown> }[]>(
      `SELECT action, data FROM audit_records WHERE entity_id = $1 AND action LIKE 'evidence.%' ORDER BY seq`,
      [n.id],
    );
    expect(audit.map((a) => [a.action, a.data.as ?? null, a.data.served ?? null])).toEqual([
      ['evidence.uploaded', null, null],
      ['evidence.redacted', null, null],
      ['evidence.downloaded', 'judge', 'redacted'],
      ['evidence.downloaded', 'judge', 'redacted'],
      ['evidence.downloaded', 'admin', 'redacted'],
      ['evidence.downloaded', 'nominator-or-admin', null],
    ]);
  });

  it('replaces an earlier copy and deletes its bytes; after a delete the judge gets the original PDF again', async () => {
    const n = await eligibleWith(blind, { content: PDF, name: 'referral.pdf', type: 'application/pdf' });
    await put(n, REDACTED_PDF, 'first.pdf', 'application/pdf').expect(200);
    const [first] = await copyKeys(n.evidenceId);
    expect(stored(first)).toBe(true);

    const second = await put(n, PNG, 'second.png', 'image/png');

    expect(second.status).toBe(200);
    const [now] = await copyKeys(n.evidenceId);
    expect(now).not.toBe(first);
    expect(stored(first)).toBe(false);
    expect(stored(now)).toBe(true);
    const file = await judgeGets(n);
    expect(sha256(file.body as Buffer)).toBe(sha256(PNG));
    expect(file.headers['content-type']).toBe('image/png');
    const listed = await api.http
      .get(`/api/v1/judging/nominations/${n.id}`)
      .set('Authorization', as('sam'))
      .expect(200);
    expect(listed.body.evidence[0]).toMatchObject({
      type: 'png',
      size: PNG.length,
      fileName: `${listed.body.reference}-evidence-1.png`,
    });

    await api.http.delete(url(n)).set('Authorization', as('priya')).expect(204);

    expect(await copyKeys(n.evidenceId)).toEqual([]);
    expect(stored(now)).toBe(false);
    expect(sha256((await judgeGets(n)).body as Buffer)).toBe(sha256(PDF));
    const gone = await api.http.get(url(n)).set('Authorization', as('priya'));
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('redacted_copy.not_found');
    expect((await api.http.delete(url(n)).set('Authorization', as('priya'))).status).toBe(404);
  });

  it('masks names in text evidence without a copy in a blind category, and serves the copy when there is one', async () => {
    const n = await eligibleWith(blind, { content: Buffer.from(TEXT), name: 'notes.txt', type: 'text/plain' });

    const masked = await judgeGets(n);

    expect(masked.status).toBe(200);
    const text = (masked.body as Buffer).toString('utf8');
    expect(text).toBe('[the nominee] stayed late every night; ask [e-mail] or [the nominator].');
    expect(Number(masked.headers['content-length'])).toBe(Buffer.byteLength(text));
    const [read] = await api.db.query<{ data: Record<string, unknown> }[]>(
      `SELECT data FROM audit_records WHERE entity_id = $1 AND action = 'evidence.downloaded' ORDER BY seq DESC LIMIT 1`,
      [n.id],
    );
    expect(read.data).toMatchObject({ as: 'judge', served: 'masked' });

    await put(n, Buffer.from('The nominee stayed late.'), 'copy.txt', 'text/plain').expect(200);
    expect(((await judgeGets(n)).body as Buffer).toString('utf8')).toBe('The nominee stayed late.');
  });

  it('gives judges of a category that is not blind the original text, and refuses a copy there', async () => {
    const n = await eligibleWith(open, { content: Buffer.from(TEXT), name: 'notes.txt', type: 'text/plain' });

    const res = await put(n, REDACTED_PDF, 'redacted.pdf', 'application/pdf');

    expect(res.status).toBe(422);
    expect(res.body.code).toBe('evidence.not_blind');
    expect(await copyKeys(n.evidenceId)).toEqual([]);
    expect(((await judgeGets(n)).body as Buffer).toString('utf8')).toBe(TEXT);
  });

  it('refuses a copy by content: a type the category does not take, a claimed type the bytes belie, a risky PDF', async () => {
    const n = await eligibleWith(blind, { content: PDF, name: 'referral.pdf', type: 'application/pdf' });
    const filesBefore = (await api.db.query('SELECT count(*)::int AS n FROM evidence_redactions'))[0].n;

    const cases: [Response, number, string][] = [
      [
        await put(n, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]), 'x.pdf', 'application/pdf'),
        415,
        'evidence.unsupported_type',
      ],
      [await put(n, PNG, 'x.pdf', 'application/pdf'), 415, 'evidence.type_mismatch'],
      [await put(n, riskyPdf.javaScriptAction(), 'x.pdf', 'application/pdf'), 415, ''],
      [await api.http.put(url(n)).set('Authorization', as('priya')).send({ file: 'x' }), 400, 'evidence.not_multipart'],
    ];

    for (const [res, status, code] of cases) {
      expect(res.status).toBe(status);
      if (code) expect(res.body.code).toBe(code);
      else expect(res.body.code).toMatch(/^evidence\./);
    }
    expect((await api.db.query('SELECT count(*)::int AS n FROM evidence_redactions'))[0].n).toBe(filesBefore);
    expect(sha256((await judgeGets(n)).body as Buffer)).toBe(sha256(PDF));
  });

  it('is for admins only: judges, the nominator and others get 403', async () => {
    const n = await eligibleWith(blind, { content: PDF, name: 'referral.pdf', type: 'application/pdf' });
    await put(n, REDACTED_PDF, 'redacted.pdf', 'application/pdf').expect(200);

    for (const user of ['alex', 'sam', 'jo']) {
      expect([user, (await put(n, PNG, 'x.png', 'image/png', user)).status]).toEqual([user, 403]);
      expect([user, (await api.http.get(url(n)).set('Authorization', as(user))).status]).toEqual([user, 403]);
      expect([user, (await api.http.delete(url(n)).set('Authorization', as(user))).status]).toEqual([user, 403]);
    }
    expect(await copyKeys(n.evidenceId)).toHaveLength(1);
    const missing = await put(
      { id: n.id, evidenceId: '00000000-0000-4000-8000-000000000000' },
      PNG,
      'x.png',
      'image/png',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('evidence.not_found');
  });

  it('keeps copies from the orphan sweep, and the retention purge removes them with their keys', async () => {
    const n = await eligibleWith(blind, { content: PDF, name: 'referral.pdf', type: 'application/pdf' });
    await put(n, REDACTED_PDF, 'redacted.pdf', 'application/pdf').expect(200);
    const [copy] = await copyKeys(n.evidenceId);
    const [{ storage_key: original }] = await api.db.query<{ storage_key: string }[]>(
      'SELECT storage_key FROM evidence WHERE id = $1',
      [n.evidenceId],
    );

    expect(await referencedEvidenceKeys(api.db, [copy, original, `evidence/${n.id}/redacted-gone`])).toEqual(
      new Set([copy, original]),
    );

    const purged = await api.db.transaction((manager) => purgeNominations(manager, blind.programme.id));

    expect(purged.storageKeys).toEqual(expect.arrayContaining([copy, original]));
    expect(purged.redactedCopies).toBeGreaterThanOrEqual(1);
    expect(await copyKeys(n.evidenceId)).toEqual([]);
    expect(
      (
        await api.db.query(
          'SELECT count(*)::int AS n FROM evidence_redactions r JOIN evidence e ON e.id = r.evidence_id JOIN nominations m ON m.id = e.nomination_id WHERE m.programme_id = $1',
          [blind.programme.id],
        )
      )[0].n,
    ).toBe(0);
    expect(await referencedEvidenceKeys(api.db, [copy, original])).toEqual(new Set());
  });
});
