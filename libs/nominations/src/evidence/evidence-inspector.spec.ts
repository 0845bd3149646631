import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { zip, type ZipEntry } from '@commend/testing';
import { EvidenceInspection, EvidenceInspector, EvidenceTooLargeError } from './evidence-inspector';

// ---- Building small real files ----------------------------------------------------------------

/** Deterministic bytes that do not compress, standing in for an embedded image. */
function noise(length: number): Buffer {
  const blocks: Buffer[] = [];
  for (let i = 0; blocks.length * 32 < length; i++) blocks.push(createHash('sha256').update(String(i)).digest());
  return Buffer.concat(blocks).subarray(0, length);
}

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ' +
  'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const rels =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
  'Target="word/document.xml"/></Relationships>';
const documentXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:body><w:p><w:r><w:t>Zoë kept a resident safe.</w:t></w:r></w:p></w:body></w:document>';

/** Word's own order, with a large image ahead of the document so the scanner must skip data. */
const docxEntries: ZipEntry[] = [
  { name: '[Content_Types].xml', data: contentTypes },
  { name: '_rels/.rels', data: rels },
  { name: 'word/media/image1.png', data: noise(150_000), method: 0 },
  { name: 'word/document.xml', data: documentXml },
];

const xlsx = zip([
  { name: '[Content_Types].xml', data: contentTypes.replace('/word/document.xml', '/xl/workbook.xml') },
  { name: '_rels/.rels', data: rels.replace('word/document.xml', 'xl/workbook.xml') },
  { name: 'xl/workbook.xml', data: '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>' },
]);

const pdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n%', 'latin1'),
  Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), // the binary comment marking a PDF as binary
  Buffer.from(
    '\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
      '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
      'trailer << /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  ),
]);

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'), // IHDR 1×1 RGBA
  Buffer.from('0000000b49444154789c6360000200000500017a5eab3f', 'hex'), // IDAT: one transparent pixel
  Buffer.from('0000000049454e44ae426082', 'hex'), // IEND
]);

const jpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0', 'latin1'),
  Buffer.from([0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]),
]);

const accentedText = 'Café — naïve résumé for Zoë Ó Súilleabháin, “Award” 🎉\r\n\tSecond line\f\nÀ bientôt, Łódź.\n';

// ---- Running the inspector ----------------------------------------------------------------------

function chunked(bytes: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
}

/** Streams `bytes` through an inspector in chunks of `chunkSize`, as an upload arrives. */
async function inspect(
  bytes: Buffer,
  chunkSize = 4096,
  options: { maxBytes?: number; keepTextChars?: number } = {},
): Promise<EvidenceInspection & { passedThrough: Buffer }> {
  const inspector = new EvidenceInspector({ maxBytes: 10_000_000, ...options });
  const out: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      out.push(chunk);
      callback();
    },
  });
  await pipeline(Readable.from(chunked(bytes, chunkSize)), inspector, sink);
  return { ...inspector.result(), passedThrough: Buffer.concat(out) };
}

const chunkSizes = [1, 7, 4096];

