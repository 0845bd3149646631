import { AnnouncementTimeError } from './announcements.errors';

// Only these two shapes: anything looser (03/04/2030, a bare number, a date alone) is read
// differently by different people, and an announcement must fire when the director meant.
const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

function fields(m: RegExpMatchArray, timeZone: string): Fields {
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number);
  const second = m[6] ? Number(m[6]) : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    throw new AnnouncementTimeError(timeZone, `names a date that does not exist (${m[0].slice(0, 10)})`);
  }
  if (hour > 23 || minute > 59 || second > 59) {
    throw new AnnouncementTimeError(timeZone, `names a time of day that does not exist (${m[0].slice(11, 19)})`);
  }
  return { year, month, day, hour, minute, second };
}

const asUtc = (f: Fields): number => Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);

/** The wall-clock fields of an instant in a time zone. */
function wallClock(ms: number, timeZone: string): Fields {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)!.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/**
 * A local date and time in a time zone, as an instant. The zone's offset is looked up at
 * that moment, so 10:00 in Europe/London is 10:00 GMT in winter and 09:00 UTC in summer.
 * A time the clocks skip (01:30 on the night they go forward) does not exist and is refused;
 * a time they pass twice (01:30 on the night they go back) is the first of the two.
 */
function fromLocal(f: Fields, timeZone: string, text: string): Date {
  const guess = asUtc(f);
  const offsetAt = (ms: number): number => asUtc(wallClock(ms, timeZone)) - Math.floor(ms / 1000) * 1000;
  // The earlier of the offsets around the guess gives the first of two repeated times.
  const candidates = [guess - offsetAt(guess - 86_400_000), guess - offsetAt(guess + 86_400_000)]
    .filter((ms) => asUtc(wallClock(ms, timeZone)) === guess)
    .sort((a, b) => a - b);
  if (candidates.length === 0) {
    throw new AnnouncementTimeError(timeZone, `names a local time (${text}) that does not happen in ${timeZone}`);
  }
  return new Date(candidates[0]);
}

/** The announcement time a director typed, as an instant; refused with the accepted forms. */
export function parseAnnouncementTime(text: string, timeZone: string): Date {
  const offset = WITH_OFFSET.exec(text);
  if (offset) {
    fields(offset, timeZone);
    const zone = offset[8];
    if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 14 || Number(zone.slice(4, 6)) > 59)) {
      throw new AnnouncementTimeError(timeZone, `has an offset (${zone}) no place on Earth uses`);
    }
    return new Date(text);
  }
  const local = LOCAL.exec(text);
  if (local) return fromLocal(fields(local, timeZone), timeZone, text);
  throw new AnnouncementTimeError(timeZone);
}
