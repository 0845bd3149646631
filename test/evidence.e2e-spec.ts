import { createHash } from 'node:crypto';
import { readdirSync, readlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { azureContainerClient, type AzureBlobSettings } from '@commend/core';
import {
  completeNomination,
  docx,
  openProgramme,
  riskyDocx,
  riskyPdf,
  startTestApi,
  storageEnv,
  storageProbe,
  STORAGE_DRIVERS,
  type OpenProgramme,
  type StorageProbe,
  type TestApi,
} from '@commend/testing';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const BINARY = Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]);

describe.each(STORAGE_DRIVERS)('Evidence, stored by the %s driver', (driver) => {
  let api: TestApi;
  let setup: OpenProgramme;
  let storage: StorageProbe;
  const as = (user: string) => `Bearer ${api.token(user)}`;

  beforeAll(async () => {
    api = await startTestApi(storageEnv(driver));
    storage = storageProbe(api.config);
    setup = await openProgramme(api); // two files of up to 64 KB
  });
  afterAll(async () => {
    await api.close();
  });

  const newDraft = async (): Promise<string> =>
    (
      await api.http
        .post(`/api/v1/categories/${setup.category.id}/nominations`)
        .set('Authorization', as('alex'))
        .send(completeNomination(setup.category))
    ).body.id;
  const upload = (id: string, content: Buffer, filename: string, contentType: string, user = 'alex') =>
    api.http
      .post(`/api/v1/nominations/${id}/evidence`)
      .set('Authorization', as(user))
      .attach('file', content, { filename, contentType });
  /** Everything in the store, what half-finished writes leave included. */
  const listFiles = (): Promise<string[]> => storage.entries();
  const storedFiles = async (): Promise<number> => (await listFiles()).length;
  /** This process's open file descriptors into the evidence folder (the API runs in this process). */
  const openEvidenceFds = (): string[] =>
    readdirSync('/proc/self/fd').flatMap((fd) => {
      try {
        const target = readlinkSync(`/proc/self/fd/${fd}`);
        return target.startsWith(api.config.evidenceStorageDir) ? [target] : [];
      } catch {
        return []; // closed while we looked
      }
    });
  const fileHandles = (): number => process.getActiveResourcesInfo().filter((r) => r === 'FileHandle').length;
  /** A multipart body from parts given in order, each a field or a file. */
  const multipart = (boundary: string, parts: { name: string; filename?: string; body: Buffer | string }[]) =>
    Buffer.concat([
      ...parts.flatMap((part) => [
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"` +
            (part.filename ? `; filename="${part.filename}"\r\nContent-Type: text/plain` : '') +
            '\r\n\r\n',
        ),
        Buffer.from(part.body),
        Buffer.from('\r\n'),
      ]),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
  const rows = async (id: string): Promise<number> =>
    (await api.db.query('SELECT count(*)::int AS n FROM evidence WHERE nomination_id = $1', [id]))[0].n;

  it('stores a PDF under a generated key with its SHA-256, and lets the nominator and an admin download it, audited', async () => {
    const id = await newDraft();

    const res = await upload(id, PDF, 'Referral summary.pdf', 'application/pdf');

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      fileName: 'Referral summary.pdf',
      type: 'pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(res.body).not.toHaveProperty('storageKey');
    for (const user of ['alex', 'priya']) {
      const file = await api.http
        .get(`/api/v1/nominations/${id}/evidence/${res.body.id}`)
        .set('Authorization', as(user))
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toContain('attachment; filename="Referral summary.pdf"');
      expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
    }
    const reads = await api.db.query(
      `SELECT actor_id FROM audit_records WHERE action = 'evidence.downloaded' AND data->>'evidenceId' = $1`,
      [res.body.id],
    );
    expect(reads).toHaveLength(2);
  });

  it('does not show a file to another colleague', async () => {
    const id = await newDraft();
    const { body } = await upload(id, PDF, 'a.pdf', 'application/pdf');

    const res = await api.http.get(`/api/v1/nominations/${id}/evidence/${body.id}`).set('Authorization', as('bola'));

    expect(res.status).toBe(404);
  });

  describe('refuses bad uploads, leaving no byte and no open handle behind', () => {
    let id: string;
    let filesBefore: string[];
    let handlesBefore: number;

    beforeEach(async () => {
      id = await newDraft();
      filesBefore = await listFiles();
      handlesBefore = fileHandles();
    });
    afterEach(async () => {
      expect(await rows(id)).toBe(0);
      // Checked again a moment later: a write left running would show up as a file or a temp file.
      for (const wait of [0, 300]) {
        await new Promise((resolve) => setTimeout(resolve, wait));
        expect(await listFiles()).toEqual(filesBefore);
        expect(openEvidenceFds()).toEqual([]);
        expect(fileHandles()).toBeLessThanOrEqual(handlesBefore);
      }
    });

    const rawMultipart = (body: Buffer, boundary = 'commendboundary') =>
      api.http
        .post(`/api/v1/nominations/${id}/evidence`)
        .set('Authorization', as('alex'))
        .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
        .send(body);
    const text = Buffer.from('Visit notes, seen weekly.\n'.repeat(2000)); // about 52 KB: several chunks

    it('a field before the file: 400 evidence.no_fields', async () => {
      const res = await rawMultipart(
        multipart('commendboundary', [
          { name: 'note', body: 'see attached' },
          { name: 'file', filename: 'notes.txt', body: text },
        ]),
      );

      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'evidence.no_fields' });
    });

    it('a field after the file: 400 evidence.no_fields', async () => {
      const res = await rawMultipart(
        multipart('commendboundary', [
          { name: 'file', filename: 'notes.txt', body: text },
          { name: 'note', body: 'see attached' },
        ]),
      );

      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'evidence.no_fields' });
    });

    it('two files: 400 evidence.one_file', async () => {
      const res = await rawMultipart(
        multipart('commendboundary', [
          { name: 'file', filename: 'one.txt', body: text },
          { name: 'file', filename: 'two.txt', body: text },
        ]),
      );

      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'evidence.one_file' });
    });

    it('a file in a field of another name: 400 evidence.bad_field', async () => {
      const res = await rawMultipart(multipart('commendboundary', [{ name: 'upload', filename: 'a.txt', body: text }]));

      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'evidence.bad_field' });
    });

    /** Sends the headers and the first 40 KB of a longer upload on a raw socket, which it returns. */
    const startUpload = async () => {
      const server = api.app.getHttpServer() as Server;
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const head = multipart('commendboundary', [{ name: 'file', filename: 'notes.txt', body: text }]).subarray(
        0,
        40_000,
      );
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      socket.write(
        `POST /api/v1/nominations/${id}/evidence HTTP/1.1\r\nHost: localhost\r\n` +
          `Authorization: ${as('alex')}\r\nContent-Type: multipart/form-data; boundary=commendboundary\r\n` +
          `Content-Length: ${head.length + 100_000}\r\n\r\n`,
      );
      socket.write(head);
      return socket;
    };
    const until = async (done: () => Promise<boolean>, ms: number) => {
      const deadline = Date.now() + ms;
      while (!(await done()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    };

    it('a client that stops mid-stream: the half-written file is removed, its handle closed, nothing committed', async () => {
      const socket = await startUpload();
      if (driver === 'local') {
        // Wait until the server is writing the file, so the test sees a write cut off, not one never begun.
        await until(async () => (await listFiles()).some((f) => f.endsWith('.tmp')), 5_000);
        expect((await listFiles()).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
      }
      // (The blob driver shows nothing while the first block fills: 40 KB stage no block of 4 MiB.)

      socket.destroy();

      await until(
        async () => (await listFiles()).length === filesBefore.length && openEvidenceFds().length === 0,
        5_000,
      );
    });

    const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    it.each([
      ['a DOCX with a VBA project (a .docm renamed .docx)', riskyDocx.macros(), 'docx_macros', /remove the macros/],
      [
        'a DOCX whose content type is macro-enabled',
        riskyDocx.macroEnabledContentType(),
        'docx_macros',
        /remove the macros/,
      ],
      [
        'a DOCX with an external attachedTemplate',
        riskyDocx.externalTemplate(),
        'docx_external_link',
        /external attachedTemplate.*Developer > Document Template/,
      ],
      ['a DOCX that expands from about 50 KB to 50 MB', riskyDocx.bomb(50), 'expands_too_far', /decompression bomb/],
    ])('%s: 415 saying what to do', async (_label, file, code, message) => {
      expect(file.length).toBeLessThan(64 * 1024); // refused for its content, not its size

      const res = await upload(id, file, 'statement.docx', DOCX);

      expect(res.status).toBe(415);
      expect(res.body.code).toBe(`evidence.${code}`);
      expect(res.body.message).toMatch(message);
      expect(res.body.message).toMatch(/PDF\/A/);
    });

    it.each([
      ['a JavaScript name tree', '/JavaScript', riskyPdf.javaScriptNameTree()],
      ['a /JS action', '/JS', riskyPdf.javaScriptAction()],
      ['an /OpenAction', '/OpenAction', riskyPdf.openAction()],
      ['additional actions', '/AA', riskyPdf.additionalActions()],
      ['a /Launch action', '/Launch', riskyPdf.launch()],
      ['an /EmbeddedFile', '/EmbeddedFile', riskyPdf.embeddedFile()],
      ['an /OpenAction packed in a compressed object stream', '/OpenAction', riskyPdf.inObjectStream()],
    ])('a PDF with %s: 415 naming %s and saying to save it as PDF/A', async (_label, name, file) => {
      const res = await upload(id, file, 'report.pdf', 'application/pdf');

      expect(res.status).toBe(415);
      expect(res.body.code).toBe('evidence.pdf_active_content');
      expect(res.body.message).toContain(`(${name}`);
      expect(res.body.message).toContain('save it as PDF/A');
    });

    it('a PDF that is also an HTML page: 415', async () => {
      const res = await upload(id, riskyPdf.htmlPolyglot(), 'report.pdf', 'application/pdf');

      expect(res.status).toBe(415);
      expect(res.body).toMatchObject({ code: 'evidence.pdf_polyglot' });
      expect(res.body.message).toContain('save it again as PDF/A');
    });

    it('content that is not its claimed type: 415', async () => {
      const res = await upload(id, PDF, 'photo.png', 'image/png');

      expect(res.status).toBe(415);
      expect(res.body.message).toBe('The file was sent as image/png but its content is PDF');
    });

    it('content of no accepted type: 415 naming what is accepted', async () => {
      const res = await upload(id, BINARY, 'data.bin', 'application/octet-stream');

      expect(res.status).toBe(415);
      expect(res.body.message).toMatch(/not one this category accepts: PDF, Word \(DOCX\), PNG, JPEG, plain text/);
    });

    it('a text file that is not UTF-8: 415 saying to save it as UTF-8', async () => {
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Visit notes', 'utf16le')]);

      const res = await upload(id, utf16, 'notes.txt', 'text/plain');

      expect(res.status).toBe(415);
      expect(res.body.message).toMatch(/\(save text files as UTF-8\)$/);
    });

    it('an empty file: 400', async () => {
      const res = await upload(id, Buffer.alloc(0), 'empty.txt', 'text/plain');

      expect(res.status).toBe(400);
      expect(res.body.message).toBe('The file is empty');
    });

    it("a file over the category's limit: 413", async () => {
      const res = await upload(id, Buffer.concat([PNG, Buffer.alloc(70 * 1024, 7)]), 'big.png', 'image/png');

      expect(res.status).toBe(413);
      expect(res.body.message).toBe("The file is larger than this category's limit of 64 KB");
    });

    // Raw bodies: HTTP clients strip paths from file names before sending, as they should.
    const rawUpload = (disposition: string) => {
      const boundary = 'commendboundary';
      const body = [
        `--${boundary}`,
        `Content-Disposition: form-data; name="file"; ${disposition}`,
        'Content-Type: text/plain',
        '',
        'hello',
        `--${boundary}--`,
        '',
      ].join('\r\n');
      return api.http
        .post(`/api/v1/nominations/${id}/evidence`)
        .set('Authorization', as('alex'))
        .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
        .send(body);
    };

    it.each([
      ['path separators', 'filename="../../etc/passwd"', /must not contain \/ or \\/],
      ['a backslash', 'filename="C:\\Users\\sam\\notes.txt"', /must not contain \/ or \\/],
      [
        'control characters (sent encoded, as RFC 5987 allows)',
        "filename*=UTF-8''notes%07%1B.txt",
        /control characters/,
      ],
    ])('a file name with %s: 400', async (_label, disposition, message) => {
      const res = await rawUpload(disposition);

      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(message);
    });

    it('a multipart body cut short: 400', async () => {
      const boundary = 'commendboundary';
      const partial = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhalf a fi`;

      const res = await api.http
        .post(`/api/v1/nominations/${id}/evidence`)
        .set('Authorization', as('alex'))
        .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
        .send(partial);

      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/cut short or malformed/);
    });

    it('no multipart at all: 400 saying how to send it', async () => {
      const res = await api.http
        .post(`/api/v1/nominations/${id}/evidence`)
        .set('Authorization', as('alex'))
        .send({ file: 'x' });

      expect(res.status).toBe(400);
      expect(res.body.message).toBe('Send the file as multipart/form-data in a field named "file"');
    });
  });

  it('accepts a plain DOCX, built the same way as the refused ones', async () => {
    const id = await newDraft();

    const res = await upload(
      id,
      docx(),
      'statement.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );

    expect(res.status).toBe(201);
    expect(res.body.type).toBe('docx');
  });

  it('one file too many: 422, the first two kept', async () => {
    const id = await newDraft();
    await upload(id, PDF, 'one.pdf', 'application/pdf').expect(201);
    await upload(id, PNG, 'two.png', 'image/png').expect(201);

    const third = await upload(id, Buffer.from('three'), 'three.txt', 'text/plain');

    expect(third.status).toBe(422);
    expect(third.body.message).toBe('This category takes at most 2 evidence file(s); remove one first');
    expect(await rows(id)).toBe(2);
  });

  it('removes a file from a draft', async () => {
    const id = await newDraft();
    const { body } = await upload(id, PDF, 'gone.pdf', 'application/pdf');
    const filesBefore = await storedFiles();

    await api.http.delete(`/api/v1/nominations/${id}/evidence/${body.id}`).set('Authorization', as('alex')).expect(204);

    expect(await rows(id)).toBe(0);
    expect(await storedFiles()).toBe(filesBefore - 1);
  });

  it('answers 404, not 500, for a file whose stored bytes are gone', async () => {
    const id = await newDraft();
    const { body } = await upload(id, PDF, 'lost.pdf', 'application/pdf').expect(201);
    const [{ storage_key: key }] = await api.db.query<{ storage_key: string }[]>(
      'SELECT storage_key FROM evidence WHERE id = $1',
      [body.id],
    );
    expect(await storage.has(key)).toBe(true);
    await storage.lose(key);

    const res = await api.http.get(`/api/v1/nominations/${id}/evidence/${body.id}`).set('Authorization', as('alex'));

    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'stored_file.not_found' });
    expect(res.body.message).not.toContain(key);
  });

  // Only the blob driver keeps a checksum of its own to read against (the local one has none).
  if (driver === 'azure-blob') {
    it('never hands over a file whose stored bytes no longer match their SHA-256: 503 stored_file.corrupt', async () => {
      const id = await newDraft();
      const { body } = await upload(id, PDF, 'tampered.pdf', 'application/pdf').expect(201);
      const [{ storage_key: key }] = await api.db.query<{ storage_key: string }[]>(
        'SELECT storage_key FROM evidence WHERE id = $1',
        [body.id],
      );
      // Other bytes of the same length, the recorded SHA-256 kept: corruption at rest.
      const blob = azureContainerClient(api.config.storage as AzureBlobSettings).getBlockBlobClient(key);
      const tampered = Buffer.from(PDF);
      tampered[10] ^= 0x01;
      await blob.upload(tampered, tampered.length, { metadata: (await blob.getProperties()).metadata });

      const res = await api.http.get(`/api/v1/nominations/${id}/evidence/${body.id}`).set('Authorization', as('alex'));

      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toMatchObject({ code: 'stored_file.corrupt' });
      expect(res.body.message).not.toContain(key);
    });
  }
});
