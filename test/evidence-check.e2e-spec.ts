import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { deflateSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../migrations/data-source';
import {
  completeNomination,
  openProgramme,
  startQueueStack,
  textPdf,
  waitForEvidenceChecks,
  type OpenProgramme,
  type QueueStack,
} from '@commend/testing';

const NHS_NUMBER = '943 476 5919';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A 4×4 PNG, built here: one filled colour. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, ...Array(12).fill(200)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** An image-only PDF, as a scanner makes: one page holding a picture and no text. */
async function scannedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png());
  doc.addPage().drawImage(image, { x: 50, y: 50, width: 400, height: 400 });
  return Buffer.from(await doc.save());
}

const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A Word document with a header and a comment, as Word lays its parts out. */
async function docxWith(parts: { body: string[]; header: string[]; comment: string[] }): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' +
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' +
      '</Types>',
  );
  const rels = (...r: string[]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r.join('')}</Relationships>`;
  zip.file('_rels/.rels', rels(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>`));
  zip.file(
    'word/_rels/document.xml.rels',
    rels(
      `<Relationship Id="rId1" Type="${REL}/header" Target="header1.xml"/>`,
      `<Relationship Id="rId2" Type="${REL}/comments" Target="comments.xml"/>`,
    ),
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W} xmlns:r="${REL}"><w:body>` +
      parts.body.map(paragraph).join('') +
      '<w:sectPr><w:headerReference w:type="default" r:id="rId1"/></w:sectPr></w:body></w:document>',
  );
  zip.file('word/header1.xml', `<w:hdr ${W}>${parts.header.map(paragraph).join('')}</w:hdr>`);
  zip.file(
    'word/comments.xml',
    `<w:comments ${W}><w:comment w:id="0" w:author="A Colleague">${parts.comment.map(paragraph).join('')}</w:comment></w:comments>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('The privacy check of evidence, in the worker', () => {
  let stack: QueueStack;
  let setup: OpenProgramme;
  const as = (user: string) => `Bearer ${stack.api.token(user)}`;

  beforeAll(async () => {
    stack = await startQueueStack();
    setup = await openProgramme(
      stack.api,
      {},
      { evidenceTypes: ['pdf', 'docx', 'png', 'jpeg', 'text'], evidenceMaxFiles: 5, evidenceMaxBytes: 1024 * 1024 },
    );
  });
  afterAll(async () => {
    await stack?.close();
  });

  const newDraft = async (nominee?: { name: string; email: string }): Promise<string> =>
    (
      await stack.api.http
        .post(`/api/v1/categories/${setup.category.id}/nominations`)
        .set('Authorization', as('alex'))
        .send(completeNomination(setup.category, nominee ? { nominee } : {}))
        .expect(201)
    ).body.id;
  const upload = async (id: string, content: Buffer, filename: string, contentType: string): Promise<string> => {
    const res = await stack.api.http
      .post(`/api/v1/nominations/${id}/evidence`)
      .set('Authorization', as('alex'))
      .attach('file', content, { filename, contentType });
    expect(res.status).toBe(201);
    expect(res.body.checkStatus).toBe('checking');
    return res.body.id as string;
  };
  const privacyCheck = async (id: string) =>
    (await stack.api.http.post(`/api/v1/nominations/${id}/privacy-check`).set('Authorization', as('alex')).expect(200))
      .body.findings as { kind: string; masked: string; source: Record<string, unknown> }[];
  const view = async (id: string) =>
    (await stack.api.http.get(`/api/v1/nominations/${id}`).set('Authorization', as('alex')).expect(200)).body as {
      evidence: { id: string; checkStatus: string }[];
    };

  it('finds an NHS number on page 2 of a PDF, naming the file and the page', async () => {
    const id = await newDraft();
    const evidenceId = await upload(
      id,
      await textPdf(['A letter of support for a colleague.', `The family's NHS number is ${NHS_NUMBER}.`]),
      'support letter.pdf',
      'application/pdf',
    );

    expect(await waitForEvidenceChecks(stack.api, id)).toEqual([expect.objectContaining({ checkStatus: 'checked' })]);

    expect(await privacyCheck(id)).toEqual([
      expect.objectContaining({
        kind: 'nhs_number',
        source: { type: 'evidence', evidenceId, fileName: 'support letter.pdf', page: 2 },
      }),
    ]);
    expect((await view(id)).evidence).toEqual([expect.objectContaining({ id: evidenceId, checkStatus: 'checked' })]);
  });

  it("finds a name and a postcode in a Word document's header and an NHS number in a comment, with their paragraphs", async () => {
    const id = await newDraft();
    const evidenceId = await upload(
      id,
      await docxWith({
        body: ['Sam went far beyond the role this winter.'],
        header: ['Case notes', 'Mr Dennis Pryce, LS6 2QB'],
        comment: ['Check this first', `Patient ${NHS_NUMBER}`],
      }),
      'case study.docx',
      DOCX_TYPE,
    );

    await waitForEvidenceChecks(stack.api, id);
    const findings = await privacyCheck(id);

    const file = { type: 'evidence', evidenceId, fileName: 'case study.docx' };
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'person_name', source: { ...file, part: 'header', paragraph: 2 } }),
        expect.objectContaining({ kind: 'postcode', source: { ...file, part: 'header', paragraph: 2 } }),
        expect.objectContaining({ kind: 'nhs_number', source: { ...file, part: 'comment', paragraph: 2 } }),
      ]),
    );
    // Only masked text is kept.
    expect(JSON.stringify(findings)).not.toContain('LS6 2QB');
    expect(JSON.stringify(findings)).not.toContain('Dennis Pryce');
    expect(JSON.stringify(findings)).not.toContain(NHS_NUMBER);
  });

  it('says an image-only PDF has no text, and does not read an image', async () => {
    const id = await newDraft();
    const scan = await upload(id, await scannedPdf(), 'scan.pdf', 'application/pdf');
    const photo = await upload(id, png(), 'photo.png', 'image/png');

    const files = await waitForEvidenceChecks(stack.api, id);

    expect(files).toEqual([
      expect.objectContaining({ id: scan, checkStatus: 'no_text' }),
      expect.objectContaining({ id: photo, checkStatus: 'not_readable' }),
    ]);
    expect(await privacyCheck(id)).toEqual([]);
  });

  it("marks a file it cannot read 'failed' after the job's attempts, logging neither its name nor a stack", async () => {
    const id = await newDraft();
    // Passes the upload's checks (a catalog, no active content) but has no page tree to read.
    const corrupt = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await upload(id, corrupt, 'Dennis Pryce referral.pdf', 'application/pdf');

    expect(await waitForEvidenceChecks(stack.api, id)).toEqual([expect.objectContaining({ checkStatus: 'failed' })]);

    const output = stack.worker.output();
    expect(output).toContain('Evidence could not be checked');
    expect(output).not.toContain('Dennis Pryce');
    expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    // A failed check does not block the submission.
    await stack.api.http
      .post(`/api/v1/nominations/${id}/submit`)
      .set('Authorization', as('alex'))
      .send({ confirmPrivacyFindings: true })
      .expect(200);
  });

  it('refuses a submission while a file is being checked, naming it, then submits once the check is done', async () => {
    const id = await newDraft();
    await stack.worker.stop(); // holds the check back, so the submission surely meets it
    try {
      await upload(
        id,
        Buffer.from(`Visit notes: family at M1 1AE, NHS ${NHS_NUMBER}.`),
        'visit notes.txt',
        'text/plain',
      );

      const refused = await stack.api.http
        .post(`/api/v1/nominations/${id}/submit`)
        .set('Authorization', as('alex'))
        .send({ confirmPrivacyFindings: true });

      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('nomination.evidence_being_checked');
      expect(refused.body.message).toContain('"visit notes.txt"');
      expect((await view(id)).evidence).toEqual([expect.objectContaining({ checkStatus: 'checking' })]);
    } finally {
      await stack.startWorker();
    }

    await waitForEvidenceChecks(stack.api, id);
    const submitted = await stack.api.http
      .post(`/api/v1/nominations/${id}/submit`)
      .set('Authorization', as('alex'))
      .send({ confirmPrivacyFindings: true });

    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.privacy.findings.map((f: { kind: string }) => f.kind).sort()).toEqual([
      'nhs_number',
      'postcode',
    ]);
  });

  it("checks every file again when the nominee changes, taking the nominee's own e-mail as allowed", async () => {
    const id = await newDraft({ name: 'Sam Patel', email: 'sam.patel@example.nhs.uk' });
    const evidenceId = await upload(
      id,
      Buffer.from('Thanks from the team, write to lee.chen@example.nhs.uk.'),
      'thanks.txt',
      'text/plain',
    );
    await waitForEvidenceChecks(stack.api, id);
    expect((await privacyCheck(id)).map((f) => f.kind)).toEqual(['email']);
    const { version } = (await stack.api.http.get(`/api/v1/nominations/${id}`).set('Authorization', as('alex'))).body;

    const updated = await stack.api.http
      .patch(`/api/v1/nominations/${id}`)
      .set('Authorization', as('alex'))
      .send({ version, nominee: { name: 'Lee Chen', email: 'lee.chen@example.nhs.uk' } })
      .expect(200);

    expect(updated.body.evidence).toEqual([expect.objectContaining({ id: evidenceId, checkStatus: 'checking' })]);
    expect(await waitForEvidenceChecks(stack.api, id)).toEqual([expect.objectContaining({ checkStatus: 'checked' })]);
    expect(await privacyCheck(id)).toEqual([]);
    const [row] = await stack.api.db.query('SELECT check_generation FROM evidence WHERE id = $1', [evidenceId]);
    expect(row.check_generation).toBe(2);
  });

  it("checks the drafts' files again when the programme's own identifier templates change", async () => {
    const id = await newDraft();
    const evidenceId = await upload(id, Buffer.from('Seen as KH123456 on the ward list.'), 'list.txt', 'text/plain');
    await waitForEvidenceChecks(stack.api, id);
    expect(await privacyCheck(id)).toEqual([]);
    const programmeId = setup.programme.id;
    const { version } = (
      await stack.api.http.get(`/api/v1/programmes/${programmeId}`).set('Authorization', as('priya')).expect(200)
    ).body;

    await stack.api.http
      .patch(`/api/v1/programmes/${programmeId}`)
      .set('Authorization', as('priya'))
      .send({ version, privacyLocalIdentifiers: [{ label: 'Hospital number', pattern: 'AA999999' }] })
      .expect(200);

    // The change is an event the worker acts on: wait until it has asked for the file's check again.
    const generation = async () =>
      (await stack.api.db.query('SELECT check_generation FROM evidence WHERE id = $1', [evidenceId]))[0]
        .check_generation as number;
    for (const deadline = Date.now() + 30_000; (await generation()) < 2;) {
      if (Date.now() > deadline) throw new Error('The programme change did not ask for the check again');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await waitForEvidenceChecks(stack.api, id);
    expect((await privacyCheck(id)).map((f) => [f.kind, f.masked])).toEqual([['local_identifier', 'K••••••6']]);
  });

  it('asks again for a check that was lost, when the nominator tries to submit, so they are not stuck', async () => {
    const id = await newDraft();
    const evidenceId = await upload(id, Buffer.from('Notes from the review.'), 'notes.txt', 'text/plain');
    await waitForEvidenceChecks(stack.api, id);
    // A check whose job was lost: the file still 'checking', asked for eleven minutes ago, no job behind it.
    await stack.api.db.query(
      `UPDATE evidence SET check_status = 'checking', check_generation = check_generation + 1,
         check_requested_at = now() - interval '11 minutes' WHERE id = $1`,
      [evidenceId],
    );

    const refused = await stack.api.http
      .post(`/api/v1/nominations/${id}/submit`)
      .set('Authorization', as('alex'))
      .send({})
      .expect(422);

    expect(refused.body.code).toBe('nomination.evidence_being_checked');
    expect(await waitForEvidenceChecks(stack.api, id)).toEqual([
      expect.objectContaining({ id: evidenceId, checkStatus: 'checked' }),
    ]);
    await stack.api.http.post(`/api/v1/nominations/${id}/submit`).set('Authorization', as('alex')).send({}).expect(200);
  });

  it('after the deploy, checks each file stored before the check existed: none left unchecked, none blocking', async () => {
    const id = await newDraft();
    const evidenceId = await upload(id, Buffer.from('Seen at home, M1 1AE.'), 'older notes.txt', 'text/plain');
    await waitForEvidenceChecks(stack.api, id);
    await stack.settle();
    await stack.worker.stop();
    // The schema as it was before this migration, the file's row in it; then the deploy's migration.
    const migrations = await new DataSource(dataSourceOptions(stack.api.config.databaseUrl)).initialize();
    try {
      // Back to before EvidenceCheck (and any migration after it), one migration at a time.
      const executed = async (): Promise<string[]> =>
        (await migrations.query<{ name: string }[]>('SELECT name FROM migrations')).map((m) => m.name);
      while ((await executed()).includes('EvidenceCheck1796250000001')) await migrations.undoLastMigration();
      expect(
        (
          await migrations.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'evidence'`)
        ).map((c: { column_name: string }) => c.column_name),
      ).not.toContain('check_status');
      expect((await migrations.query(`SELECT count(*)::int AS n FROM evidence WHERE id = $1`, [evidenceId]))[0].n).toBe(
        1,
      );
      await migrations.runMigrations();
    } finally {
      await migrations.destroy();
    }

    expect(
      await stack.api.db.query('SELECT check_status, check_generation, check_findings FROM evidence WHERE id = $1', [
        evidenceId,
      ]),
    ).toEqual([{ check_status: 'checking', check_generation: 1, check_findings: [] }]);
    expect(
      await stack.api.db.query(
        `SELECT payload FROM outbox_events
         WHERE type = 'evidence.check_requested' AND relayed_at IS NULL AND payload->>'evidenceId' = $1`,
        [evidenceId],
      ),
    ).toEqual([{ payload: { evidenceId, generation: 1 } }]);

    await stack.startWorker();

    expect(await waitForEvidenceChecks(stack.api, id)).toEqual([expect.objectContaining({ checkStatus: 'checked' })]);
    expect((await privacyCheck(id)).map((f) => f.kind)).toEqual(['postcode']);
  });
});
