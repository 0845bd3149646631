import type { FindingKind } from './privacy-scanner';

/** Where a finding is: a statement (by criterion) or a text evidence file. */
export type FindingSource =
  | { type: 'statement'; criterionId: string; criterionTitle: string }
  | { type: 'evidence'; evidenceId: string; fileName: string };

/** A possible service-user identifier, shown to the nominator and at screening. Only the masked text is kept. */
export interface PrivacyFinding {
  kind: FindingKind;
  label: string;
  source: FindingSource;
  start: number;
  end: number;
  masked: string;
}
