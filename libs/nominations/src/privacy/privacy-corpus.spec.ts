import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_KINDS, FindingKind, scanText, ScanOptions } from './privacy-scanner';

/*
 * The privacy check scored on the project's own corpus of nomination passages (test/fixtures/privacy/*.json), each
 * with the identifiers it must yield. An expected identifier is found when a finding of its kind overlaps one of its
 * occurrences; a finding is correct when it overlaps an occurrence of an expected identifier of its kind. A passage
 * lists each distinct form once ("Mr Dennis Pryce" and later "Dennis" are two entries).
 */

interface Passage {
  id: string;
  text: string;
  context?: Pick<ScanOptions, 'allowedNames' | 'allowedEmails' | 'localIdentifiers'>;
  findings: { kind: FindingKind; text: string }[];
}

const CORPUS_DIR = join(__dirname, '../../../../test/fixtures/privacy');
// Fixed, so the date-of-birth rule (a full date more than ten years back) reads the corpus the same every year.
const NOW = new Date('2026-12-01T12:00:00Z');

/** Fixed-shape identifiers can be found almost always; names and addresses in prose less so. */
const BARS: Record<FindingKind, { recall: number; precision: number }> = {
  nhs_number: { recall: 0.98, precision: 0.95 },
  ni_number: { recall: 0.98, precision: 0.95 },
  postcode: { recall: 0.98, precision: 0.95 },
  date_of_birth: { recall: 0.98, precision: 0.95 },
  phone_number: { recall: 0.98, precision: 0.95 },
  email: { recall: 0.98, precision: 0.95 },
  local_identifier: { recall: 0.98, precision: 0.95 },
  person_name: { recall: 0.85, precision: 0.85 },
  street_address: { recall: 0.85, precision: 0.85 },
};

const passages: Passage[] = readdirSync(CORPUS_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .flatMap((file) => JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8')) as Passage[]);

function occurrences(text: string, part: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) {
    spans.push({ start: at, end: at + part.length });
  }
  return spans;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

interface Tally {
  expected: number;
  recalled: number;
  reported: number;
  correct: number;
  misses: string[];
  falseAlarms: string[];
}

function score(): Record<FindingKind, Tally> {
  const tallies = Object.fromEntries(
    FINDING_KINDS.map((kind) => [
      kind,
      { expected: 0, recalled: 0, reported: 0, correct: 0, misses: [], falseAlarms: [] },
    ]),
  ) as unknown as Record<FindingKind, Tally>;
  for (const passage of passages) {
    const found = scanText(passage.text, { ...passage.context, now: NOW });
    for (const expected of passage.findings) {
      const tally = tallies[expected.kind];
      tally.expected += 1;
      const spans = occurrences(passage.text, expected.text);
      if (found.some((f) => f.kind === expected.kind && spans.some((span) => overlaps(f, span)))) tally.recalled += 1;
      else tally.misses.push(`${passage.id}: ${expected.text}`);
    }
    for (const finding of found) {
      const tally = tallies[finding.kind];
      tally.reported += 1;
      const correct = passage.findings.some(
        (e) => e.kind === finding.kind && occurrences(passage.text, e.text).some((span) => overlaps(finding, span)),
      );
      if (correct) tally.correct += 1;
      else tally.falseAlarms.push(`${passage.id}: ${passage.text.slice(finding.start, finding.end)}`);
    }
  }
  return tallies;
}

describe('the privacy check on the project corpus', () => {
  it('has at least 100 passages, at least 30 of them clean, each expected identifier written in its passage', () => {
    expect(passages.length).toBeGreaterThanOrEqual(100);
    expect(passages.filter((p) => p.findings.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
    const absent = passages.flatMap((p) =>
      p.findings
        .filter((f) => !FINDING_KINDS.includes(f.kind) || !p.text.includes(f.text))
        .map((f) => `${p.id}: ${f.text}`),
    );
    expect(absent).toEqual([]);
  });

  const tallies = score();

  afterAll(() => {
    const rows = FINDING_KINDS.map((kind) => {
      const t = tallies[kind];
      const ratio = (a: number, b: number) => (b === 0 ? '  n/a' : (a / b).toFixed(3));
      return `${kind.padEnd(17)} expected ${String(t.expected).padStart(3)}  found ${String(t.recalled).padStart(3)}  recall ${ratio(t.recalled, t.expected)}  reported ${String(t.reported).padStart(3)}  precision ${ratio(t.correct, t.reported)}`;
    });
    const misses = FINDING_KINDS.flatMap((kind) => tallies[kind].misses.map((m) => `  missed ${kind}: ${m}`));
    const alarms = FINDING_KINDS.flatMap((kind) => tallies[kind].falseAlarms.map((m) => `  false ${kind}: ${m}`));
    process.stdout.write(
      `\nPrivacy corpus: ${passages.length} passages\n${[...rows, ...misses, ...alarms].join('\n')}\n`,
    );
  });

  it.each(FINDING_KINDS)('%s: recall and precision at or above the bar', (kind) => {
    const t = tallies[kind];
    expect(t.expected).toBeGreaterThanOrEqual(10); // a bar met on a handful of examples proves nothing
    expect(t.recalled / t.expected).toBeGreaterThanOrEqual(BARS[kind].recall);
    expect(t.reported === 0 ? 0 : t.correct / t.reported).toBeGreaterThanOrEqual(BARS[kind].precision);
  });
});
