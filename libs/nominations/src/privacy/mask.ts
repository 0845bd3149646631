/** The character that stands in for a hidden letter or digit. */
export const MASK_CHAR = '•';

/**
 * Findings with at least this many letters/digits keep their first and last one visible, so the nominator can
 * recognise what was found; shorter ones are masked entirely. Six means at most a third is ever shown.
 */
const MIN_LENGTH_TO_SHOW_ENDS = 6;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Masks a found identifier so that the finding does not repeat it. The rule applies to the finding as a whole:
 * spaces and punctuation ('@', '.', '+', '/', '-', '(') stay where they are, every letter and digit becomes '•',
 * except the first and the last letter/digit of the finding when it has at least six of them.
 *   '943 476 5919'         -> '9•• ••• •••9'
 *   'jane.doe@example.org' -> 'j•••.•••@•••••••.••g'
 *   'M1 1AE'               -> '•• •••'
 */
export function maskIdentifier(found: string): string {
  const chars = Array.from(found);
  const positions = chars.flatMap((char, index) => (LETTER_OR_DIGIT.test(char) ? [index] : []));
  const shown = positions.length >= MIN_LENGTH_TO_SHOW_ENDS ? new Set([positions[0], positions.at(-1)]) : new Set();
  return chars.map((char, index) => (LETTER_OR_DIGIT.test(char) && !shown.has(index) ? MASK_CHAR : char)).join('');
}
