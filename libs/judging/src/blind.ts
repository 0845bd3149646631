const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';
const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A person's full name and each of its words of two letters or more. */
export function nameTerms(name: string | null | undefined): string[] {
  const full = (name ?? '').trim().replace(/\s+/g, ' ');
  if (!full) return [];
  const words = full.split(/[\s-]+/).filter((w) => [...w].length >= 2);
  return [full, ...words];
}

/**
 * Replaces each term as a whole word, ignoring case, longest first (so "Sam Patel" goes as one),
 * and every e-mail address. A blind programme's judges read statements through this.
 */
export function maskIdentity(text: string, masks: { terms: string[]; replacement: string }[]): string {
  let out = text.replace(EMAIL, '[e-mail]');
  const all = masks
    .flatMap((m) => m.terms.map((term) => ({ term, replacement: m.replacement })))
    .sort((a, b) => b.term.length - a.term.length);
  for (const { term, replacement } of all) {
    const pattern = new RegExp(`(?<!${LETTER_OR_DIGIT})${escape(term)}(?!${LETTER_OR_DIGIT})`, 'giu');
    out = out.replace(pattern, replacement);
  }
  return out;
}
