import { escapeRegExp } from '@commend/core';

/**
 * Masking for blind judging: the names, team, job title and e-mail addresses of a nomination's
 * people, taken out of the text a judge of a blind category reads.
 *
 * Matching runs on a folded copy of the text (accents and other combining marks removed,
 * curly apostrophes and dashes made plain, any space a space), so "Renée" written with a
 * combining accent, "O’Neill" with a curly apostrophe and "Renee" without its accent are all
 * found; every match is then replaced in the original, and text outside a match comes back
 * unchanged. All matches are found first and replaced in one pass, longest first, so one
 * replacement is never matched again by another term.
 */

export interface IdentityMask {
  /**
   * `person`: a name, matched in full (any case) and by each of its parts that the name
   * capitalises, where the text capitalises it too: "Hope" masks "Hope" and "HOPE" but not the
   * word "hope", and "van" of "Lisa van Dyke" is masked only in the full name.
   * `phrase`: a team, job title or the like, matched only as the whole phrase, any case: a team
   * "Burnley Hospital Discharge Team" leaves "the team" and "the hospital" alone.
   */
  kind: 'person' | 'phrase';
  text: string | null | undefined;
  replacement: string;
}

export const EMAIL_MASK = '[e-mail]';

const APOSTROPHE = /['\u2018\u2019\u201B\u02BC\u02B9`\u00B4\u2032]/u;
const DASH = /[\u2010-\u2015\u2212\uFE63\uFF0D-]/u;
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`, where its character starts and ends in the original. */
  starts: number[];
  ends: number[];
}

function foldChar(ch: string): string {
  const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
  if (APOSTROPHE.test(bare)) return "'";
  if (DASH.test(bare)) return '-';
  if (/^\s$/u.test(bare)) return ' ';
  return bare;
}

function fold(original: string): Folded {
  const folded: Folded = { text: '', starts: [], ends: [] };
  let offset = 0;
  for (const ch of original) {
    const start = offset;
    offset += ch.length;
    const f = foldChar(ch);
    // A combining mark on its own (an accent written as a second character) belongs to the
    // letter before it.
    if (f === '' && folded.ends.length) folded.ends[folded.ends.length - 1] = offset;
    for (let i = 0; i < f.length; i += 1) {
      folded.starts.push(start);
      folded.ends.push(offset);
    }
    folded.text += f;
  }
  return folded;
}

/** A folded word as a pattern: its apostrophes may be any apostrophe, or missing ("ONeill"). */
const wordPattern = (word: string): string => escapeRegExp(word).replace(/'/g, "'?");

/** Words as a pattern: the same words with any spaces or dashes between them. */
const wordsPattern = (words: string[]): string => words.map(wordPattern).join('[ -]+');

const letters = (s: string): number => (s.match(/\p{L}/gu) ?? []).length;

interface Term {
  pattern: string;
  replacement: string;
  /** The text must capitalise the match's first letter. */
  capitalised: boolean;
}

function terms(mask: IdentityMask): Term[] {
  const whole = fold((mask.text ?? '').trim()).text;
  if (letters(whole) < 2) return [];
  const { replacement } = mask;
  if (mask.kind === 'phrase') {
    return [{ pattern: wordsPattern(whole.split(/ +/)), replacement, capitalised: false }];
  }
  const words = whole.split(/[ -]+/).filter((w) => letters(w) >= 2);
  // In a name written in capitals and small letters, a small-letter word is a particle
  // ("van", "de"): it is masked within the full name, not on its own.
  const cased = /\p{Lu}/u.test(whole);
  const parts = words.filter((w) => !cased || /^\P{L}*\p{Lu}/u.test(w));
  // The full name, and for a longer one the first and last names, and the surname with its
  // particles ("van Dyke"), in any case.
  const wholes =
    words.length > 2 ? [words, [words[0], words[words.length - 1]], words.slice(1)] : words.length > 1 ? [words] : [];
  return [
    ...wholes.map((w) => ({ pattern: wordsPattern(w), replacement, capitalised: false })),
    ...parts.map((w) => ({ pattern: wordPattern(w), replacement, capitalised: true })),
  ];
}

const PART = "[\\p{L}\\p{N}_%+'-]+";
const DOT = '(?:\\.|\\s*[\\[({<]\\s*(?:dot|\\.)\\s*[\\])}>]\\s*|\\s+dot\\s+)';
const AT = '(?:\\s*@\\s*|\\s*[\\[({<]\\s*(?:at|@)\\s*[\\])}>]\\s*)';
/**
 * An e-mail address, also written to dodge a filter: "renee.oneill [at] example [dot] nhs
 * [dot] uk", "renee dot oneill at example dot org". A bare " at " counts only after a local
 * part with a dot in it, so "ward 5 at St.Mary" is not taken for an address.
 */
const EMAIL = new RegExp(
  `(?:${PART}(?:${DOT}${PART})*${AT}|${PART}(?:${DOT}${PART})+\\s+at\\s+)${PART}(?:${DOT}${PART})*${DOT}\\p{L}{2,}(?!${LETTER_OR_DIGIT})`,
  'giu',
);

interface Span {
  start: number;
  end: number;
  replacement: string;
}

/** The text with every mask's matches and every e-mail address replaced. */
export function maskIdentity(text: string, masks: IdentityMask[]): string {
  const folded = fold(text);
  const spans: Span[] = [];
  const find = (regex: RegExp, replacement: string, capitalised: boolean): void => {
    for (const match of folded.text.matchAll(regex)) {
      if (capitalised && !/^\P{L}*\p{Lu}/u.test(match[0])) continue;
      spans.push({ start: match.index, end: match.index + match[0].length, replacement });
    }
  };
  find(EMAIL, EMAIL_MASK, false);
  for (const term of masks.flatMap(terms)) {
    find(
      new RegExp(`(?<!${LETTER_OR_DIGIT})${term.pattern}(?!${LETTER_OR_DIGIT})`, 'giu'),
      term.replacement,
      term.capitalised,
    );
  }
  // Longest first; a match overlapping one already taken is dropped.
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Span[] = [];
  for (const span of spans) {
    if (taken.every((t) => span.end <= t.start || span.start >= t.end)) taken.push(span);
  }
  taken.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of taken) {
    const start = folded.starts[span.start];
    out += text.slice(at, start) + span.replacement;
    at = folded.ends[span.end - 1];
  }
  return out + text.slice(at);
}

export interface NominationIdentity {
  nomineeName: string | null;
  /** A team's name is masked as a phrase, a person's as a name. */
  nomineeType: 'individual' | 'team';
  nomineeEmail: string | null;
  nomineeJobTitle: string | null;
  nomineeTeam: string | null;
  teamMembers: { name: string; email?: string; jobTitle?: string }[];
  nominatorName: string | null;
  nominatorEmail: string | null;
}

const NOMINEE = '[the nominee]';
const NOMINATOR = '[the nominator]';
const TEAM = "[the nominee's team]";
const JOB_TITLE = "[the nominee's job title]";

/**
 * The left-hand part of an address written alone ("ask renee.oneill"), when it has a dot,
 * underscore or hyphen: alone, "hope" of hope@… is more likely the word.
 */
const localPart = (email: string | null | undefined): string | null => {
  const local = email?.split('@')[0] ?? '';
  return /[._-]/.test(local) ? local : null;
};

/** What a blind category masks in a nomination's statements. */
export function nominationMasks(n: NominationIdentity): IdentityMask[] {
  const people = [
    { kind: n.nomineeType === 'team' ? 'phrase' : 'person', text: n.nomineeName, replacement: NOMINEE } as const,
    ...n.teamMembers.map((m) => ({ kind: 'person', text: m.name, replacement: NOMINEE }) as const),
    { kind: 'person', text: n.nominatorName, replacement: NOMINATOR } as const,
  ];
  const phrases = [
    { text: n.nomineeTeam, replacement: TEAM },
    { text: n.nomineeJobTitle, replacement: JOB_TITLE },
    ...n.teamMembers.map((m) => ({ text: m.jobTitle, replacement: JOB_TITLE })),
    ...[n.nomineeEmail, n.nominatorEmail, ...n.teamMembers.map((m) => m.email)].map((e) => ({
      text: localPart(e),
      replacement: EMAIL_MASK,
    })),
  ].map((p) => ({ kind: 'phrase', ...p }) as const);
  return [...people, ...phrases];
}
