import { EvidenceRiskError, ExpansionBudget, StreamingInflate } from './evidence-risk';

/** PDF names that run code, act on opening or on events, launch programs, or carry other files. */
const ACTIVE = new Set([
  'JavaScript',
  'JS',
  'OpenAction',
  'AA',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'XFA',
]);
/**
 * Inside stream data (images, fonts) short names such as /JS turn up by chance in binary bytes;
 * these long ones do not, so stream data is checked for them too, lest a dictionary be hidden there.
 */
const ACTIVE_IN_STREAM_DATA = new Set([...ACTIVE].filter((name) => name.length >= 6));
const FILTERS = new Set([
  'ASCIIHexDecode',
  'ASCII85Decode',
  'LZWDecode',
  'FlateDecode',
  'RunLengthDecode',
  'CCITTFaxDecode',
  'JBIG2Decode',
  'DCTDecode',
  'JPXDecode',
  'Crypt',
]);

/** A name: '/' and the regular characters after it (PDF 32000 7.3.5); `#xx` escapes are decoded. */
const NAME = /\/([^\0\t\n\f\r ()<>[\]{}/%]*)/g;
/** The markup that makes a browser read the same bytes as a web page. */
const HTML = /<(?:html|script|body|iframe|!doctype\s+html)[\s>/]/i;
const STREAM = /(?<![A-Za-z])stream(?:\r\n|\n|\r)/g;
const END_STREAM = 'endstream';
/** Kept from one chunk to the next: longer than any keyword or marker we look for. */
const OVERLAP = 24;
const MAX_CARRY = 64 * 1024;

const active = (names: Iterable<string>) =>
  new EvidenceRiskError(
    'pdf_active_content',
    `The PDF contains active content (${[...names].map((n) => `/${n}`).join(', ')}): scripts, actions on ` +
      'opening or attached files cannot be passed to judges. Print it to a new PDF or save it as PDF/A, ' +
      'which leaves them out, and upload that',
  );
const polyglot = () =>
  new EvidenceRiskError(
    'pdf_polyglot',
    'The file is a PDF that is also a web page (it contains HTML markup), a known way to smuggle scripts ' +
      'past checks: save it again as PDF/A and upload that',
  );
const unreadable = (why: string) =>
  new EvidenceRiskError(
    'pdf_unreadable',
    `The PDF cannot be checked (${why}): print it to a new PDF or save it as PDF/A, and upload that`,
  );

/**
 * Reads a PDF as it streams past, without keeping it: refuses active content — the names above
 * in any dictionary, including those packed into compressed object streams (inflated within the
 * budget) — and HTML markup anywhere in the bytes.
 */
export class PdfRiskCheck {
  private readonly found = new Set<string>();
  private problem: EvidenceRiskError | null = null;
  private carry = '';
  private inStream = false;
  /** Names since the last stream, so the dictionary before `stream` says what the stream is. */
  private names = new Set<string>();
  private objectStream: { inflate: StreamingInflate | null; names: NameFeed } | null = null;
  /** Object streams ended whose inflation may still be running. */
  private ending: Promise<void>[] = [];

  constructor(private readonly budget: ExpansionBudget) {}

  async push(chunk: Buffer): Promise<void> {
    this.read(this.carry + chunk.toString('latin1'), false);
    await this.settled();
    this.check();
  }

  async finish(): Promise<void> {
    this.read(this.carry, true);
    this.endObjectStream();
    await this.settled();
    this.check();
  }

  abandon(): void {
    this.objectStream?.inflate?.stop();
  }

  private async settled(): Promise<void> {
    const ending = this.ending;
    this.ending = [];
    await Promise.all([...ending, this.objectStream?.inflate?.settled()]);
  }

  private check(): void {
    if (!this.problem && this.found.size > 0) this.problem = active(this.found);
    if (this.problem) {
      this.abandon();
      throw this.problem;
    }
  }

  /** Reads `text` from its start: all of it when `last`, else up to what the next chunk might complete. */
  private read(text: string, last: boolean): void {
    const keep = last ? text.length : Math.max(0, text.length - OVERLAP);
    let at = 0;
    while (at < keep) {
      if (this.inStream) {
        const end = text.indexOf(END_STREAM, at);
        let stop = end !== -1 && end < keep ? end : keep;
        stop = Math.min(stop, this.scanNames(text, at, stop, ACTIVE_IN_STREAM_DATA, last, null));
        this.checkHtml(text, at, stop);
        this.streamData(text, at, stop);
        if (stop !== end) {
          at = stop;
          break;
        }
        this.inStream = false;
        this.endObjectStream();
        at = end + END_STREAM.length;
        continue;
      }
      STREAM.lastIndex = at;
      const match = STREAM.exec(text);
      let stop = match && match.index < keep ? match.index : keep;
      stop = Math.min(stop, this.scanNames(text, at, stop, ACTIVE, last, this.names));
      this.checkHtml(text, at, stop);
      if (!match || stop !== match.index) {
        at = stop;
        break;
      }
      at = match.index + match[0].length;
      this.inStream = true;
      this.startObjectStream();
    }
    this.carry = text.slice(at);
    // Only a run of name characters with no end grows the carry: it names nothing we look for.
    if (this.carry.length > MAX_CARRY) this.carry = this.carry.slice(-OVERLAP);
  }

