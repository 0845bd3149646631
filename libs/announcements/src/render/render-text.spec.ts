import { formatLongDate, isoDate, paragraphs, wrapColumns, wrapWords } from './render-text';

describe('wrapWords', () => {
  const fitsIn = (n: number) => (line: string) => [...line].length <= n;

  it('fills each line greedily and keeps every word', () => {
    expect(wrapWords('the quick brown fox jumps over', fitsIn(10))).toEqual(['the quick', 'brown fox', 'jumps over']);
  });

  it('gives an over-long word its own line rather than splitting it by default', () => {
    expect(wrapWords('see https://example.nhs.uk/awards now', fitsIn(10))).toEqual([
      'see',
      'https://example.nhs.uk/awards',
      'now',
    ]);
  });

  it('splits an over-long word by whole characters when asked', () => {
    expect(wrapWords('ab 😀😀😀😀😀', fitsIn(3), true)).toEqual(['ab', '😀😀😀', '😀😀']);
  });

  it('returns no lines for blank text', () => {
    expect(wrapWords('  \n ', fitsIn(10))).toEqual([]);
  });
});

describe('wrapColumns', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(wrapColumns('Zoë 🎉🎉 ok', 6)).toEqual(['Zoë 🎉🎉', 'ok']);
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and collapses other whitespace', () => {
    expect(paragraphs('One\nline.\n\n\n  Two  \t here. \n \n')).toEqual(['One line.', 'Two here.']);
  });
});

describe('dates', () => {
  it('formats the day in the given time zone', () => {
    const justAfterMidnightInLondon = new Date('2027-06-30T23:30:00Z');
    expect(formatLongDate(justAfterMidnightInLondon, 'Europe/London')).toBe('1 July 2027');
    expect(formatLongDate(justAfterMidnightInLondon, 'UTC')).toBe('30 June 2027');
    expect(isoDate(justAfterMidnightInLondon, 'Europe/London')).toBe('2027-07-01');
  });
});
