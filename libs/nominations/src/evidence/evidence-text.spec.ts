import JSZip from 'jszip';
import { textPdf as pdfOf } from '@commend/testing';
import { readEvidenceText, type TextPiece } from './evidence-text';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraphs = (...texts: string[]) => texts.map((t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`).join('');

async function docxOf(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function read(type: Parameters<typeof readEvidenceText>[0], bytes: Buffer) {
  const pieces: TextPiece[] = [];
  const reading = await readEvidenceText(type, bytes, (p) => pieces.push(p));
  return { reading, pieces };
}

describe('reading the text of evidence', () => {
  it('reads a text file whole', async () => {
    // Act
    const { reading, pieces } = await read('text', Buffer.from('Seen at M1 1AE.'));

    // Assert
    expect(reading).toBe('read');
    expect(pieces).toEqual([{ text: 'Seen at M1 1AE.' }]);
  });

  it('reads a PDF page by page, numbering pages from 1', async () => {
    // Arrange
    const bytes = await pdfOf(['A good week.', 'NHS number 943 476 5919']);

    // Act
    const { reading, pieces } = await read('pdf', bytes);

    // Assert
    expect(reading).toBe('read');
    expect(pieces).toEqual([
      { text: 'A good week.', page: 1 },
      { text: 'NHS number 943 476 5919', page: 2 },
    ]);
  });

  it('says a PDF without text (a scan) has none', async () => {
    // Act
    const { reading, pieces } = await read('pdf', await pdfOf(['', '']));

    // Assert
    expect(reading).toBe('no_text');
    expect(pieces).toEqual([]);
  });

  it('rejects a damaged PDF', async () => {
    // Act / Assert
    await expect(read('pdf', Buffer.from('%PDF-1.7\nnot really a PDF at all'))).rejects.toThrow();
  });

  it('does not read images', async () => {
    // Act
    const { reading, pieces } = await read('png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));

    // Assert
    expect(reading).toBe('not_readable');
    expect(pieces).toEqual([]);
  });

  it("reads a Word document's parts paragraph by paragraph, with each paragraph's place", async () => {
    // Arrange
    const bytes = await docxOf({
      'word/document.xml': `<w:document ${W}><w:body>${paragraphs('First &amp; foremost', '')}<w:p><w:r><w:t xml:space="preserve">Split </w:t></w:r><w:r><w:tab/><w:t>run</w:t></w:r></w:p></w:body></w:document>`,
      'word/header2.xml': `<w:hdr ${W}>${paragraphs('Second header')}</w:hdr>`,
      'word/header1.xml': `<w:hdr ${W}>${paragraphs('Mr Dennis Pryce, LS6 2QB')}</w:hdr>`,
      'word/footer1.xml': `<w:ftr ${W}><w:p/>${paragraphs('Footer')}</w:ftr>`,
      'word/comments.xml': `<w:comments ${W}><w:comment w:id="0">${paragraphs('See 943 476 5919')}</w:comment></w:comments>`,
      'word/footnotes.xml': `<w:footnotes ${W}><w:footnote>${paragraphs('A footnote')}</w:footnote></w:footnotes>`,
      'word/endnotes.xml': `<w:endnotes ${W}><w:endnote>${paragraphs('An endnote')}</w:endnote></w:endnotes>`,
      'word/settings.xml': `<w:settings ${W}>${paragraphs('not read')}</w:settings>`,
    });

    // Act
    const { reading, pieces } = await read('docx', bytes);

    // Assert
    expect(reading).toBe('read');
    expect(pieces).toEqual([
      { text: 'First & foremost', part: 'document', paragraph: 1 },
      { text: 'Split \trun', part: 'document', paragraph: 3 },
      { text: 'Mr Dennis Pryce, LS6 2QB', part: 'header', paragraph: 1 },
      { text: 'Second header', part: 'header', paragraph: 2 },
      { text: 'Footer', part: 'footer', paragraph: 2 },
      { text: 'See 943 476 5919', part: 'comment', paragraph: 1 },
      { text: 'A footnote', part: 'footnote', paragraph: 1 },
      { text: 'An endnote', part: 'endnote', paragraph: 1 },
    ]);
  });

  it('reads a text box inside a paragraph as a paragraph of its own', async () => {
    // Arrange
    const bytes = await docxOf({
      'word/document.xml': `<w:document ${W}><w:body><w:p><w:r><w:t>Outer</w:t></w:r><w:r><w:txbxContent>${paragraphs('Inner')}</w:txbxContent></w:r></w:p></w:body></w:document>`,
    });

    // Act
    const { pieces } = await read('docx', bytes);

    // Assert
    expect(pieces).toEqual([
      { text: 'Inner', part: 'document', paragraph: 2 },
      { text: 'Outer', part: 'document', paragraph: 1 },
    ]);
  });

  it('says a Word document with only pictures has no text', async () => {
    // Arrange
    const bytes = await docxOf({
      'word/document.xml': `<w:document ${W}><w:body><w:p><w:r><w:drawing/></w:r></w:p></w:body></w:document>`,
    });

    // Act
    const { reading } = await read('docx', bytes);

    // Assert
    expect(reading).toBe('no_text');
  });

  it('stops a Word document that inflates past the budget, as a bomb does', async () => {
    // Arrange: 64 MiB of one paragraph's text, which deflates to a few hundred KB.
    const huge = `<w:document ${W}><w:body><w:p><w:r><w:t>${'a'.repeat(64 * 1024 * 1024)}</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = await docxOf({ 'word/document.xml': huge });
    let seen = 0;

    // Act
    const reading = readEvidenceText('docx', bytes, (p) => (seen += p.text.length), {
      ratio: 100,
      maxBytes: 8 * 1024 * 1024,
    });

    // Assert
    await expect(reading).rejects.toThrow(/expands to far more than its size/);
    expect(seen).toBeLessThan(9 * 1024 * 1024);
  });

  it('rejects a file that is not a ZIP as a Word document', async () => {
    // Act / Assert
    await expect(read('docx', Buffer.from('PK\u0003\u0004 damaged'))).rejects.toThrow();
  });
});