  private checkHtml(text: string, from: number, to: number): void {
    if (to > from && HTML.test(text.slice(from, Math.min(to + OVERLAP, text.length)))) this.problem ??= polyglot();
  }

  private streamData(text: string, from: number, to: number): void {
    const stream = this.objectStream;
    if (!stream || to <= from) return;
    const bytes = Buffer.from(text.slice(from, to), 'latin1');
    if (stream.inflate) stream.inflate.write(bytes);
    else stream.names.push(bytes);
  }

  /**
   * Records the names starting in `text[from, to)` that are in `watch` (and every name in `seen`);
   * returns where a name that may continue in the next chunk starts, or `to`.
   */
  private scanNames(
    text: string,
    from: number,
    to: number,
    watch: Set<string>,
    last: boolean,
    seen: Set<string> | null,
  ): number {
    const pattern = new RegExp(NAME.source, 'g');
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
      if (!last && match.index + match[0].length === text.length) return match.index;
      const name = decodeName(match[1]);
      seen?.add(name);
      const verdict = risky(name, watch, text, match.index + match[0].length);
      if (verdict === 'undecided' && !last) return match.index;
      if (verdict === true) this.found.add(name);
    }
    return to;
  }

  /** The dictionary just read says whether this stream packs objects; if it does, read them too. */
  private startObjectStream(): void {
    const names = this.names;
    this.names = new Set();
    if (!names.has('ObjStm')) return;
    const filters = [...names].filter((n) => FILTERS.has(n));
    if (names.has('DecodeParms') || filters.some((f) => f !== 'FlateDecode')) {
      this.problem ??= unreadable('an object stream is encoded in a way this check does not read');
      return;
    }
    const feed = new NameFeed(this.found);
    const inflate = filters.length
      ? new StreamingInflate(
          this.budget,
          (out) => feed.push(out),
          (problem) => {
            this.problem ??= problem === 'too_large' ? this.budget.error('PDF') : unreadable('a stream is damaged');
          },
          'zlib',
        )
      : null;
    this.objectStream = { inflate, names: feed };
  }

  private endObjectStream(): void {
    const stream = this.objectStream;
    if (!stream) return;
    this.objectStream = null;
    stream.inflate?.end();
    this.ending.push((stream.inflate?.settled() ?? Promise.resolve()).then(() => stream.names.finish()));
  }
}

/** The names in inflated object-stream content (dictionaries, no stream data), across chunks. */
class NameFeed {
  private carry = '';

  constructor(private readonly found: Set<string>) {}

  push(chunk: Buffer): void {
    const text = this.carry + chunk.toString('latin1');
    let keep = text.length;
    for (const match of text.matchAll(NAME)) {
      const end = match.index + match[0].length;
      const verdict = end === text.length ? 'undecided' : risky(decodeName(match[1]), ACTIVE, text, end);
      if (verdict === 'undecided') {
        keep = match.index;
        break;
      }
      if (verdict) this.found.add(decodeName(match[1]));
    }
    this.carry = text.slice(keep).slice(-MAX_CARRY);
  }

  finish(): void {
    for (const match of this.carry.matchAll(NAME)) {
      const name = decodeName(match[1]);
      if (risky(name, ACTIVE, this.carry, match.index + match[0].length) !== false) this.found.add(name);
    }
    this.carry = '';
  }
}

/**
 * Whether `name`, ending at `end` in `text`, is active content. An /OpenAction whose value is an
 * array is a destination ("open at page 1, fit to width", as LibreOffice and LaTeX write), not an
 * action: nothing runs, so it passes. 'undecided' when the text ends before the value starts.
 */
function risky(name: string, watch: Set<string>, text: string, end: number): boolean | 'undecided' {
  if (!watch.has(name)) return false;
  if (name !== 'OpenAction') return true;
  const value = /[^\0\t\n\f\r ]/.exec(text.slice(end, end + OVERLAP));
  if (!value) return end + OVERLAP >= text.length ? 'undecided' : true;
  return value[0] !== '[';
}

/** `/J#61vaScript` is `/JavaScript` to a reader (PDF 32000 7.3.5). */
function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
