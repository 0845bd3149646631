import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  completeNomination,
  freshContainerName,
  openProgramme,
  startAzuriteWithClock,
  startQueueStack,
  storageProbe,
  STORAGE_DRIVERS,
  waitForEvidenceChecks,
  type AzuriteWithClock,
  type QueueStack,
  type StorageProbe,
} from '@commend/testing';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(STORAGE_DRIVERS)('The evidence orphan sweep, through the %s driver', (driver) => {
  let stack: QueueStack;
  let storage: StorageProbe;
  /** The blob driver's store: an Azurite of this suite's own, whose clock moves back to store blobs "days ago". */
  let azurite: AzuriteWithClock | undefined;
  let container: ContainerClient | undefined;
  const as = (user: string) => `Bearer ${stack.api.token(user)}`;
  const root = () => stack.api.config.evidenceStorageDir;
  const listFiles = () => storage.entries();

  /**
   * Runs `write` so that what it stores was last written `hours` ago: with Azurite's clock moved
   * back for the blob driver, or by setting the new files' times afterwards for the local one.
   */
  const writtenHoursAgo = async <T>(hours: number, write: () => Promise<T>): Promise<T> => {
    if (azurite) {
      await azurite.setClock(-hours * 3_600_000);
      try {
        return await write();
      } finally {
        await azurite.setClock(0);
      }
    }
    const before = new Set(await listFiles());
    const result = await write();
    const when = new Date(Date.now() - hours * 3_600_000);
    for (const key of await listFiles()) if (!before.has(key)) utimesSync(join(root(), key), when, when);
    return result;
  };
  /** Stores bytes no row knows about under `key`, `ageHours` ago. */
  const plant = (key: string, ageHours: number): Promise<string> =>
    writtenHoursAgo(ageHours, async () => {
      if (container) {
        await container.getBlockBlobClient(key).upload('a copy no row knows about', 25);
      } else {
        mkdirSync(dirname(join(root(), key)), { recursive: true });
        writeFileSync(join(root(), key), 'a copy no row knows about');
      }
      return key;
    });
  /**
   * What a write killed mid-upload leaves: a temp file for the local driver (which the sweep
   * removes), uncommitted blocks for the blob one (which the service discards by itself).
   */
  const abandon = (nominationId: string): Promise<string> =>
    writtenHoursAgo(72, async () => {
      if (container) {
        const key = `evidence/${nominationId}/${randomUUID()}`;
        await container.getBlockBlobClient(key).stageBlock(Buffer.from('000000').toString('base64'), 'half', 4);
        return key;
      }
      const key = `evidence/${nominationId}/.${randomUUID()}.0123456789abcdef.tmp`;
      writeFileSync(join(root(), key), 'crashed mid-write');
      return key;
    });
  const sweep = async () => {
    const before = await stack.api.db.query(`SELECT 1 FROM audit_records WHERE action = 'evidence.orphans_swept'`);
    // The daily job, run now rather than at 02:45.
    const queue = new Queue('events', { connection: { host: '127.0.0.1', port: stack.redis.port } });
    await queue.add('evidence.orphan_sweep', {});
    await queue.close();
    for (let i = 0; i < 60; i++) {
      await sleep(250);
      const audit = await stack.api.db.query<{ data: unknown }[]>(
        `SELECT data FROM audit_records WHERE action = 'evidence.orphans_swept' ORDER BY seq`,
      );
      if (audit.length > before.length) return audit.at(-1)!.data;
    }
    throw new Error('The sweep did not finish within 15 s');
  };

  beforeAll(async () => {
    if (driver === 'azure-blob') {
      azurite = await startAzuriteWithClock();
      const containerName = freshContainerName();
      container = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(containerName);
      stack = await startQueueStack({
        STORAGE_DRIVER: 'azure-blob',
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        AZURE_STORAGE_CONTAINER: containerName,
      });
    } else {
      stack = await startQueueStack();
    }
    storage = storageProbe(stack.api.config);
  });
  afterAll(async () => {
    await stack?.close();
    await azurite?.stop();
  });

  it('removes a planted orphan past the grace period, keeps every referenced file and recent one, audited with counts', async () => {
    const setup = await openProgramme(stack.api);
    const draft = await stack.api.http
      .post(`/api/v1/categories/${setup.category.id}/nominations`)
      .set('Authorization', as('alex'))
      .send(completeNomination(setup.category))
      .expect(201);
    // As old as the orphan: only the row keeps it.
    const uploaded = await writtenHoursAgo(72, () =>
      stack.api.http
        .post(`/api/v1/nominations/${draft.body.id}/evidence`)
        .set('Authorization', as('alex'))
        .attach('file', PDF, { filename: 'kept.pdf', contentType: 'application/pdf' })
        .expect(201),
    );
    const [{ storage_key: referenced }] = await stack.api.db.query<{ storage_key: string }[]>(
      'SELECT storage_key FROM evidence WHERE id = $1',
      [uploaded.body.id],
    );
    const orphan = await plant(`evidence/${draft.body.id}/${randomUUID()}`, 72);
    const recent = await plant(`evidence/${randomUUID()}/${randomUUID()}`, 1); // inside the 24-hour grace
    const abandoned = await abandon(draft.body.id);
    expect(await listFiles()).toEqual([referenced, orphan, recent, abandoned].sort());

    const counts = await sweep();

    if (driver === 'local') {
      expect(counts).toEqual({ checked: 2, removed: 1, abandonedWrites: 1, graceHours: 24 });
      expect(await listFiles()).toEqual([referenced, recent].sort());
    } else {
      // Uncommitted blocks are neither listed as objects nor removable: Azure discards them itself.
      expect(counts).toEqual({ checked: 2, removed: 1, abandonedWrites: 0, graceHours: 24 });
      expect(await listFiles()).toEqual([referenced, recent, abandoned].sort());
      expect(await storage.has(abandoned)).toBe(false);
    }
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
    await writtenHoursAgo(72, () =>
      stack.api.http
        .put(`/api/v1/nominations/${created.body.id}/evidence/${uploaded.body.id}/redacted`)
        .set('Authorization', as('priya'))
        .attach('file', PDF, { filename: 'redacted.pdf', contentType: 'application/pdf' })
        .expect(200),
    );
    const [{ storage_key: copy }] = await stack.api.db.query<{ storage_key: string }[]>(
      'SELECT storage_key FROM evidence_redactions WHERE evidence_id = $1',
      [uploaded.body.id],
    );
    const orphanCopy = await plant(`evidence/${created.body.id}/redacted-${randomUUID()}`, 72);

    await sweep();

    const files = await listFiles();
    expect(files).toContain(copy);
    expect(files).not.toContain(orphanCopy);
  });
});
