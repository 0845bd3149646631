import { maskIdentifier } from './mask';
import { FindingKind, hasValidNhsCheckDigit, scanText, ScanOptions } from './privacy-scanner';

// A fixed "today": ten years before is 15 June 2015, 120 years before is 15 June 1905.
const NOW = new Date('2025-06-15T12:00:00Z');

function scan(text: string, options: ScanOptions = {}) {
  return scanText(text, { now: NOW, ...options });
}

/** Each finding as [kind, the text in its range], which checks the range as well as the kind. */
function found(text: string, options: ScanOptions = {}): [FindingKind, string][] {
  return scan(text, options).map((finding) => [finding.kind, text.slice(finding.start, finding.end)]);
}

describe('scanText', () => {
  describe('NHS numbers', () => {
    it.each(['943 476 5919', '943-476-5919', '9434765919', '401 023 2137', '4857773457', '634-488-9624'])(
      'finds %s, which has a valid check digit',
      (nhsNumber) => {
        const text = `Patient ref ${nhsNumber}, seen on the ward.`;

        expect(found(text)).toEqual([['nhs_number', nhsNumber]]);
      },
    );

    // Issue 14 changed the rule: any grouping, mixed separators and a line break are NHS numbers too.
    it.each(['9434 765 919', '94 3476 5919', '943 476-5919', '943-476 5919', '943 476\n5919', '9434 76 5919'])(
      'finds %s, an NHS number grouped another way',
      (nhsNumber) => {
        expect(found(`NHS no. ${nhsNumber} on the referral`)).toEqual([['nhs_number', nhsNumber]]);
      },
    );

    it('reads a long run of grouped numbers in one pass, finding only the NHS number in it', () => {
      const run = Array.from({ length: 20_000 }, (_, i) => String(10 + (i % 90))).join(' ');
      expect(found(`${run} NHS 943 476 5919`)).toEqual([['nhs_number', '943 476 5919']]);
    });

    it('finds an NHS number at the very start and end of the text', () => {
      expect(found('9434765919')).toEqual([['nhs_number', '9434765919']]);
      expect(found('NHS:943 476 5919')).toEqual([['nhs_number', '943 476 5919']]);
    });

    it.each([
      ['a wrong check digit', '943 476 5918'],
      ['a check digit that would have to be 10', '123 456 7890'],
      ['a longer digit run', '19434765919'],
      ['digits following on', '94347659190'],
      ['a code joined to letters', 'AB9434765919'],
      ['a code joined by a hyphen to digits', '12-9434765919'],
    ])('does not report %s (%s)', (_case, text) => {
      expect(found(`Reference ${text} on file.`)).toEqual([]);
    });

    it('reports a ten-digit number starting with 0 as a phone number even when its digits pass the check', () => {
      const text = 'Her home number is 0113 496 001 or 0113496001.';

      const findings = found(text);

      expect(hasValidNhsCheckDigit('0113496001')).toBe(true);
      expect(findings).toEqual([
        ['phone_number', '0113 496 001'],
        ['phone_number', '0113496001'],
      ]);
    });

    it('reports digits after +44 as a phone number, whatever their check digit', () => {
      expect(found('Call +44 943 476 5919 today')).toEqual([['phone_number', '+44 943 476 5919']]);
    });
  });

  describe('hasValidNhsCheckDigit', () => {
    it('accepts valid numbers, including a check digit of 0 (sum mod 11 = 0)', () => {
      expect(hasValidNhsCheckDigit('9434765919')).toBe(true);
      expect(hasValidNhsCheckDigit('4505577104')).toBe(true);
      expect(hasValidNhsCheckDigit('0800496000')).toBe(true);
    });

    it('rejects a wrong check digit, a check digit of 10 and anything but ten digits', () => {
      expect(hasValidNhsCheckDigit('9434765918')).toBe(false);
      expect(hasValidNhsCheckDigit('1234567890')).toBe(false);
      expect(hasValidNhsCheckDigit('943476591')).toBe(false);
      expect(hasValidNhsCheckDigit('943 476 5919')).toBe(false);
    });
  });

  describe('National Insurance numbers', () => {
    it.each([
      'AB 12 34 56 C',
      'AB123456C',
      'JG103759A',
      'jg103759a',
      'CE 123456 D',
      'Tw 98 76 54 b',
      'AB-12-34-56-C',
      'AB 123 456 C',
      'ab  12  34  56  c',
      'AB12 34 56C',
    ])('finds %s', (niNumber) => {
      const text = `Her NI number is ${niNumber}.`;

      expect(found(text)).toEqual([['ni_number', niNumber]]);
    });

    it.each([
      ['Q as first letter (the usual example QQ123456C)', 'QQ123456C'],
      ['D as first letter', 'DA123456A'],
      ['O as second letter', 'AO123456A'],
      ['V as second letter', 'AV123456A'],
      ['the unallocated prefix BG', 'BG123456A'],
      ['the unallocated prefix GB', 'GB 12 34 56 A'],
      ['the unallocated prefix ZZ', 'ZZ123456A'],
      ['a suffix other than A-D', 'AB123456E'],
      ['five digits', 'AB12345C'],
      ['letters before', 'XAB123456C'],
      ['letters after', 'AB123456CX'],
    ])('does not report %s: %s', (_case, text) => {
      expect(found(`Code ${text} here`)).toEqual([]);
    });
  });

  describe('postcodes', () => {
    it.each([
      'M1 1AE',
      'B33 8TH',
      'CR2 6XH',
      'DN55 1PT',
      'W1A 0AX',
      'EC1A 1BB',
      'SW1A1AA',
      'ls1 4ap',
      'GIR 0AA',
      'LS6  2QB',
    ])('finds %s', (postcode) => {
      const text = `She lives at ${postcode}, near the hospital.`;

      expect(found(text)).toEqual([['postcode', postcode]]);
    });

    it.each([
      ['inside a longer word', 'XSW1A 1AA'],
      ['followed by more letters', 'SW1A 1AAB'],
      ['after a digit', '9M1 1AE'],
      ['followed by a digit', 'M1 1AE2'],
      ['Q as first letter', 'QA1 1AA'],
      ['an inward code with an unused letter (C)', 'M1 1AC'],
      ['a lower-case ordinal', 'the M6 5th junction'],
      ['a lower-case ordinal', 'Ward B2 3rd floor'],
      ['a bare outward code', 'Leeds LS1 office'],
    ])('does not report %s: %s', (_case, text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('dates of birth', () => {
    it.each([
      ['born', 'She was born 12/03/2020 in Leeds', '12/03/2020'],
      ['DOB', 'DOB: 2020-03-12', '2020-03-12'],
      ['D.O.B.', 'D.O.B. 1 May 2021', '1 May 2021'],
      ['date of birth', 'Date of birth 12.03.22', '12.03.22'],
      ['birthday', 'Her birthday is March 12, 2022', 'March 12, 2022'],
      ['aged', 'aged 3 (12th Mar 2022)', '12th Mar 2022'],
      ['a cue after the date', 'On 12-03-2022 her son was born', '12-03-2022'],
    ])('reports a recent date with the cue "%s" nearby, and only the date', (_cue, text, date) => {
      expect(found(text)).toEqual([['date_of_birth', date]]);
    });

    it('ignores a recent date whose cue is more than 40 characters away', () => {
      const text = 'He was born in Leeds and trained at the local college, then on 12/03/2022 joined us.';

      expect(found(text)).toEqual([]);
    });

    it.each(['12/03/1985', '12-03-1985', '12.03.85', '12 March 1985', '12th Mar 1985', 'March 12, 1985', '1985-03-12'])(
      'reports %s without a cue: a full date more than ten years ago',
      (date) => {
        const text = `Service user seen, ${date}, on the ward.`;

        expect(found(text)).toEqual([['date_of_birth', date]]);
      },
    );

    it('puts the ten-year cut-off at the same calendar day ten years before now', () => {
      expect(found('On 14/06/2015 we met.')).toEqual([['date_of_birth', '14/06/2015']]);
      expect(found('On 15/06/2015 we met.')).toEqual([]);
      expect(found('On 12/03/2020 the ward opened.')).toEqual([]);
      expect(found('On 12.03.24 the ward opened.')).toEqual([]);
    });

    it('ignores dates more than 120 years ago, which are not living people', () => {
      expect(found('The hospital opened on 14 June 1905.')).toEqual([]);
      expect(found('The hospital opened on 1 January 1900.')).toEqual([]);
      expect(found('She was born on 15 June 1905.')).toEqual([['date_of_birth', '15 June 1905']]);
    });

    it.each(['31/02/2015', '29/02/2015', '12/13/1990', '00/01/1990', '2015-02-30', '31 Apr. x 1990'])(
      'does not treat the impossible date %s as a date, even with a cue',
      (date) => {
        expect(found(`born ${date}`)).toEqual([]);
      },
    );

    it('accepts 29 February in a leap year', () => {
      expect(found('born 29/02/2012')).toEqual([['date_of_birth', '29/02/2012']]);
    });

    // Issue 14: a month and year with a birth cue near, and two-digit years after an apostrophe, are dates of birth.
    it.each([
      ['born in March 1985', 'March 1985'],
      ["born May '09", "May '09"],
      ['DOB 03/2015', '03/2015'],
      ["born 3rd June '85", "3rd June '85"],
      ['born 31 April 1990, a day that does not exist', 'April 1990'],
    ])('reports %s', (text, date) => {
      expect(found(text)).toEqual([['date_of_birth', date]]);
    });

    it.each([
      ['a month and year with only an age near', 'the boy, aged 9, was excluded in March 2025'],
      ['an old date in a working life', 'Priya has worked here since 4 September 2008'],
      ['a qualification date', 'She qualified on 12 July 2001 and joined us later'],
    ])('does not report %s: %s', (_case, text) => {
      expect(found(text)).toEqual([]);
    });

    it.each([
      ['a version number', 'version 1.2.15.4'],
      ['a reference code', 'REF-12-03-1985'],
      ['mixed separators', 'DOB 12/03-1985'],
    ])('does not report %s: %s', (_case, text) => {
      expect(found(text)).toEqual([]);
    });

    it('does not join a day and a month on different lines', () => {
      expect(found('Ward 12\nMarch 1985 audit')).toEqual([]);
    });

    it('does not take a cue from inside another word', () => {
      expect(found('The stubborn leak was fixed on 12/03/2022; Adobe forms went live.')).toEqual([]);
    });
  });

  describe('phone numbers', () => {
    it.each([
      '0161 496 0000',
      '07700 900123',
      '07700900123',
      '+44 7700 900123',
      '+447700900123',
      '+44 (0)20 7946 0018',
      '(020) 7946 0018',
      '020-7946-0018',
      '(0113) 496 0000',
      '0113 496 0000 ext. 4521',
      '0113 496 0000 x4521',
      '07700 900123, extension 12',
    ])('finds %s', (phone) => {
      const text = `Ring ${phone} for the family.`;

      expect(found(text)).toEqual([['phone_number', phone]]);
    });

    it.each([
      ['a year', 'In 2015 and 2016'],
      ['a reference number', 'Case SWW27-0042 closed'],
      ['a reference joined by a hyphen', 'REF-07700900123'],
      ['too few digits', '07700 9001'],
      ['too many digits', '077009001234'],
      ['a longer digit run', '107700900123'],
      ['a hyphenated reference', '0161-496-0000-12'],
      ['an international prefix', '0044 7700 900123'],
    ])('does not report %s: %s', (_case, text) => {
      expect(found(text)).toEqual([]);
    });

    // Issue 14: a team's public line described as such, and organisations' number ranges, are not findings.
    it.each([
      'the team switchboard on 0113 496 0000',
      'ring the duty line, 0161 496 0000, out of hours',
      'the Emergency Duty Team (0161 496 0000)',
      '0113 496 0000 (switchboard)',
      'freephone 0800 496 000',
      'call 0300 123 1234',
      'the family helpline on 0808 800 5000',
    ])('does not report a public line: %s', (text) => {
      expect(found(text)).toEqual([]);
    });

    it('still reports a personal number near a public one', () => {
      expect(found('Ring the switchboard on 0113 496 0000. Her mobile is 07700 900123.')).toEqual([
        ['phone_number', '07700 900123'],
      ]);
    });

    it('stops at the end of the number when another number follows after a space', () => {
      expect(found('call 0161 496 0000 2015')).toEqual([['phone_number', '0161 496 0000']]);
    });
  });

  describe('e-mail addresses', () => {
    it.each(['jane.doe@example.org', 'J.Smith+awards@nhs.net', 'a_b@mail.example.co.uk'])('finds %s', (email) => {
      const text = `Write to ${email}.`;

      expect(found(text)).toEqual([['email', email]]);
    });

    it.each([
      ['no top-level domain', 'jane@example'],
      ['a handle', 'thanks @janedoe'],
      ['words', 'jane at example dot org'],
    ])('does not report %s: %s', (_case, text) => {
      expect(found(text)).toEqual([]);
    });

    it('does not report an allowed address, compared case-insensitively, but reports others', () => {
      const text = 'Contact Sam.Nominee@NHS.net or the family at jo.bloggs@example.com';

      const findings = found(text, { allowedEmails: ['sam.nominee@nhs.net'] });

      expect(findings).toEqual([['email', 'jo.bloggs@example.com']]);
    });

    it('reports nothing inside an allowed address', () => {
      expect(found('Mail sw1a1aa@nhs.net', { allowedEmails: ['SW1A1AA@nhs.net'] })).toEqual([]);
    });
  });

  describe('overlaps', () => {
    it('reports an address whose local part looks like a postcode as an e-mail address only', () => {
      expect(found('Mail sw1a1aa@nhs.net')).toEqual([['email', 'sw1a1aa@nhs.net']]);
    });

    it('keeps the NHS number when a phone number run also claims its digits', () => {
      expect(found('0161 943 476 5919')).toEqual([['nhs_number', '943 476 5919']]);
    });

    it('returns findings of every kind sorted by start, not overlapping, with exact ranges', () => {
      const text =
        'Mrs X (NHS 943 476 5919, DOB 02/01/1950, NI AB 12 34 56 C) of LS1 4AP rang 07700 900123 and wrote from ' +
        'x@example.org.';

      const findings = scan(text);

      expect(findings.map((finding) => [finding.kind, text.slice(finding.start, finding.end)])).toEqual([
        ['nhs_number', '943 476 5919'],
        ['date_of_birth', '02/01/1950'],
        ['ni_number', 'AB 12 34 56 C'],
        ['postcode', 'LS1 4AP'],
        ['phone_number', '07700 900123'],
        ['email', 'x@example.org'],
      ]);
      findings.slice(1).forEach((finding, index) => expect(finding.start).toBeGreaterThanOrEqual(findings[index].end));
    });
  });

  describe('labels and masking', () => {
    it('labels each kind for a person', () => {
      const text = '9434765919 AB123456C M1 1AE 12/03/1985 07700900123 jane@example.org';

      const labels = scan(text).map((finding) => finding.label);

      expect(labels).toEqual([
        'NHS number',
        'National Insurance number',
        'Postcode',
        'Date of birth',
        'Phone number',
        'E-mail address',
      ]);
    });

    it('masks all but the first and last letter/digit, keeping spaces and punctuation', () => {
      const text = 'NHS 943 476 5919, e-mail jane.doe@example.org';

      const masked = scan(text).map((finding) => finding.masked);

      expect(masked).toEqual(['9•• ••• •••9', 'j•••.•••@•••••••.••g']);
    });

    it('never repeats the identifier: same length, at most two letters/digits shown', () => {
      const text =
        '943-476-5919 AB 12 34 56 C SW1A 1AA born 12 March 2020 +44 (0)20 7946 0018 jane.doe@example.org M1 1AE';

      const findings = scan(text);

      expect(findings).toHaveLength(7);
      for (const finding of findings) {
        const original = text.slice(finding.start, finding.end);
        expect(finding.masked).not.toEqual(original);
        expect(finding.masked).toHaveLength(original.length);
        expect(finding.masked.replace(/[^\p{L}\p{N}]/gu, '').length).toBeLessThanOrEqual(2);
      }
    });
  });

  it('scans long text without trouble', () => {
    const text = `${'a'.repeat(50_000)}@ ${'0 '.repeat(20_000)}${'1'.repeat(50_000)} 943 476 5919`;

    expect(found(text)).toEqual([['nhs_number', '943 476 5919']]);
  });
});

describe('maskIdentifier', () => {
  it('shows the first and last letter/digit of six or more', () => {
    expect(maskIdentifier('943 476 5919')).toBe('9•• ••• •••9');
    expect(maskIdentifier('AB 12 34 56 C')).toBe('A• •• •• •• C');
    expect(maskIdentifier('12/03/1985')).toBe('1•/••/•••5');
  });

  it('hides every letter/digit of a shorter finding', () => {
    expect(maskIdentifier('M1 1AE')).toBe('•• •••');
  });
});

describe('names in a long text', () => {
  it('finds a name after the first piece compromise reads, at its place in the whole text', () => {
    const filler = 'The team met every week to review the plan and agree what came next. '.repeat(400);
    const text = `${filler}A boy named Kai Turner was scared to go home. ${filler}`;

    const names = scanText(text, { now: NOW }).filter((f) => f.kind === 'person_name');

    expect(names.map((f) => text.slice(f.start, f.end))).toEqual(['Kai Turner']);
  });
});

describe('names of people the team supports', () => {
  it.each([
    ['Mr Dennis Pryce, 79, was found on the floor.', ['Dennis Pryce']],
    ['a nine-year-old named Tyler told us', ['Tyler']],
    ['his daughter Leanne rang', ['Leanne']],
    ["Kayleigh's mum was worried", ['Kayleigh']],
    ['the twins, Alfie and Archie, arrived', ['Alfie', 'Archie']],
    ['Mrs Begum came in. Later Begum told us more.', ['Begum', 'Begum']],
  ])('finds the names in %s', (text, names) => {
    expect(
      found(text)
        .filter(([kind]) => kind === 'person_name')
        .map(([, name]) => name),
    ).toEqual(names);
  });

  it.each([
    'her manager Priya said so',
    'our IDVA Tom Reed supported him',
    'Tom Reed, our IDVA, supported him',
    'Dr Amina Osman, consultant paediatrician, agreed',
    'Our safeguarding lead, Mrs Angela Price, nominated the team',
    'Sarah Jones visited the family',
  ])('does not report a colleague or an uncued name: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("does not report the nominee's or team members' own names, word by word", () => {
    expect(
      found('Mrs Sarah Jones, 54, leads the team; Sarah is our nominee.', { allowedNames: ['Sarah Jones'] }),
    ).toEqual([]);
  });
});

describe('street addresses', () => {
  it.each(['lives at 7 Moor Lane', 'Flat 12, 40 Mill Street', 'the house at 61a Station Road'])('finds %s', (text) => {
    expect(found(text).map(([kind]) => kind)).toEqual(['street_address']);
  });

  it.each([
    'Our office at 2 Wellington Place is where the MASH sits',
    'the hospital safeguarding office is at 1 Great George Street',
    'he covered Mill Street and Moor Lane on foot',
  ])('does not report a workplace or an area: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('local case and patient identifiers', () => {
  it.each([
    ['Mosaic ID 2201457', '2201457'],
    ['hospital number K123456', 'K123456'],
    ['MRN: 30045127', '30045127'],
    ['RiO number 1003458', '1003458'],
    ['Liquidlogic adult number LAS 7781204', '7781204'],
    ['case reference number, SC/2025/04417', 'SC/2025/04417'],
  ])('finds the identifier after a cue: %s', (text, id) => {
    expect(found(text)).toEqual([['local_identifier', id]]);
  });

  it('does not report a number with no cue', () => {
    expect(found('We supported 2201457 contacts over the years')).toEqual([]);
  });

  it("finds a programme's template with a letter anywhere, and an all-digit one only after a cue", () => {
    const localIdentifiers = [
      { label: 'Hospital number', pattern: 'AA999999' },
      { label: 'Unit record', pattern: '99-9999' },
    ];
    expect(
      found('Seen as KH123456 on the list; 12-3456 people came; unit record 12-3456.', { localIdentifiers }),
    ).toEqual([
      ['local_identifier', 'KH123456'],
      ['local_identifier', '12-3456'],
    ]);
  });
});
