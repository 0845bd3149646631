import type { FindingKind } from './privacy-scanner';

/** The parts of a Word document the evidence check reads. */
export const DOCX_PARTS = ['document', 'header', 'footer', 'comment', 'footnote', 'endnote'] as const;
export type DocxPart = (typeof DOCX_PARTS)[number];

/**
 * Where a finding is: a statement (by criterion) or an evidence file — in a PDF its `page`, in a
 * Word document its `part` and `paragraph` (both counted from 1); `start` and `end` are within that.
 */
export type FindingSource =
  | { type: 'statement'; criterionId: string; criterionTitle: string }
  | { type: 'evidence'; evidenceId: string; fileName: string; page?: number; part?: DocxPart; paragraph?: number };

/** A possible service-user identifier, shown to the nominator and at screening. Only the masked text is kept. */
export interface PrivacyFinding {
  kind: FindingKind;
  label: string;
  source: FindingSource;
  start: number;
  end: number;
  masked: string;
}
