import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import type { DocxPart } from '../privacy/privacy-finding';
import { DEFAULT_EXPANSION_LIMITS, ExpansionBudget, type ExpansionLimits } from './evidence-risk';
import type { EvidenceType } from './evidence-type';
import { decodeEntities, XmlTagReader } from './xml-tags';

/** A stretch of an evidence file's text, with its place: a PDF's page, a Word part's paragraph. */
export interface TextPiece {
  text: string;
  page?: number;
  part?: DocxPart;
  paragraph?: number;
}

/**
 * What reading a file came to: `read` (every piece was handed on), `no_text` (a PDF or Word file
 * with no text in it, such as a scanned image), `not_readable` (an image: not read at all).
 */
export type TextReading = 'read' | 'no_text' | 'not_readable';

/** A paragraph longer than this is handed on in pieces of this size, so none is held without end. */
export const MAX_PIECE_CHARS = 100_000;

/**
 * Reads the text of one evidence file by its type, handing each piece to `onPiece` and keeping
 * none: a text file whole, a PDF page by page, a Word document paragraph by paragraph. Rejects
 * when the file cannot be read (damaged, or expanding past `limits` as a decompression bomb does).
 */
export async function readEvidenceText(
  type: EvidenceType,
  bytes: Buffer,
  onPiece: (piece: TextPiece) => void,
  limits: ExpansionLimits = DEFAULT_EXPANSION_LIMITS,
): Promise<TextReading> {
  switch (type) {
    case 'png':
    case 'jpeg':
      return 'not_readable';
    case 'text':
      onPiece({ text: bytes.toString('utf8') });
      return 'read';
    case 'pdf':
      return readPdf(bytes, onPiece);
    case 'docx':
      return readDocx(bytes, onPiece, limits);
  }
}

const hasText = (text: string) => /\S/.test(text);

async function readPdf(bytes: Buffer, onPiece: (piece: TextPiece) => void): Promise<TextReading> {
  // Text only: no system fonts, no font faces, no console chatter.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), {
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    let any = false;
    text.forEach((page, i) => {
      if (!hasText(page)) return;
      any = true;
      for (const piece of cut(page)) onPiece({ text: piece, page: i + 1 });
    });
    return any ? 'read' : 'no_text';
  } finally {
    await pdf.loadingTask.destroy();
  }
}

function* cut(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += MAX_PIECE_CHARS) yield text.slice(at, at + MAX_PIECE_CHARS);
}

/** The Word parts read, in the order they are read, and what each is called in a finding. */
const DOCX_PARTS: { pattern: RegExp; part: DocxPart }[] = [
  { pattern: /^word\/document\.xml$/, part: 'document' },
  { pattern: /^word\/header(\d*)\.xml$/, part: 'header' },
  { pattern: /^word\/footer(\d*)\.xml$/, part: 'footer' },
  { pattern: /^word\/comments\.xml$/, part: 'comment' },
  { pattern: /^word\/footnotes\.xml$/, part: 'footnote' },
  { pattern: /^word\/endnotes\.xml$/, part: 'endnote' },
];

class DocxUnreadableError extends Error {
  constructor(why: string) {
    super(`The document cannot be read: ${why}`);
    this.name = new.target.name;
  }
}

async function readDocx(
  bytes: Buffer,
  onPiece: (piece: TextPiece) => void,
  limits: ExpansionLimits,
): Promise<TextReading> {
  const zip = await JSZip.loadAsync(bytes);
  // One budget for every part, judged against the file's size: a bomb stops within a chunk.
  const budget = new ExpansionBudget(limits);
  budget.received = bytes.length;
  let any = false;
  for (const { pattern, part } of DOCX_PARTS) {
    const files = zip
      .file(pattern)
      .sort((a, b) => Number(pattern.exec(a.name)?.[1] || 0) - Number(pattern.exec(b.name)?.[1] || 0));
    // Paragraphs are counted through every file of a part (header1.xml, header2.xml …).
    const paragraphs = new ParagraphReader(part, (piece) => {
      if (hasText(piece.text)) any = true;
      onPiece(piece);
    });
    for (const file of files) {
      const xml = new XmlTagReader(
        (_attributes, tag) => paragraphs.tag(tag),
        (text) => paragraphs.text(text),
      );
      await inflate(file, (chunk) => {
        if (!budget.spend(chunk.length)) throw budget.error('document');
        xml.push(chunk);
      });
      xml.finish();
      if (xml.tooLong) throw new DocxUnreadableError('a part has a tag too long to read');
    }
  }
  return any ? 'read' : 'no_text';
}

/**
 * Inflates one ZIP entry piece by piece (JSZip inflates a compressed chunk at a time), handing each
 * piece to `onChunk` and keeping none; when `onChunk` throws, inflation stops there.
 */
function inflate(file: JSZip.JSZipObject, onChunk: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream('nodebuffer');
    let stopped = false;
    stream.on('data', (chunk: Buffer) => {
      if (stopped) return;
      try {
        onChunk(chunk);
      } catch (error) {
        stopped = true;
        stream.pause();
        stream.removeAllListeners('data');
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    stream.on('error', (error: Error) => {
      stopped = true;
      reject(error);
    });
    stream.on('end', () => resolve());
  });
}

/** A Word tag's name as written (`w:p`), whether it closes (`</w:p>`) and whether it is empty (`<w:p/>`). */
function tagName(tag: string): { name: string; closing: boolean; empty: boolean } {
  const match = /^\s*(\/?)([^\s/]+)/.exec(tag);
  return { name: match?.[2] ?? '', closing: match?.[1] === '/', empty: tag.trimEnd().endsWith('/') };
}

/**
 * Word's paragraphs (`<w:p>`) from the tags and text of its XML: the text of `<w:t>` runs (and of
 * `<w:delText>`, tracked deletions, still in the file), tabs and breaks as spaces and line breaks.
 * A paragraph inside another (a text box) is a paragraph of its own. Each is handed on as it ends.
 */
class ParagraphReader {
  private count = 0;
  private readonly open: { paragraph: number; text: string }[] = [];
  /** The raw character data of the run text being read, or null outside one. */
  private run: string | null = null;

  constructor(
    private readonly part: DocxPart,
    private readonly onPiece: (piece: TextPiece) => void,
  ) {}

  tag(tag: string): void {
    const { name, closing, empty } = tagName(tag);
    switch (name) {
      case 'w:p':
        if (closing) return this.close();
        this.count++;
        this.open.push({ paragraph: this.count, text: '' });
        if (empty) this.close();
        return;
      case 'w:t':
      case 'w:delText':
        if (closing) {
          this.append(decodeEntities(this.run ?? ''));
          this.run = null;
        } else if (!empty) {
          this.run = '';
        }
        return;
      case 'w:tab':
        return this.append('\t');
      case 'w:br':
      case 'w:cr':
        return this.append('\n');
    }
  }

  text(text: string): void {
    if (this.run === null) return;
    this.run += text;
    if (this.run.length > MAX_PIECE_CHARS) {
      // An entity cut here is read as written: no more than a character or two of one run.
      this.append(decodeEntities(this.run));
      this.run = '';
    }
  }

  private append(text: string): void {
    const current = this.open.at(-1);
    if (!current) return; // text outside any paragraph is not shown by Word
    current.text += text;
    if (current.text.length >= MAX_PIECE_CHARS) {
      this.onPiece({ text: current.text, part: this.part, paragraph: current.paragraph });
      current.text = '';
    }
  }

  private close(): void {
    const current = this.open.pop();
    if (current && current.text) this.onPiece({ text: current.text, part: this.part, paragraph: current.paragraph });
  }
}
