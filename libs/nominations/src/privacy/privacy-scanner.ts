import type { LocalIdentifier } from '@commend/programmes';
import { dateKey, findWrittenDates, findWrittenMonths, WrittenDate } from './dates';
import { maskIdentifier } from './mask';
import { findStreetAddresses } from './addresses';
import { findLocalIdentifiers } from './local-identifiers';
import { findServiceUserNames } from './names';

/** Every kind of finding, in the order the documentation and the corpus score list them. */
export const FINDING_KINDS = [
  'nhs_number',
  'ni_number',
  'postcode',
  'date_of_birth',
  'phone_number',
  'email',
  'local_identifier',
  'person_name',
  'street_address',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface TextFinding {
  kind: FindingKind;
  /** What was found, for a person. */
  label: string;
  /** Character range [start, end) in the scanned text (JS string indices). */
  start: number;
  end: number;
  /** The text found, masked by maskIdentifier so the finding does not repeat the identifier. */
  masked: string;
}

export interface ScanOptions {
  /** E-mail addresses that are not findings (the nominee's own work e-mail), compared case-insensitively. */
  allowedEmails?: string[];
  /**
   * Names that are not findings: the nominee's, the team members', the team's, the award's and the programme's.
   * Compared word by word, case-insensitively, so 'Priya' alone is allowed when 'Priya Shah' is.
   */
  allowedNames?: string[];
  /** The programme's own identifier templates (see @commend/programmes local-identifier.ts). */
  localIdentifiers?: LocalIdentifier[];
  /** Reference "today" for the date-of-birth rule; default new Date(). */
  now?: Date;
}

export const FINDING_LABELS: Readonly<Record<FindingKind, string>> = {
  nhs_number: 'NHS number',
  ni_number: 'National Insurance number',
  postcode: 'Postcode',
  date_of_birth: 'Date of birth',
  phone_number: 'Phone number',
  email: 'E-mail address',
  local_identifier: 'Case or patient identifier',
  person_name: 'Name of a person',
  street_address: 'Street address',
};

interface Span {
  kind: FindingKind;
  start: number;
  end: number;
}

/**
 * When two detectors claim overlapping text, the earlier kind wins. An e-mail address comes first because it is one
 * token: a number or postcode inside it belongs to the address, and the whole address is what must be edited. Then
 * the kinds with the strictest shape (a check digit, a letter scheme, a date with a cue or age) before the looser
 * phone and postcode patterns.
 */
const PRECEDENCE: readonly FindingKind[] = [
  'email',
  'nhs_number',
  'ni_number',
  'local_identifier',
  'date_of_birth',
  'phone_number',
  'postcode',
  'street_address',
  'person_name',
];

/** Scans text for service-user identifiers; findings are sorted by start and never overlap. */
export function scanText(text: string, options: ScanOptions = {}): TextFinding[] {
  const now = options.now ?? new Date();
  const { reported: emails, allowed } = splitAllowedEmails(text, findEmails(text), options.allowedEmails ?? []);
  const candidates = [
    ...emails,
    ...findNhsNumbers(text),
    ...findNiNumbers(text),
    ...findDatesOfBirth(text, now),
    ...findPhoneNumbers(text),
    ...findPostcodes(text),
    ...findLocalIdentifiers(text, options.localIdentifiers ?? []).map((span) => ({
      kind: 'local_identifier' as const,
      ...span,
    })),
    ...findStreetAddresses(text).map((span) => ({ kind: 'street_address' as const, ...span })),
    ...findServiceUserNames(text, options.allowedNames ?? []).map((span) => ({
      kind: 'person_name' as const,
      ...span,
    })),
  ];
  // Nothing inside an allowed address is reported either, e.g. the postcode-shaped 'sw1a1aa' of 'sw1a1aa@nhs.net'.
  const outsideAllowed = candidates.filter((span) => !allowed.some((address) => overlaps(address, span)));
  return resolveOverlaps(outsideAllowed).map((span) => toFinding(text, span));
}

function toFinding(text: string, { kind, start, end }: Span): TextFinding {
  return { kind, label: FINDING_LABELS[kind], start, end, masked: maskIdentifier(text.slice(start, end)) };
}

function resolveOverlaps(spans: Span[]): Span[] {
  const rank = (span: Span) => PRECEDENCE.indexOf(span.kind);
  const length = (span: Span) => span.end - span.start;
  const mostSpecificFirst = [...spans].sort((a, b) => rank(a) - rank(b) || length(b) - length(a) || a.start - b.start);
  const kept: Span[] = [];
  for (const span of mostSpecificFirst) {
    if (!kept.some((other) => overlaps(other, span))) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function spansOf(
  kind: FindingKind,
  text: string,
  pattern: RegExp,
  accept: (found: RegExpExecArray) => boolean,
): Span[] {
  return Array.from(text.matchAll(pattern))
    .filter(accept)
    .map((found) => ({ kind, start: found.index, end: found.index + found[0].length }));
}

// --- NHS number -------------------------------------------------------------------------------------------------

/**
 * Ten digits in any grouping (3-3-4, 4-3-3, 2-4-4, all together), the groups separated by a space, a hyphen or a
 * line break, mixed or not, and not joined to other digits or letters. A leading 0 is left to the phone detector:
 * UK phone numbers are written with a leading 0 (or +44), while NHS numbers are issued from ranges starting 1-9. A
 * Scottish CHI number can start with 0; it is still a finding, labelled a phone number. The same goes for digits after '+44' or '(0)', which are a phone
 * number's by format even when they happen to pass the check.
 */
const NHS_GROUP_SEPARATOR = String.raw`(?:[ \t]?-[ \t]?|[ \t]?\r?\n[ \t]?|[ \t])`;
const NHS_RUN = new RegExp(
  String.raw`(?<![\w+])(?<!\d[-/.])(?<!\+44[ -]?)(?<!\(0\)[ -]?)[1-9]\d+(?:${NHS_GROUP_SEPARATOR}\d{2,})*`,
  'g',
);

/**
 * At most three groups, at most one of them of two digits: the ways people write ten digits as one number. A list of
 * small numbers ('12 13 14 15 16') passes the check digit one time in eleven and is not an NHS number.
 */
const MAX_NHS_GROUPS = 3;

/**
 * Within a run, ten digits made of whole groups with a valid check digit, starting at the run's start or after a
 * space or line break (a group after a hyphen continues a code), and not continued as a code.
 */
function findNhsNumbers(text: string): Span[] {
  return Array.from(text.matchAll(NHS_RUN)).flatMap((run) => {
    const groups = Array.from(run[0].matchAll(/\d+/g), (group) => ({
      start: run.index + group.index,
      end: run.index + group.index + group[0].length,
      digits: group[0],
    }));
    const spans: Span[] = [];
    let from = 0;
    for (let first = 0; first < groups.length; first++) {
      const afterHyphen = first > 0 && text.slice(groups[first - 1].end, groups[first].start).includes('-');
      if (first < from || afterHyphen || groups[first].digits.startsWith('0')) continue;
      let digits = '';
      let shortGroups = 0;
      for (let last = first; last < Math.min(groups.length, first + MAX_NHS_GROUPS) && digits.length < 10; last++) {
        digits += groups[last].digits;
        if (groups[last].digits.length < 3 && ++shortGroups > 1) break;
        const end = groups[last].end;
        if (digits.length === 10 && !/^(?:\w|[-/.]\d)/.test(text.slice(end)) && hasValidNhsCheckDigit(digits)) {
          spans.push({ kind: 'nhs_number', start: groups[first].start, end });
          from = last + 1;
        }
      }
    }
    return spans;
  });
}

/** Modulus 11: weights 10..2 on the first nine digits; check = 11 - (sum mod 11), 11 means 0 and 10 is never valid. */
export function hasValidNhsCheckDigit(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = Array.from(digits.slice(0, 9)).reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

// --- National Insurance number ----------------------------------------------------------------------------------

/**
 * Two prefix letters, six digits and a suffix A-D, in any case, the digits in pairs or threes or together, with
 * spaces or hyphens between the parts or none. HMRC never uses D, F, I, Q, U or V as the first letter, nor D, F, I,
 * O, Q, U or V as the second.
 */
const NI_SEPARATOR = String.raw`(?:[ ]{0,2}|[ ]?-[ ]?)`;
const NI_NUMBER = new RegExp(
  String.raw`(?<![a-z\d])([a-ceghj-pr-tw-z][a-ceghj-npr-tw-z])${NI_SEPARATOR}(?:\d{2}${NI_SEPARATOR}\d{2}${NI_SEPARATOR}\d{2}|\d{3}${NI_SEPARATOR}\d{3})${NI_SEPARATOR}[a-d](?![a-z\d])`,
  'gi',
);
const UNALLOCATED_NI_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

function findNiNumbers(text: string): Span[] {
  return spansOf('ni_number', text, NI_NUMBER, (found) => !UNALLOCATED_NI_PREFIXES.has(found[1].toUpperCase()));
}

// --- Postcode -----------------------------------------------------------------------------------------------------

/**
 * Outward code A9, A99, A9A, AA9, AA99 or AA9A, no space, one or two, inward code 9AA; or GIR 0AA. The letters follow
 * Royal Mail's scheme (no Q, V, X first; no I, J, Z second; no C, I, K, M, O, V in the inward code), which also keeps
 * out most ordinary words and codes.
 */
const OUTWARD_CODE = String.raw`[a-pr-uwyz](?:\d[\dabcdefghjkpstuw]?|[a-hk-y]\d[\dabehmnprvwxy]?)`;
const INWARD_CODE = String.raw`\d[abd-hjlnp-uw-z]{2}`;
const POSTCODE = new RegExp(
  String.raw`(?<![a-z\d])(?:gir[ ]{0,2}0aa|${OUTWARD_CODE}[ ]{0,2}(?<inward>${INWARD_CODE}))(?![a-z\d])`,
  'gi',
);

/** 'M6 5th', 'B2 3rd': a lower-case ordinal is prose, not an inward code. */
const LOWER_CASE_ORDINAL = /^\d(?:st|nd|rd|th)$/;

function findPostcodes(text: string): Span[] {
  return spansOf('postcode', text, POSTCODE, (found) => !LOWER_CASE_ORDINAL.test(found.groups?.inward ?? ''));
}

// --- Date of birth ------------------------------------------------------------------------------------------------

const BIRTH_CUE = /(?<![a-z])(?:born|date\s+of\s+birth|birth\s+date|birthdays?|d\.?\s?o\.?\s?b)(?![a-z])/gi;
/**
 * An age before a date gives the birth ('aged 3 (12th Mar 2022)'); after it, it is the age at an event ('started on
 * 4 September 2023, aged 19'), so this cue counts only before the date.
 */
const AGE_CUE = /(?<![a-z])aged(?![a-z])/gi;
/** A month and year alone need a cue that names the birth itself: 'aged 9 in March 2025' is an event. */
const STRONG_BIRTH_CUE = /(?<![a-z])(?:born|date\s+of\s+birth|birth\s+date|d\.?\s?o\.?\s?b)(?![a-z])/gi;
/** How far (in characters, before or after the date) a birth cue makes a date a date of birth. */
const CUE_DISTANCE = 40;
/**
 * A nomination describes a colleague's recent work (a programme covers the last year or two), so a full date more
 * than ten years back is far more likely someone's date of birth than an event in the story.
 */
const UNCUED_MIN_AGE_YEARS = 10;
/** Nobody living was born more than 120 years ago; such dates are history. */
const MAX_AGE_YEARS = 120;

/**
 * Words that put an old date in someone's working life or a service's history: 'qualified in', 'joined on', 'since'.
 * Such a date is not taken for a date of birth unless a birth cue is near as well.
 */
const HISTORY_CUE =
  /(?:since|joined|qualified|started|began|appointed|registered|graduated|retired|founded|opened|established|worked|working|from|until|between|in post|came to us)(?:\s+\w+){0,5}\s*$/i;

function findDatesOfBirth(text: string, now: Date): Span[] {
  const cuesOf = (pattern: RegExp) =>
    Array.from(text.matchAll(pattern), (cue) => ({ start: cue.index, end: cue.index + cue[0].length }));
  const cues = cuesOf(BIRTH_CUE);
  const strongCues = cuesOf(STRONG_BIRTH_CUE);
  const ageCues = cuesOf(AGE_CUE);
  const cued = (date: WrittenDate) =>
    cues.some((cue) => isNear(cue, date)) ||
    ageCues.some((cue) => cue.end <= date.start && date.start - cue.end <= CUE_DISTANCE);
  const history = (date: WrittenDate) => HISTORY_CUE.test(text.slice(Math.max(0, date.start - 40), date.start));
  const fullDates = findWrittenDates(text, now).filter(
    (date) => cued(date) || (isLikelyBirthDate(date, now) && !history(date)),
  );
  const monthsOnly = findWrittenMonths(text, now).filter((date) => strongCues.some((cue) => isNear(cue, date)));
  return [...fullDates, ...monthsOnly].map(({ start, end }) => ({ kind: 'date_of_birth', start, end }));
}

function isNear(cue: { start: number; end: number }, date: { start: number; end: number }): boolean {
  return (
    (cue.end <= date.start && date.start - cue.end <= CUE_DISTANCE) ||
    (cue.start >= date.end && cue.start - date.end <= CUE_DISTANCE)
  );
}

/** More than ten years and at most 120 years before now, by calendar day in UTC. */
function isLikelyBirthDate(date: WrittenDate, now: Date): boolean {
  const key = dateKey(date.year, date.month, date.day);
  const yearsAgo = (years: number) => dateKey(now.getUTCFullYear() - years, now.getUTCMonth() + 1, now.getUTCDate());
  return key < yearsAgo(UNCUED_MIN_AGE_YEARS) && key >= yearsAgo(MAX_AGE_YEARS);
}

// --- Phone number -------------------------------------------------------------------------------------------------

/**
 * A run that starts like a UK number (+44, optionally with (0); a bracketed area code; or 0) followed by groups of
 * two or more digits separated by single spaces or hyphens. It must not continue a code or number ('SWW27-0042'), so
 * it may not follow a letter/digit directly or across '-', '/' or '.'. The run is then cut to the longest prefix of
 * whole groups that has a UK length (findPhoneNumbers).
 */
const PHONE_RUN = /(?<![\w+])(?<!\w[-/.])(?:\+44[ -]?(?:\(0\)[ -]?)?\d+|\(0\d{1,4}\)[ -]?\d+|0\d+)(?:[ -]\d{2,})*/g;
/** After a phone number: no letter or digit, and no more digits joined by '-', '/' or '.' (a reference number). */
const JOINED_CONTINUATION = /^(?:\w|[-/.]\w)/;

/** An extension after the number belongs to it: 'ext. 4521', 'extension 12', 'x4521'. */
const EXTENSION = /^,?[ ]?(?:ext\.?|extn\.?|extension|x)[ ]?\d{2,6}(?!\w)/i;
/**
 * A team's or service's public line described as such is not a service user's number; nor is a number in the
 * ranges organisations use (0800 and 0808 freephone, 03 non-geographic), which people do not have at home.
 */
const PUBLIC_LINE_BEFORE =
  /(?:switchboard|duty (?:line|desk|number|team)|main (?:line|number)|reception|helpline|advice line|contact cent(?:re|er)|front door|single point of contact|SPOC|office (?:line|number)|team(?:'s)? (?:line|number)|general enquiries|out of hours|emergency duty|freephone|hotline|call us|ring us|contact us)\b[^.!?\n]{0,40}$/i;
const PUBLIC_LINE_AFTER = /^[^.!?\n]{0,25}\b(?:switchboard|duty line|helpline|main line|reception|out of hours)/i;
const ORGANISATION_RANGE = /^(?:080|03)/;

function findPhoneNumbers(text: string): Span[] {
  return Array.from(text.matchAll(PHONE_RUN)).flatMap((run) => {
    const numberEnd = longestPhonePrefixEnd(text, run.index, run[0]);
    if (numberEnd === null || isPublicLine(text, run.index, numberEnd)) return [];
    const extension = EXTENSION.exec(text.slice(numberEnd));
    return [{ kind: 'phone_number' as const, start: run.index, end: numberEnd + (extension?.[0].length ?? 0) }];
  });
}

function isPublicLine(text: string, start: number, end: number): boolean {
  const digits = text.slice(start, end).replace(/\D/g, '');
  const national = text.startsWith('+44', start) ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
  return (
    ORGANISATION_RANGE.test(national) ||
    PUBLIC_LINE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
    PUBLIC_LINE_AFTER.test(text.slice(end, end + 40))
  );
}

function longestPhonePrefixEnd(text: string, runStart: number, run: string): number | null {
  let best: number | null = null;
  for (const group of run.matchAll(/\d+/g)) {
    const cut = group.index + group[0].length;
    if (run[cut] === ')') continue; // inside a bracketed area code
    const end = runStart + cut;
    const after = text.slice(end);
    if (isUkPhoneLength(run.slice(0, cut)) && (!JOINED_CONTINUATION.test(after) || EXTENSION.test(after))) best = end;
  }
  return best;
}

/** 10 or 11 digits as dialled within the UK (+44 and an optional (0) stand for the leading 0), not starting 00. */
function isUkPhoneLength(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  const national = candidate.startsWith('+44') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
  return (national.length === 10 || national.length === 11) && national[1] !== '0';
}

// --- E-mail address -----------------------------------------------------------------------------------------------

/** A practical address: local part, '@', dot-separated domain labels and a letters-only top-level domain. */
const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}(?![\w-])/gi;

function findEmails(text: string): Span[] {
  return spansOf('email', text, EMAIL, () => true);
}

function splitAllowedEmails(
  text: string,
  emails: Span[],
  allowedEmails: string[],
): { reported: Span[]; allowed: Span[] } {
  const allowedSet = new Set(allowedEmails.map((address) => address.trim().toLowerCase()));
  const isAllowed = (span: Span) => allowedSet.has(text.slice(span.start, span.end).toLowerCase());
  return { reported: emails.filter((span) => !isAllowed(span)), allowed: emails.filter(isAllowed) };
}
