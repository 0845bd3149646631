import { maskIdentity, nominationMasks, type IdentityMask, type NominationIdentity } from './blind';

const person = (text: string, replacement = '[the nominee]'): IdentityMask => ({ kind: 'person', text, replacement });
const phrase = (text: string, replacement: string): IdentityMask => ({ kind: 'phrase', text, replacement });

describe('maskIdentity', () => {
  const masks = [person('Sam Patel'), person('Alex Morgan', '[the nominator]')];

  it('masks the full name in any case, and each capitalised part of it', () => {
    const text = 'Sam Patel led the review. SAM stayed late; Patel wrote it up. sam patel agreed.';
    expect(maskIdentity(text, masks)).toBe(
      '[the nominee] led the review. [the nominee] stayed late; [the nominee] wrote it up. [the nominee] agreed.',
    );
  });

  it('masks whole words only', () => {
    expect(maskIdentity('Samantha and Sampson met Sam.', masks)).toBe('Samantha and Sampson met [the nominee].');
  });

  it('masks a possessive, with a straight or curly apostrophe, and a name next to punctuation', () => {
    expect(maskIdentity("Sam's work (Patel, 2026); Patel’s notes", masks)).toBe(
      "[the nominee]'s work ([the nominee], 2026); [the nominee]’s notes",
    );
  });

  it('masks the nominator and any e-mail address', () => {
    expect(maskIdentity('Alex Morgan (alex.morgan@example.nhs.uk) saw it', masks)).toBe(
      '[the nominator] ([e-mail]) saw it',
    );
  });

  describe('a name with accents, apostrophes and hyphens', () => {
    const renee = [person('Renée O’Neill')];

    it('matches a combining accent, a precomposed one and none', () => {
      const text = 'Rene\u0301e helped. Renée helped. Renee helped.';
      expect(maskIdentity(text, renee)).toBe('[the nominee] helped. [the nominee] helped. [the nominee] helped.');
    });

    it('matches a full name written with another apostrophe, or none', () => {
      expect(maskIdentity("Rene\u0301e O'Neill and ONeill and O’Neill’s team", renee)).toBe(
        '[the nominee] and [the nominee] and [the nominee]’s team',
      );
    });

    it('matches the first and last names without the middle one', () => {
      expect(maskIdentity('Renée Hope O’Neill, Renee O’Neill, Hope O’Neill', [person('Renée Hope O’Neill')])).toBe(
        '[the nominee], [the nominee], [the nominee]',
      );
    });

    it('matches a hyphenated surname as a whole and by its parts', () => {
      const zoe = [person('Zoë Smith-Jones', 'X')];
      expect(maskIdentity('Zoe Smith Jones, zoë smith–jones, Jones and Smith’s', zoe)).toBe('X, X, X and X’s');
    });

    it('keeps the text around a match exactly as written', () => {
      expect(maskIdentity('Cafe\u0301 Renée: naïve', renee)).toBe('Cafe\u0301 [the nominee]: naïve');
    });
  });

  describe('case', () => {
    const hope = [person('Hope Adebayo')];

    it('masks a capitalised name but not the same word in small letters', () => {
      expect(maskIdentity('Hope worked with hope and patience; HOPE’s team thanked her.', hope)).toBe(
        '[the nominee] worked with hope and patience; [the nominee]’s team thanked her.',
      );
    });

    it('masks a small-letter particle only inside the full name', () => {
      const lisa = [person('Lisa van Dyke')];
      expect(maskIdentity('Lisa van Dyke drove the van; Van Dyke and Lisa', lisa)).toBe(
        '[the nominee] drove the van; [the nominee] and [the nominee]',
      );
    });
  });

  describe('teams and job titles', () => {
    const team = [phrase('Burnley Hospital Discharge Team', '[team]'), phrase('Senior Practitioner', '[title]')];

    it('masks them as whole phrases in any case and spacing', () => {
      expect(maskIdentity('The burnley hospital  discharge team has a Senior Practitioner.', team)).toBe(
        'The [team] has a [title].',
      );
    });

    it('leaves their words alone elsewhere', () => {
      const text = 'The team at the hospital planned each discharge; a senior colleague and a practitioner.';
      expect(maskIdentity(text, team)).toBe(text);
    });
  });

  describe('e-mail addresses written to dodge a filter', () => {
    it.each([
      'renee.oneill [at] example [dot] nhs [dot] uk',
      'renee.oneill(at)example.nhs.uk',
      'renee.oneill @ example.nhs.uk',
      'renee dot oneill at example dot nhs dot uk',
      'renee.oneill at example.nhs.uk',
      'RENEE.ONEILL{AT}EXAMPLE{DOT}ORG',
    ])('masks "%s"', (address) => {
      expect(maskIdentity(`Write to ${address} today.`, [])).toBe('Write to [e-mail] today.');
    });

    it('does not take a bare "at" for an address', () => {
      const text = 'She was on ward 5 at St.Mary and met them at home.';
      expect(maskIdentity(text, [])).toBe(text);
    });
  });

  it('treats regular-expression characters in a name as text', () => {
    expect(maskIdentity('A (Bo) met C', [person('(Bo)', 'X')])).toBe('A X met C');
  });

  it('does not match one replacement again with another term', () => {
    expect(maskIdentity('Team Nominee', [person('Nominee'), phrase('Team', '[the team]')])).toBe(
      '[the team] [the nominee]',
    );
  });
});

describe('nominationMasks', () => {
  const nomination: NominationIdentity = {
    nomineeName: 'Renée O’Neill',
    nomineeType: 'individual',
    nomineeEmail: 'renee.oneill@example.nhs.uk',
    nomineeJobTitle: 'Discharge Coordinator',
    nomineeTeam: 'Burnley Hospital Discharge Team',
    teamMembers: [],
    nominatorName: 'Bola Adeyemi',
    nominatorEmail: 'bola.adeyemi@example.nhs.uk',
  };

  it('masks the nominee, their team and job title, the nominator and their addresses', () => {
    const text =
      'Renee O’Neill, our Discharge Coordinator in the Burnley Hospital Discharge Team, told Bola. ' +
      'Ask renee.oneill or bola.adeyemi [at] example [dot] nhs [dot] uk.';
    expect(maskIdentity(text, nominationMasks(nomination))).toBe(
      "[the nominee], our [the nominee's job title] in the [the nominee's team], told [the nominator]. " +
        'Ask [e-mail] or [e-mail].',
    );
  });

  it('masks a nominated team as a phrase, and its members as people', () => {
    const team: NominationIdentity = {
      ...nomination,
      nomineeType: 'team',
      nomineeName: 'Burnley Hospital Discharge Team',
      nomineeTeam: null,
      nomineeJobTitle: null,
      teamMembers: [{ name: 'Grace Obi', jobTitle: 'Ward Sister' }],
    };
    expect(
      maskIdentity('The Burnley Hospital Discharge Team: the team, Grace and a Ward Sister.', nominationMasks(team)),
    ).toBe("The [the nominee]: the team, [the nominee] and a [the nominee's job title].");
  });
});
