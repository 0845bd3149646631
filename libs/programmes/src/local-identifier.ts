/**
 * A trust's or council's own case or patient identifier, named by the programme's coordinator so the privacy check
 * finds it: a label ("Hospital number") and a template in which A stands for a capital letter, 9 for a digit, and
 * a space, hyphen or slash for itself ("A999999", "99-999999"). A template, not a regular expression, so a
 * coordinator cannot write a pattern that matches everything or takes the scanner into catastrophic backtracking.
 */
export interface LocalIdentifier {
  label: string;
  pattern: string;
}

/**
 * 4 to 30 placeholders, at least one of them a digit (a shorter template would match ordinary words), with at most
 * one separator between two placeholders.
 */
export const LOCAL_IDENTIFIER_TEMPLATE = /^(?=.*9)[A9](?:[ /-]?[A9]){3,29}$/;
export const LOCAL_IDENTIFIER_TEMPLATE_RULE =
  'pattern must be 4 to 30 of A (a letter) and 9 (a digit), at least one 9, with a single space, hyphen or slash allowed between them (e.g. A999999)';
export const MAX_LOCAL_IDENTIFIERS = 10;

/** The regular expression source a valid template stands for: letters in either case, separators optional. */
export function localIdentifierSource(template: string): string {
  return Array.from(template, (char) => {
    if (char === 'A') return '[A-Za-z]';
    if (char === '9') return String.raw`\d`;
    return `[${char === '-' ? String.raw`\-` : char}]?`;
  }).join('');
}
