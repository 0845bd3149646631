/** A calendar date written in the text, with its character range [start, end). */
export interface WrittenDate {
  start: number;
  end: number;
  year: number;
  month: number; // 1-12
  day: number;
}

const MONTH_NAMES = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
const MONTH_NAME = String.raw`(?<month>${MONTH_NAMES.join('|')})\.?`;
const DAY = String.raw`(?<day>\d{1,2})(?:st|nd|rd|th)?`;
// Spaces or tabs, not line breaks: a day ending one line and a month starting the next are not a date.
const GAP = String.raw`[^\S\r\n]+`;
// Numeric dates must not be a piece of a longer number or code such as '1.2.15.4' or 'REF-12-03-2015'.
const NUMERIC_BEFORE = String.raw`(?<![\w/.-])`;
const NUMERIC_AFTER = String.raw`(?!\w)(?![/.-]\d)`;
/** With a month name, a year is four digits or two after an apostrophe ('85); '12 March 15' may be a count. */
const NAMED_YEAR = String.raw`(?<year>\d{4}|['’]\d{2})`;

/** The written forms of a date; day-month order is the UK one (12/03/2015 is 12 March). */
const DATE_FORMS: readonly RegExp[] = [
  // 12/03/2015, 12-03-2015, 12.03.15 (one separator throughout)
  new RegExp(
    String.raw`${NUMERIC_BEFORE}(?<day>\d{1,2})([/.-])(?<month>\d{1,2})\2(?<year>\d{4}|\d{2})${NUMERIC_AFTER}`,
    'g',
  ),
  // ISO 8601: 2015-03-12
  new RegExp(String.raw`${NUMERIC_BEFORE}(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})${NUMERIC_AFTER}`, 'g'),
  // 12 March 2015, 12th Mar 2015, 1st of May 1990, 3rd June '85
  new RegExp(String.raw`(?<!\w)${DAY}${GAP}(?:of${GAP})?${MONTH_NAME},?${GAP}${NAMED_YEAR}(?!\w)`, 'gi'),
  // March 12, 2015, Mar 12th 2015
  new RegExp(String.raw`(?<!\w)${MONTH_NAME}${GAP}${DAY},?${GAP}${NAMED_YEAR}(?!\w)`, 'gi'),
];

/**
 * A month and a year with no day: 'March 2015', "May '09", '03/2015'. Only a date of birth when a birth cue is near
 * (the caller decides); on its own it is when something happened.
 */
const MONTH_YEAR_FORMS: readonly RegExp[] = [
  new RegExp(String.raw`(?<!\w)${MONTH_NAME},?${GAP}${NAMED_YEAR}(?!\w)`, 'gi'),
  new RegExp(String.raw`${NUMERIC_BEFORE}(?<month>\d{1,2})/(?<year>\d{4})${NUMERIC_AFTER}`, 'g'),
];

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Every valid calendar date written in the text, in any of the forms above; impossible dates (31/02) are skipped. */
export function findWrittenDates(text: string, now: Date): WrittenDate[] {
  return DATE_FORMS.flatMap((form) =>
    Array.from(text.matchAll(form)).flatMap((match) => {
      const date = toDate(match.groups ?? {}, now);
      return date ? [{ start: match.index, end: match.index + match[0].length, ...date }] : [];
    }),
  );
}

/** Every month and year written without a day; the day is taken as the 1st for comparisons. */
export function findWrittenMonths(text: string, now: Date): WrittenDate[] {
  return MONTH_YEAR_FORMS.flatMap((form) =>
    Array.from(text.matchAll(form)).flatMap((match) => {
      const date = toDate({ ...match.groups, day: '1' }, now);
      return date ? [{ start: match.index, end: match.index + match[0].length, ...date }] : [];
    }),
  );
}

function toDate(
  groups: Record<string, string | undefined>,
  now: Date,
): { year: number; month: number; day: number } | null {
  const { day: dayText, month: monthText, year: yearText } = groups;
  if (dayText === undefined || monthText === undefined || yearText === undefined) return null;
  const day = Number(dayText);
  const month = /^\d+$/.test(monthText)
    ? Number(monthText)
    : MONTH_PREFIXES.indexOf(monthText.slice(0, 3).toLowerCase()) + 1;
  const digits = yearText.replace(/^['’]/, '');
  const year = digits.length === 2 ? latestYearEndingIn(Number(digits), now) : Number(digits);
  return isCalendarDate(year, month, day) ? { year, month, day } : null;
}

/** '85' is 1985 and '15' is 2015: the latest year with those last two digits that is not after now (a birth year). */
function latestYearEndingIn(twoDigits: number, now: Date): number {
  const thisYear = now.getUTCFullYear();
  const candidate = thisYear - (thisYear % 100) + twoDigits;
  return candidate > thisYear ? candidate - 100 : candidate;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** A date as one comparable number, yyyymmdd, which avoids Date's time zones and two-digit-year quirks. */
export function dateKey(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}
