import { formatDateTime } from './date';

describe('formatDateTime', () => {
  it('writes a closing time in the programme’s time zone, as a person reads it', () => {
    // 17:00 in London on 17 March 2027 (GMT) is 17:00 UTC.
    expect(formatDateTime('2027-03-17T17:00:00Z', 'Europe/London')).toBe('Wednesday 17 March 2027 at 5pm');
  });

  it('moves to the programme’s zone: British Summer Time is an hour ahead of UTC', () => {
    expect(formatDateTime('2027-06-18T16:30:00Z', 'Europe/London')).toBe('Friday 18 June 2027 at 5:30pm');
  });

  it('can land on another day in another zone', () => {
    expect(formatDateTime('2027-03-19T23:00:00Z', 'Pacific/Auckland')).toBe(
      'Saturday 20 March 2027 at 12pm'.replace('12pm', 'midday'),
    );
  });

  it('says midnight and morning times plainly', () => {
    expect(formatDateTime('2027-03-20T00:00:00Z', 'Europe/London')).toBe('Saturday 20 March 2027 at midnight');
    expect(formatDateTime('2027-03-20T09:05:00Z', 'Europe/London')).toBe('Saturday 20 March 2027 at 9:05am');
  });
});
