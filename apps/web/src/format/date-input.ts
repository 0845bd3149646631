/**
 * Dates and times as people type them into the design system's date input and a time field,
 * read in the programme's time zone. Shared by the director's announcement and the
 * coordinator's programme dates.
 */

/** "10:00", "10am", "10.30pm", "2:15 pm", "midday", "midnight" (and "10:00:30", to the second) as a time of day. */
export function readTime(text: string): { hour: number; minute: number; second?: number } | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  if (t === 'midday' || t === 'noon' || t === '12noon') return { hour: 12, minute: 0 };
  if (t === 'midnight') return { hour: 0, minute: 0 };
  const m = /^(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)?(am|pm)?$/.exec(t);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const second = m[3] ? Number(m[3]) : undefined;
  if (minute > 59 || (second ?? 0) > 59) return null;
  if (m[4]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[4] === 'pm' ? 12 : 0);
  } else if (!m[2] || hour > 23) {
    // A bare "10" could be morning or night; 24-hour times have their minutes.
    return null;
  }
  return second === undefined ? { hour, minute } : { hour, minute, second };
}

/** The wall-clock parts of an instant in a time zone. */
function wallClock(date: Date, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', number> {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute', number>;
  return parts;
}

/**
 * A local date and time (`2027-03-21T10:00`) in `timeZone` as the instant it names, in ISO
 * form for the API (which stores instants). Twice is enough: the offset found at the first
 * guess is right except across a clock change, which the second pass settles.
 */
export function zonedInstant(local: string, timeZone: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`Not a local date and time: ${local}`);
  const wanted = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  let instant = wanted;
  for (let i = 0; i < 2; i += 1) {
    const w = wallClock(new Date(instant), timeZone);
    const seen = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
    instant += wanted - seen;
  }
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

export interface DateTimeForm {
  day: string;
  month: string;
  year: string;
  time: string;
}

/** The date input's and time field's values, as they were typed, for the form to show again. */
export function inputsOf(iso: string | null | undefined, timeZone: string): DateTimeForm {
  if (!iso) return { day: '', month: '', year: '', time: '' };
  const w = wallClock(new Date(iso), timeZone);
  return {
    day: String(w.day),
    month: String(w.month),
    year: String(w.year),
    time: `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`,
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * The date input and time field as a local date and time (`2027-03-21T10:00`), or what is
 * wrong with them in the words the design system uses: `what` names the date ("the
 * nominations open date"). Whether the date is to come is the API's to say.
 */
export function readDateTime(
  form: DateTimeForm,
  what: string,
): { local: string } | { dateError?: string; part?: 'day' | 'month' | 'year'; timeError?: string } {
  const parts = ['day', 'month', 'year'] as const;
  const missing = parts.filter((p) => !form[p]);
  const notNumbers = parts.filter((p) => form[p] && !/^\d+$/.test(form[p]));
  let dateError: string | undefined;
  let part: (typeof parts)[number] | undefined;
  if (missing.length === 3) [dateError, part] = [`Enter ${what}`, 'day'];
  else if (missing.length)
    [dateError, part] = [`${capital(what)} must include a ${missing.join(' and a ')}`, missing[0]];
  else if (notNumbers.length || form.year.length !== 4) {
    [dateError, part] = [`${capital(what)} must be a real date, in numbers, like 21 3 2027`, notNumbers[0] ?? 'year'];
  } else {
    const [d, mo, y] = [Number(form.day), Number(form.month), Number(form.year)];
    const check = new Date(Date.UTC(y, mo - 1, d));
    if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) {
      [dateError, part] = [`${capital(what)} must be a real date`, 'day'];
    }
  }
  const time = readTime(form.time);
  const timeError = time
    ? undefined
    : form.time
      ? 'Enter a real time, like 10:00 or 10am'
      : `Enter the time, like 10:00 or 10am`;
  if (dateError || !time) return { dateError, part, timeError };
  return {
    local: `${pad(Number(form.year), 4)}-${pad(Number(form.month))}-${pad(Number(form.day))}T${pad(time.hour)}:${pad(time.minute)}`,
  };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
