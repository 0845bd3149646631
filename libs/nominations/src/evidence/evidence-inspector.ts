import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { DocxRiskCheck } from './docx-risk-check';
import { DEFAULT_EXPANSION_LIMITS, ExpansionBudget, type ExpansionLimits } from './evidence-risk';
import type { EvidenceType } from './evidence-type';
import { PdfRiskCheck } from './pdf-risk-check';
import { ZipEntryNameScanner } from './zip-entry-names';

export interface EvidenceInspectorOptions {
  /** The category's size limit; one byte more errors the stream. */
  maxBytes: number;
  /** How much of a text file's content to keep for the privacy scan. */
  keepTextChars?: number;
  /** How far a DOCX's entries or a PDF's object streams may inflate. */
  expansion?: ExpansionLimits;
}

export interface EvidenceInspection {
  size: number;
  /** Lower-case hex. */
  sha256: string;
  /** Null when the content is none of the accepted kinds, or empty. */
  type: EvidenceType | null;
  /** The decoded content (without a BOM) when `type` is 'text', up to `keepTextChars`; otherwise null. */
  text: string | null;
  /** True when `text` holds only the start of a longer text, so the privacy scan can say it saw part. */
  textTruncated: boolean;
}

export class EvidenceTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than the limit of ${describeBytes(maxBytes)}`);
    this.name = new.target.name;
  }
}

const DEFAULT_KEEP_TEXT_CHARS = 200_000;

/**
 * Passes the bytes of an upload through unchanged while counting, hashing and deciding the type by
 * content, so it sits in a pipeline between the upload and the storage driver and nothing is buffered:
 * the limit is enforced as bytes arrive, not after a whole file has been received. A DOCX or PDF is
 * also checked for risky content as it passes (see DocxRiskCheck, PdfRiskCheck); the stream errors
 * with an EvidenceRiskError at the first problem, so a refused file is never completely stored.
 */
export class EvidenceInspector extends Transform {
  private readonly maxBytes: number;
  private readonly keepTextChars: number;
  private readonly hash: Hash = createHash('sha256');
  private readonly signature = new SignatureSniffer();
  private readonly docx = new DocxDetector();
  private readonly text: TextCheck;
  private size = 0;
  private inspection: EvidenceInspection | null = null;
  private readonly budget: ExpansionBudget;
  private risk: DocxRiskCheck | PdfRiskCheck | null = null;
  /** The bytes that arrived before the signature was known, for the risk check it turns out to need. */
  private riskHead: Buffer[] | null = [];

  constructor(options: EvidenceInspectorOptions) {
    super();
    this.maxBytes = requireCount('maxBytes', options.maxBytes);
    this.keepTextChars = requireCount('keepTextChars', options.keepTextChars ?? DEFAULT_KEEP_TEXT_CHARS);
    this.text = new TextCheck(this.keepTextChars);
    this.budget = new ExpansionBudget(options.expansion ?? DEFAULT_EXPANSION_LIMITS);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      this.risk?.abandon();
      callback(new EvidenceTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    this.signature.push(chunk);
    // Until the signature is known, the bytes go to both checks; then only to the one that applies.
    const kind = this.signature.kind;
    if (kind === 'unknown' || kind === 'zip') this.docx.push(chunk);
    if (kind === 'unknown' || kind === 'none') this.text.push(chunk);
    else this.text.abandon(); // a binary signature: not text, so stop decoding
    const risk = this.riskCheckFor(kind, chunk);
    if (!risk) return callback(null, chunk);
    this.budget.received = this.size;
    risk.then(
      () => callback(null, chunk),
      (error: Error) => callback(error),
    );
  }

  override _flush(callback: TransformCallback): void {
    this.signature.finish();
    this.text.finish();
    const type = this.decideType();
    const finished =
      (type === 'docx' && this.risk instanceof DocxRiskCheck) || (type === 'pdf' && this.risk instanceof PdfRiskCheck)
        ? this.risk.finish()
        : Promise.resolve(this.risk?.abandon());
    finished.then(
      () => this.conclude(type, callback),
      (error: Error) => callback(error),
    );
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.risk?.abandon(); // no inflation outlives a refused or broken upload
    callback(error);
  }

  /** Feeds the risk check for the file's kind, once the kind is known; null when there is none. */
  private riskCheckFor(kind: SignatureKind | 'none' | 'unknown', chunk: Buffer): Promise<void> | null {
    if (kind === 'unknown') {
      this.riskHead?.push(chunk);
      return null;
    }
    if (this.riskHead) {
      if (kind === 'zip') this.risk = new DocxRiskCheck(this.budget);
      if (kind === 'pdf') this.risk = new PdfRiskCheck(this.budget);
      chunk = Buffer.concat([...this.riskHead, chunk]);
      this.riskHead = null;
    }
    return this.risk ? this.risk.push(chunk) : null;
  }

  private conclude(type: EvidenceType | null, callback: TransformCallback): void {
    const text = type === 'text' ? this.text.kept : null;
    this.inspection = {
      size: this.size,
      sha256: this.hash.digest('hex'),
      type,
      text,
      textTruncated: text !== null && this.text.truncated,
    };
    callback();
  }

  /** What the content turned out to be; throws if the stream has not finished. */
  result(): EvidenceInspection {
    if (!this.inspection) throw new Error('The evidence stream has not finished, so it has no result yet');
    return this.inspection;
  }

  private decideType(): EvidenceType | null {
    switch (this.signature.kind) {
      case 'pdf':
      case 'png':
      case 'jpeg':
        return this.signature.kind;
      case 'zip':
        return this.docx.isDocx ? 'docx' : null; // other zips (.xlsx, .zip) are not accepted
      case 'none':
      case 'unknown':
        return this.size > 0 && this.text.valid ? 'text' : null;
    }
  }
}

type SignatureKind = 'pdf' | 'png' | 'jpeg' | 'zip';

const SIGNATURES: ReadonlyArray<{ kind: SignatureKind; bytes: Buffer }> = [
  { kind: 'pdf', bytes: Buffer.from('%PDF-', 'latin1') },
  { kind: 'png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { kind: 'jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff]) },
  { kind: 'zip', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04]) },
];
const LONGEST_SIGNATURE = Math.max(...SIGNATURES.map((signature) => signature.bytes.length));

/**
 * Matches the start of the content against the known signatures, keeping only the first few bytes.
 * `kind` is 'unknown' until enough bytes have arrived to tell, then a signature or 'none'.
 */
class SignatureSniffer {
  kind: SignatureKind | 'none' | 'unknown' = 'unknown';
  private head = Buffer.alloc(0);

  push(chunk: Buffer): void {
    if (this.kind !== 'unknown') return;
    this.head = Buffer.concat([this.head, chunk.subarray(0, LONGEST_SIGNATURE - this.head.length)]);
    if (this.head.length >= LONGEST_SIGNATURE) this.finish();
  }

  /** Decides on what has arrived; a file shorter than a signature cannot match it. */
  finish(): void {
    if (this.kind !== 'unknown') return;
    const match = SIGNATURES.find(({ bytes }) => this.head.length >= bytes.length && startsWith(this.head, bytes));
    this.kind = match ? match.kind : 'none';
  }
}

const CONTENT_TYPES_ENTRY = '[content_types].xml';
const WORD_DOCUMENT_ENTRY = 'word/document.xml';

/** A ZIP is a Word document when its entries include both of the parts every DOCX has. */
class DocxDetector {
  private hasContentTypes = false;
  private hasWordDocument = false;
  // OPC part names compare case-insensitively (ECMA-376 part 2), so we do too.
  private readonly scanner = new ZipEntryNameScanner((name) => {
    const lower = name.toLowerCase();
    if (lower === CONTENT_TYPES_ENTRY) this.hasContentTypes = true;
    if (lower === WORD_DOCUMENT_ENTRY) this.hasWordDocument = true;
    return this.isDocx;
  });

  get isDocx(): boolean {
    return this.hasContentTypes && this.hasWordDocument;
  }

  push(chunk: Buffer): void {
    if (!this.scanner.done) this.scanner.push(chunk);
  }
}

/**
 * Decides whether content is plain text: valid UTF-8 throughout (a BOM allowed) and no control
 * characters but tab, LF, CR and form feed. Keeps the start of the decoded text for the privacy scan.
 */
class TextCheck {
  valid = true;
  kept = '';
  truncated = false;
  // fatal: invalid UTF-8 throws rather than becoming U+FFFD; the BOM is stripped by default.
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly keepChars: number) {}

  push(chunk: Buffer): void {
    if (this.valid) this.accept(() => this.decoder.decode(chunk, { stream: true }));
  }

  /** Checks for a sequence cut off at the end. */
  finish(): void {
    if (this.valid) this.accept(() => this.decoder.decode());
  }

  abandon(): void {
    this.valid = false;
    this.kept = '';
  }

  private accept(decode: () => string): void {
    let decoded: string;
    try {
      decoded = decode();
    } catch {
      this.abandon(); // invalid UTF-8
      return;
    }
    if (FORBIDDEN_CONTROL.test(decoded)) {
      this.abandon();
      return;
    }
    this.keep(decoded);
  }

  private keep(decoded: string): void {
    if (this.truncated) return; // the kept text is a prefix; never add later pieces to it
    const room = this.keepChars - this.kept.length;
    if (decoded.length <= room) {
      this.kept += decoded;
      return;
    }
    this.truncated = true;
    this.kept += withoutSplitPair(decoded.slice(0, room));
  }
}

/** C0 controls except tab, LF, form feed and CR; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

/** Drops a high surrogate left at the end by a cut, so the kept text is well-formed. */
function withoutSplitPair(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

function startsWith(head: Buffer, prefix: Buffer): boolean {
  return head.subarray(0, prefix.length).equals(prefix);
}

function requireCount(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number of 0 or more`);
  return value;
}

function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${formatNumber(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
