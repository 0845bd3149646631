// Small text helpers shared by the announcement page/e-mail and the certificate.

export type AwardKind = 'winner' | 'runner_up' | 'highly_commended';

/** Plain-English labels, as a sentence would start. */
export const AWARD_LABEL: Record<AwardKind, string> = {
  winner: 'Winner',
  runner_up: 'Runner-up',
  highly_commended: 'Highly commended',
};

/** Announcement order within a category. */
export const AWARD_RANK: Record<AwardKind, number> = { winner: 0, runner_up: 1, highly_commended: 2 };

/** "21 March 2027": the calendar day in the programme's time zone, not the server's. */
export function formatLongDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
}

/** "2027-03-21" for the same day as formatLongDate, for a <time datetime>. */
export function isoDate(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Paragraphs separated by blank lines, each with its whitespace collapsed; empty ones dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/**
 * Greedy word wrap of one paragraph. `fits` decides whether a line is short enough, so the same
 * code wraps by characters (e-mail) or by font metrics (PDF). A word too long for any line gets a
 * line of its own, or, with breakLongWords, is split by characters (a PDF cannot overflow).
 */
export function wrapWords(text: string, fits: (line: string) => boolean, breakLongWords = false): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (fits(word) || !breakLongWords) {
      line = word;
      continue;
    }
    // Split by code points so an emoji or accented letter is never cut in half.
    line = '';
    for (const ch of word) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Wraps to a column count, counting code points (what a reader sees) rather than UTF-16 units. */
export function wrapColumns(text: string, width: number): string[] {
  return wrapWords(text, (line) => [...line].length <= width);
}
