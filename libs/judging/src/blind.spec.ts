import { maskIdentity, nameTerms } from './blind';

describe('maskIdentity', () => {
  const masks = [
    { terms: nameTerms('Sam Patel'), replacement: '[the nominee]' },
    { terms: nameTerms('Alex Morgan'), replacement: '[the nominator]' },
  ];

  it('masks the full name as one, then first name and surname, ignoring case', () => {
    const text = 'Sam Patel led the review. SAM stayed late; patel wrote it up.';
    expect(maskIdentity(text, masks)).toBe(
      '[the nominee] led the review. [the nominee] stayed late; [the nominee] wrote it up.',
    );
  });

  it('masks whole words only', () => {
    expect(maskIdentity('Samantha and Sampson met Sam.', masks)).toBe('Samantha and Sampson met [the nominee].');
  });

  it('masks a possessive and a name next to punctuation', () => {
    expect(maskIdentity("Sam's work (Patel, 2026)", masks)).toBe("[the nominee]'s work ([the nominee], 2026)");
  });

  it('masks the nominator and any e-mail address', () => {
    expect(maskIdentity('Alex Morgan (alex.morgan@example.nhs.uk) saw it', masks)).toBe(
      '[the nominator] ([e-mail]) saw it',
    );
  });

  it('masks names with accents and hyphens', () => {
    const terms = nameTerms('Zoë Smith-Jones');
    expect(terms).toEqual(['Zoë Smith-Jones', 'Zoë', 'Smith', 'Jones']);
    expect(maskIdentity('zoë smith-jones and Jones', [{ terms, replacement: 'X' }])).toBe('X and X');
  });

  it('leaves text without names alone', () => {
    expect(maskIdentity('The team acted quickly.', masks)).toBe('The team acted quickly.');
  });

  it('treats regular-expression characters in a name as text', () => {
    expect(maskIdentity('A (B) met C', [{ terms: ['(B)'], replacement: 'X' }])).toBe('A X met C');
  });
});
