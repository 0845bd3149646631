import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { deflateSync } from 'node:zlib';
import { docx, pdf, pdfStream, relationships, riskyDocx, riskyPdf, zip } from '@commend/testing';
import { DocxRiskCheck } from './docx-risk-check';
import { EvidenceInspector } from './evidence-inspector';
import { EvidenceRiskError, ExpansionBudget } from './evidence-risk';

function chunked(bytes: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
}

/** Streams `bytes` through an inspector as an upload arrives; resolves to its type or rejects with its error. */
async function inspect(bytes: Buffer, chunkSize = 4096): Promise<string | null> {
  const inspector = new EvidenceInspector({ maxBytes: 10 * 1024 * 1024 });
  const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  await pipeline(Readable.from(chunked(bytes, chunkSize)), inspector, sink);
  return inspector.result().type;
}

async function refusal(bytes: Buffer, chunkSize = 4096): Promise<EvidenceRiskError> {
  const error = await inspect(bytes, chunkSize).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof EvidenceRiskError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe.each([3, 4096])('risky evidence, in chunks of %i bytes', (chunkSize) => {
  describe('DOCX', () => {
    it('accepts a plain document, and one with an external hyperlink', async () => {
      const hyperlink = `<Relationship Id="rId5" Type="${REL}/hyperlink" Target="https://www.nhs.uk/" TargetMode="External"/>`;

      await expect(inspect(docx(), chunkSize)).resolves.toBe('docx');
      await expect(inspect(docx({ documentRelationships: [hyperlink] }), chunkSize)).resolves.toBe('docx');
    });

    it.each([
      ['a VBA project (a .docm renamed .docx)', riskyDocx.macros()],
      ['only the macro-enabled content type', riskyDocx.macroEnabledContentType()],
      [
        'a VBA project under another name, found by its relationship',
        docx({
          documentRelationships: [
            '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="code.bin"/>',
          ],
        }),
      ],
      ['an ActiveX control', docx({ extraEntries: [{ name: 'word/activeX/activeX1.xml', data: '<ax:ocx/>' }] })],
    ])('refuses macros: %s', async (_label, file) => {
      const error = await refusal(file, chunkSize);

      expect(error.code).toBe('docx_macros');
      expect(error.message).toMatch(/remove the macros .* or save it as PDF\/A/);
    });

    it.each([
      ['TargetMode="External"', riskyDocx.externalTemplate()],
      ['the mode written with a character reference', riskyDocx.externalTemplate('&#69;xternal')],
      [
        'the relationships part in UTF-16',
        docx({
          extraEntries: [
            {
              name: 'word/_rels/settings.xml.rels',
              data: Buffer.concat([
                Buffer.from([0xff, 0xfe]),
                Buffer.from(
                  relationships(
                    `<Relationship Id="rId1" Type="${REL}/attachedTemplate" Target="\\\\server\\t.dotm" TargetMode="External"/>`,
                  ),
                  'utf16le',
                ),
              ]),
            },
          ],
        }),
      ],
    ])('refuses an attached template outside the file: %s', async (_label, file) => {
      const error = await refusal(file, chunkSize);

      expect(error.code).toBe('docx_external_link');
      expect(error.message).toContain('an external attachedTemplate');
      expect(error.message).toMatch(/Developer > Document Template|PDF\/A/);
    });

    it('refuses a linked picture fetched from outside', async () => {
      const image = `<Relationship Id="rId7" Type="${REL}/image" Target="https://tracker.example.net/p.png" TargetMode='External'/>`;

      const error = await refusal(docx({ documentRelationships: [image] }), chunkSize);

      expect(error.code).toBe('docx_external_link');
      expect(error.message).toContain('an external image');
    });

    it('refuses bytes between entries, where a reader of the directory could find entries the walk never saw', async () => {
      const file = docx();
      let fourth = -1;
      for (let i = 0; i < 4; i++) fourth = file.indexOf('PK\x03\x04', fourth + 1, 'latin1');
      const spliced = Buffer.concat([file.subarray(0, fourth), Buffer.from('hidden'), file.subarray(fourth)]);

      const error = await refusal(spliced, chunkSize);

      expect(error.code).toBe('docx_unreadable');
      expect(error.message).toMatch(/save it again as a Word document \(\.docx\) or as PDF\/A/);
    });

    it("refuses an entry hidden inside another entry's data, which the ZIP directory points Word to", async () => {
      const hidden = zip([{ name: 'word/vbaProject.bin', data: 'VBA', method: 0 }]);
      const hiddenLocal = hidden.subarray(0, hidden.indexOf('PK\x01\x02', 0, 'latin1'));
      const carrier = 'word/media/image1.bin';
      const file = docx({ extraEntries: [{ name: carrier, data: hiddenLocal, method: 0 }] });
      // Add a directory record for the hidden entry, at its place inside the carrier's data.
      const end = file.length - 22;
      const directoryAt = file.readUInt32LE(end + 16);
      const carrierAt = file.readUInt32LE(file.lastIndexOf(carrier, end, 'latin1') - 46 + 42);
      const record = Buffer.from(hidden.subarray(hidden.indexOf('PK\x01\x02', 0, 'latin1'), hidden.length - 22));
      record.writeUInt32LE(carrierAt + 30 + carrier.length, 42);
      const endRecord = Buffer.from(file.subarray(end));
      endRecord.writeUInt16LE(endRecord.readUInt16LE(8) + 1, 8);
      endRecord.writeUInt16LE(endRecord.readUInt16LE(10) + 1, 10);
      endRecord.writeUInt32LE(endRecord.readUInt32LE(12) + record.length, 12);
      const attack = Buffer.concat([file.subarray(0, end), record, endRecord]);
      expect(directoryAt).toBeGreaterThan(carrierAt);

      const error = await refusal(attack, chunkSize);

      expect(error.code).toBe('docx_unreadable');
      expect(error.message).toContain('ZIP directory lists an entry that is not where it says');
    });
  });

  describe('PDF', () => {
    it('accepts a plain PDF, and one whose binary stream data happens to hold "/JS "', async () => {
      const image = pdfStream(
        '/Type /XObject /Subtype /Image /Filter /DCTDecode',
        Buffer.from('\xff\xd8/JS /AA \xff', 'latin1'),
      );

      await expect(inspect(pdf(), chunkSize)).resolves.toBe('pdf');
      await expect(inspect(pdf('', [image]), chunkSize)).resolves.toBe('pdf');
    });

    it('accepts an /OpenAction that is only a destination ("open at page 1"), not an action', async () => {
      await expect(inspect(pdf('/OpenAction   [2 0 R /Fit] '), chunkSize)).resolves.toBe('pdf');
      await expect(refusal(pdf('/OpenAction << /S /JavaScript >>'), chunkSize)).resolves.toMatchObject({
        code: 'pdf_active_content',
      });
    });

    it.each([
      ['a JavaScript name tree', riskyPdf.javaScriptNameTree(), '/JavaScript'],
      ['a /JS action', riskyPdf.javaScriptAction(), '/JS'],
      ['an /OpenAction', riskyPdf.openAction(), '/OpenAction'],
      ['additional actions (/AA)', riskyPdf.additionalActions(), '/AA'],
      ['a /Launch action', riskyPdf.launch(), '/Launch'],
      ['an /EmbeddedFile', riskyPdf.embeddedFile(), '/EmbeddedFile'],
      ['a name written with # escapes', riskyPdf.escapedName(), '/JavaScript'],
      ['an /OpenAction inside a compressed object stream', riskyPdf.inObjectStream(), '/OpenAction'],
    ])('refuses active content: %s', async (_label, file, name) => {
      const error = await refusal(file, chunkSize);

      expect(error.code).toBe('pdf_active_content');
      expect(error.message).toContain(`(${name}`);
      expect(error.message).toContain('save it as PDF/A');
    });

    it('refuses a PDF that is also an HTML page', async () => {
      const error = await refusal(riskyPdf.htmlPolyglot(), chunkSize);

      expect(error.code).toBe('pdf_polyglot');
      expect(error.message).toContain('save it again as PDF/A');
    });
  });
});

describe('decompression limits', () => {
  it('refuses a 1 MB DOCX that expands to 1 GiB, having inflated no more than the limit allows', async () => {
    const bomb = riskyDocx.bomb(1024);
    expect(bomb.length).toBeLessThan(1.1 * 1024 * 1024);
    const budget = new ExpansionBudget({ ratio: 100, maxBytes: 256 * 1024 * 1024 });
    const check = new DocxRiskCheck(budget);
    const rss = process.memoryUsage().rss;

    let error: unknown = null;
    for (const chunk of chunked(bomb, 64 * 1024)) {
      budget.received += chunk.length;
      error = await check.push(chunk).then(
        () => null,
        (e: unknown) => e,
      );
      if (error) break;
    }

    expect(error).toBeInstanceOf(EvidenceRiskError);
    expect((error as EvidenceRiskError).code).toBe('expands_too_far');
    expect((error as EvidenceRiskError).message).toMatch(/over 100 times.*save it again \(or save it as PDF\/A\)/);
    // Stopped within an output chunk or two of 100 × what had arrived (small files count as 256 KiB),
    // far short of the 1 GiB.
    expect(budget.expanded).toBeLessThan(100 * Math.max(budget.received, 256 * 1024) + 1024 * 1024);
    expect(budget.expanded).toBeLessThan(200 * 1024 * 1024);
    expect(process.memoryUsage().rss - rss).toBeLessThan(64 * 1024 * 1024); // streamed, not held
  });

  it('accepts a document that compresses well but within the ratio', async () => {
    const text = 'Zoë kept a resident safe. '.repeat(20_000); // ~0.5 MB of XML text, about 50:1 or better
    const file = docx({ document: { name: 'word/document.xml', data: `<w:document><w:t>${text}</w:t></w:document>` } });

    await expect(inspect(file)).resolves.toBe('docx');
  });

  it('refuses a PDF object stream that expands past the limit', async () => {
    const huge = deflateSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const file = pdf('', [pdfStream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', huge)]);

    const error = await refusal(file);

    expect(error.code).toBe('expands_too_far');
  });

  it('counts the bytes of every deflated entry, not only those it reads', async () => {
    const file = zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
      { name: 'word/media/blank.bin', data: Buffer.alloc(32 * 1024 * 1024) },
    ]);

    const error = await refusal(file);

    expect(error.code).toBe('expands_too_far');
  });
});