describe('EvidenceInspector', () => {
  describe.each(chunkSizes)('in chunks of %i bytes', (chunkSize) => {
    it.each([
      ['a PDF', pdf, 'pdf'],
      ['a PNG', png, 'png'],
      ['a JPEG', jpeg, 'jpeg'],
      ['a DOCX', zip(docxEntries), 'docx'],
      ['a DOCX written with data descriptors', zip(docxEntries, { dataDescriptor: true }), 'docx'],
      ['UTF-8 text with accents', Buffer.from(accentedText, 'utf8'), 'text'],
      ['UTF-8 text with a BOM', Buffer.from(`\ufeff${accentedText}`, 'utf8'), 'text'],
    ])('recognises %s by its content', async (_what, bytes, type) => {
      const result = await inspect(bytes, chunkSize);

      expect(result.type).toBe(type);
      expect(result.size).toBe(bytes.length);
      expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(result.passedThrough.equals(bytes)).toBe(true);
    });

    it.each([
      ['an .xlsx (a zip, but not a Word document)', xlsx],
      ['a zip with only one of the two parts', zip([{ name: 'word/document.xml', data: documentXml }])],
      [
        'a zip that merely mentions the part names in a stored file',
        zip([{ name: 'notes.txt', data: 'See [Content_Types].xml and word/document.xml', method: 0 }]),
      ],
      ['text with a NUL', Buffer.from('Nominee\0statement', 'utf8')],
      ['text with a vertical tab', Buffer.from('Nominee\vstatement', 'utf8')],
      ['text with DEL', Buffer.from('Nominee\x7fstatement', 'utf8')],
      ['text with a C1 control', Buffer.from('Nominee\u0085statement', 'utf8')],
      ['invalid UTF-8', Buffer.from([0x43, 0x61, 0x66, 0xc3, 0x28, 0x0a])],
      ['UTF-8 cut off mid-character', Buffer.from([0x43, 0x61, 0x66, 0xe2, 0x82])],
      ['Latin-1 text', Buffer.from('Café', 'latin1')],
      ['UTF-16 text', Buffer.from('\ufeffCafé', 'utf16le')],
      ['a PNG cut off inside its signature', png.subarray(0, 5)],
      ['random bytes', noise(5000)],
    ])('does not accept %s', async (_what, bytes) => {
      const result = await inspect(bytes, chunkSize);

      expect(result.type).toBeNull();
      expect(result.text).toBeNull();
      expect(result.passedThrough.equals(bytes)).toBe(true);
    });

    it('keeps the decoded text, without its BOM', async () => {
      const result = await inspect(Buffer.from(`\ufeff${accentedText}`, 'utf8'), chunkSize);

      expect(result.text).toBe(accentedText);
      expect(result.textTruncated).toBe(false);
    });
  });

  it('decides by the bytes: text that begins with a PDF signature is a PDF', async () => {
    const result = await inspect(Buffer.from('%PDF-1.4 but really a note to the judges', 'utf8'));

    expect(result.type).toBe('pdf');
    expect(result.text).toBeNull();
  });

  it('reads part names case-insensitively, as OPC does', async () => {
    const result = await inspect(
      zip([
        { name: '[content_types].xml', data: contentTypes },
        { name: 'Word/Document.xml', data: documentXml },
      ]),
    );

    expect(result.type).toBe('docx');
  });

  it('keeps no text for binary types', async () => {
    expect((await inspect(png)).text).toBeNull();
    expect((await inspect(zip(docxEntries))).text).toBeNull();
  });

  it('reports empty input as size 0 with no type', async () => {
    const result = await inspect(Buffer.alloc(0));

    expect(result).toEqual({
      size: 0,
      sha256: createHash('sha256').digest('hex'),
      type: null,
      text: null,
      textTruncated: false,
      passedThrough: Buffer.alloc(0),
    });
  });

  it('keeps at most keepTextChars of text but still checks the rest', async () => {
    const long = 'Safeguarding statement. '.repeat(100);

    const kept = await inspect(Buffer.from(long, 'utf8'), 7, { keepTextChars: 50 });
    expect(kept).toMatchObject({ type: 'text', text: long.slice(0, 50), textTruncated: true });

    const spoiled = await inspect(Buffer.from(`${long}\0`, 'utf8'), 7, { keepTextChars: 50 });
    expect(spoiled).toMatchObject({ type: null, text: null });
  });

  it('keeps 200,000 characters by default', async () => {
    const long = 'x'.repeat(200_001);

    expect((await inspect(Buffer.from(long))).text).toHaveLength(200_000);
    expect((await inspect(Buffer.from(long.slice(1)))).textTruncated).toBe(false);
  });

  it('never splits a character made of two UTF-16 units when it cuts the text', async () => {
    const result = await inspect(Buffer.from('a🎉b', 'utf8'), 1, { keepTextChars: 2 });

    expect(result.text).toBe('a');
  });

  it('accepts a file of exactly maxBytes', async () => {
    await expect(inspect(pdf, 7, { maxBytes: pdf.length })).resolves.toMatchObject({ size: pdf.length });
  });

  it('errors mid-stream once the size passes maxBytes, without reading the rest', async () => {
    let pulled = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          pulled++;
          yield Buffer.from('0123456789');
        }
      })(),
    );
    const inspector = new EvidenceInspector({ maxBytes: 95 });
    let received = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        callback();
      },
    });

    const error: unknown = await pipeline(endless, inspector, sink).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(EvidenceTooLargeError);
    expect((error as EvidenceTooLargeError).maxBytes).toBe(95);
    expect(received).toBeLessThanOrEqual(95);
    expect(pulled).toBeLessThan(50); // stopped near the limit, not at the end of an endless upload
    expect(() => inspector.result()).toThrow('has not finished');
  });

  it('says the limit in words a person understands', () => {
    expect(new EvidenceTooLargeError(10 * 1024 * 1024).message).toBe('The file is larger than the limit of 10 MB');
    expect(new EvidenceTooLargeError(1536).message).toBe('The file is larger than the limit of 1.5 KB');
  });

  it('has no result before the stream finishes', () => {
    const inspector = new EvidenceInspector({ maxBytes: 10 });
    inspector.write(Buffer.from('abc'));

    expect(() => inspector.result()).toThrow('has not finished');
  });

  it('refuses a limit that is not a whole number', () => {
    expect(() => new EvidenceInspector({ maxBytes: Number.NaN })).toThrow(RangeError);
    expect(() => new EvidenceInspector({ maxBytes: 10, keepTextChars: -1 })).toThrow(RangeError);
  });
});
