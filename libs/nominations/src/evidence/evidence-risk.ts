import { createInflate, createInflateRaw, type Inflate, type InflateRaw } from 'node:zlib';
import { finished } from 'node:stream/promises';

/**
 * Content a trust's information governance would refuse to pass to judges: macros, links that
 * fetch from outside the file, active PDF content, files that expand far beyond their size.
 * `code` goes after `evidence.`; the message says what to do instead.
 */
export class EvidenceRiskError extends Error {
  constructor(
    readonly code: EvidenceRiskCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export type EvidenceRiskCode =
  | 'docx_macros'
  | 'docx_external_link'
  | 'docx_unreadable'
  | 'expands_too_far'
  | 'pdf_active_content'
  | 'pdf_polyglot'
  | 'pdf_unreadable';

export interface ExpansionLimits {
  /** Decompressed bytes allowed per byte of the file received so far. */
  ratio: number;
  /** Decompressed bytes allowed whatever the file's size. */
  maxBytes: number;
}

/** A DOCX's XML compresses 5–30 times; 100 leaves room for odd documents and none for a bomb. */
export const DEFAULT_EXPANSION_LIMITS: ExpansionLimits = { ratio: 100, maxBytes: 256 * 1024 * 1024 };
/** Small files get the allowance of one this big, so a short document is not judged by its ratio alone. */
const RATIO_FLOOR_BYTES = 256 * 1024;

/**
 * Counts what every inflater of one upload produces, and says when it has gone past the limit,
 * judged against the bytes received so far: so inflation stops within one chunk of the limit,
 * however large the file says it will become.
 */
export class ExpansionBudget {
  /** Decompressed bytes so far, over every inflater of the upload. */
  expanded = 0;
  /** Bytes of the file received so far; the inspector keeps it current. */
  received = 0;

  constructor(private readonly limits: ExpansionLimits) {}

  /** Adds `bytes` of output; true while still within the limit. */
  spend(bytes: number): boolean {
    this.expanded += bytes;
    const allowed = Math.min(this.limits.maxBytes, this.limits.ratio * Math.max(this.received, RATIO_FLOOR_BYTES));
    return this.expanded <= allowed;
  }

  error(kind: string): EvidenceRiskError {
    return new EvidenceRiskError(
      'expands_too_far',
      `The ${kind} expands to far more than its size when opened (over ${this.limits.ratio} times, or ` +
        `${Math.round(this.limits.maxBytes / 1024 / 1024)} MB), as a decompression bomb does: open it, save ` +
        'it again (or save it as PDF/A) and upload that',
    );
  }
}

/**
 * One deflate stream inflated as its compressed bytes arrive, each piece of output passed to
 * `onOutput` and then dropped, nothing kept. Past the budget, or on bad data, it stops inflating
 * and reports through `onProblem`. `settled()` resolves once everything written so far is inflated.
 */
export class StreamingInflate {
  private readonly inflater: Inflate | InflateRaw;
  private pending: Promise<void>[] = [];
  private stopped = false;
  private markStopped!: () => void;
  /** Resolves on stop, so nobody waits on writes a destroyed inflater will never call back. */
  private readonly whenStopped = new Promise<void>((resolve) => (this.markStopped = resolve));

  constructor(
    budget: ExpansionBudget,
    onOutput: (chunk: Buffer) => void,
    private readonly onProblem: (problem: 'too_large' | 'bad_data') => void,
    /** ZIP entries are raw deflate; a PDF's FlateDecode has the zlib wrapper. */
    format: 'raw' | 'zlib' = 'raw',
  ) {
    this.inflater = format === 'raw' ? createInflateRaw() : createInflate();
    this.inflater.on('data', (chunk: Buffer) => {
      if (this.stopped) return;
      if (!budget.spend(chunk.length)) return this.stop('too_large');
      onOutput(chunk);
    });
    this.inflater.on('error', () => this.stop('bad_data'));
  }

  write(chunk: Buffer): void {
    if (this.stopped) return;
    this.pending.push(new Promise((resolve) => this.inflater.write(chunk, () => resolve())));
  }

  end(): void {
    if (this.stopped) return;
    this.inflater.end();
    this.pending.push(finished(this.inflater).catch(() => undefined));
  }

  async settled(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    await Promise.race([Promise.all(pending), this.whenStopped]);
  }

  /** Stops at once, whatever is left; safe to call again. */
  stop(problem?: 'too_large' | 'bad_data'): void {
    if (this.stopped) return;
    this.stopped = true;
    this.markStopped();
    this.inflater.destroy();
    if (problem) this.onProblem(problem);
  }
}
