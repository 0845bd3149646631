import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  completeNomination,
  openProgramme,
  startQueueStack,
  waitForEvidenceChecks,
  type QueueStack,
} from '@commend/testing';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('The evidence orphan sweep', () => {
  let stack: QueueStack;
  const as = (user: string) => `Bearer ${stack.api.token(user)}`;
  const root = () => stack.api.config.evidenceStorageDir;
  const listFiles = (): string[] =>
    readdirSync(root(), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(root(), join(e.parentPath, e.name)))
      .sort();
  const plant = (relativePath: string, ageHours: number): string => {
    const path = join(root(), relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, 'a copy no row knows about');
    const when = new Date(Date.now() - ageHours * 3_600_000);
    utimesSync(path, when, when);
    return relativePath;
  };

  beforeAll(async () => {
    stack = await startQueueStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('removes a planted orphan past the grace period, keeps every referenced file and recent one, audited with counts', async () => {
    const setup = await openProgramme(stack.api);
    const draft = await stack.api.http
      .post(`/api/v1/categories/${setup.category.id}/nominations`)
      .set('Authorization', as('alex'))
      .send(completeNomination(setup.category))
      .expect(201);
    const uploaded = await stack.api.http
      .post(`/api/v1/nominations/${draft.body.id}/evidence`)
      .set('Authorization', as('alex'))
      .attach('file', PDF, { filename: 'kept.pdf', contentType: 'application/pdf' })
      .expect(201);
    const [{ storage_key: referenced }] = await stack.api.db.query<{ storage_key: string }[]>(
      'SELECT storage_key FROM evidence WHERE id = $1',
      [uploaded.body.id],
    );
    const old = new Date(Date.now() - 72 * 3_600_000);
    utimesSync(join(root(), referenced), old, old); // as old as the orphan: only the row keeps it
    const orphan = plant(`evidence/${draft.body.id}/${randomUUID()}`, 72);
    const recent = plant(`evidence/${randomUUID()}/${randomUUID()}`, 1); // inside the 24-hour grace
    const abandoned = plant(`evidence/${draft.body.id}/.${randomUUID()}.0123456789abcdef.tmp`, 72);
    expect(listFiles()).toEqual([referenced, orphan, recent, abandoned].sort());

    // The daily job, run now rather than at 02:45.
    const queue = new Queue('events', { connection: { host: '127.0.0.1', port: stack.redis.port } });
    await queue.add('evidence.orphan_sweep', {});
    await queue.close();
    let audit: { data: unknown }[] = [];
    for (let i = 0; i < 60 && audit.length === 0; i++) {
      await sleep(250);
      audit = await stack.api.db.query(`SELECT data FROM audit_records WHERE action = 'evidence.orphans_swept'`);
    }

    expect(audit).toEqual([{ data: { checked: 2, removed: 1, abandonedWrites: 1, graceHours: 24 } }]);
    expect(listFiles()).toEqual([referenced, recent].sort());
    const download = await stack.api.http
      .get(`/api/v1/nominations/${draft.body.id}/evidence/${uploaded.body.id}`)
      .set('Authorization', as('alex'))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
  });

  it("keeps an admin's redacted copy of evidence, however old, and removes one whose row is gone", async () => {
    const setup = await openProgramme(stack.api, { blindJudging: true });
    const created = await stack.api.http
      .post(`/api/v1/categories/${setup.category.id}/nominations`)
      .set('Authorization', as('alex'))
      .send(completeNomination(setup.category))
      .expect(201);
    const uploaded = await stack.api.http
      .post(`/api/v1/nominations/${created.body.id}/evidence`)
      .set('Authorization', as('alex'))
      .attach('file', PDF, { filename: 'original.pdf', contentType: 'application/pdf' })
      .expect(201);
    // The worker checks the file for the privacy check; submit waits for it.
    await waitForEvidenceChecks(stack.api, created.body.id);
    await stack.api.http
      .post(`/api/v1/nominations/${created.body.id}/submit`)
      .set('Authorization', as('alex'))
      .send({ confirmPrivacyFindings: true })
      .expect(200);
    await stack.api.http
      .put(`/api/v1/nominations/${created.body.id}/evidence/${uploaded.body.id}/redacted`)
      .set('Authorization', as('priya'))
      .attach('file', PDF, { filename: 'redacted.pdf', contentType: 'application/pdf' })
      .expect(200);
    const [{ storage_key: copy }] = await stack.api.db.query<{ storage_key: string }[]>(
      'SELECT storage_key FROM evidence_redactions WHERE evidence_id = $1',
      [uploaded.body.id],
    );
    const old = new Date(Date.now() - 72 * 3_600_000);
    utimesSync(join(root(), copy), old, old);
    const orphanCopy = plant(`evidence/${created.body.id}/redacted-${randomUUID()}`, 72);
    const before = await stack.api.db.query(`SELECT 1 FROM audit_records WHERE action = 'evidence.orphans_swept'`);

    const queue = new Queue('events', { connection: { host: '127.0.0.1', port: stack.redis.port } });
    await queue.add('evidence.orphan_sweep', {});
    await queue.close();
    for (let i = 0; i < 60; i++) {
      await sleep(250);
      const after = await stack.api.db.query(`SELECT 1 FROM audit_records WHERE action = 'evidence.orphans_swept'`);
      if (after.length > before.length) break;
    }

    const files = listFiles();
    expect(files).toContain(copy);
    expect(files).not.toContain(orphanCopy);
  });
});
