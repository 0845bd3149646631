import { parseAnnouncementTime } from './announcement-time';

const LONDON = 'Europe/London';

describe('parseAnnouncementTime', () => {
  it('accepts ISO 8601 with Z or an offset', () => {
    expect(parseAnnouncementTime('2030-03-21T10:00:00Z', LONDON).toISOString()).toBe('2030-03-21T10:00:00.000Z');
    expect(parseAnnouncementTime('2030-03-21T10:00:00+01:00', LONDON).toISOString()).toBe('2030-03-21T09:00:00.000Z');
    expect(parseAnnouncementTime('2030-03-21T10:00+00:00', LONDON).toISOString()).toBe('2030-03-21T10:00:00.000Z');
  });

  it("reads a local date and time in the programme's time zone, in winter and in summer", () => {
    expect(parseAnnouncementTime('2030-03-21T10:00', LONDON).toISOString()).toBe('2030-03-21T10:00:00.000Z');
    expect(parseAnnouncementTime('2030-06-21T10:00', LONDON).toISOString()).toBe('2030-06-21T09:00:00.000Z');
    expect(parseAnnouncementTime('2030-06-21T10:00:30', 'America/New_York').toISOString()).toBe(
      '2030-06-21T14:00:30.000Z',
    );
  });

  it('refuses a local time the clocks skip, and takes the first of a time they pass twice', () => {
    // 2030: clocks go forward on 31 March at 01:00 GMT, back on 27 October at 02:00 BST.
    expect(() => parseAnnouncementTime('2030-03-31T01:30', LONDON)).toThrow(/does not happen in Europe\/London/);
    expect(parseAnnouncementTime('2030-10-27T01:30', LONDON).toISOString()).toBe('2030-10-27T00:30:00.000Z');
  });

  it.each([
    ['03/04/2030 10:00'],
    ['1900000000000'],
    ['2030-03-21'],
    ['2030-03-21 10:00'],
    ['21 March 2030 10:00'],
    ['2030-03-21T10:00:00.000+0100'],
    [''],
  ])('refuses %p, naming the accepted forms', (text) => {
    expect(() => parseAnnouncementTime(text, LONDON)).toThrow(
      /2030-03-21T10:00:00Z or 2030-03-21T10:00:00\+00:00.*2030-03-21T10:00.*Europe\/London/,
    );
  });

  it.each([
    ['2030-02-30T10:00'],
    ['2030-13-01T10:00Z'],
    ['2031-02-29T10:00:00Z'],
    ['2030-03-21T24:00'],
    ['2030-03-21T10:60Z'],
  ])('refuses the impossible %p', (text) => {
    expect(() => parseAnnouncementTime(text, LONDON)).toThrow(/does not exist/);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseAnnouncementTime('2032-02-29T10:00', LONDON).toISOString()).toBe('2032-02-29T10:00:00.000Z');
  });
});
