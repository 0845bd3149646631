import { EventType } from '@commend/core';
import {
  announcementMessages,
  consentStillAsked,
  nominationMessages,
  type AnnouncedNomination,
  type SubmittedNomination,
} from './recipients';

const APP = 'https://awards.example.nhs.uk';
const PROGRAMME = { id: 'p1', name: 'Social Work Week 2027 Awards' };
/** Who gets what, in order: the rule under test, without the message wording. */
const sent = (planned: { kind: string; recipient: string }[]) => planned.map((p) => `${p.kind} → ${p.recipient}`);

describe('nominationMessages', () => {
  const nomination = (extra: Partial<SubmittedNomination> = {}): SubmittedNomination => ({
    id: 'n1',
    reference: 'SWW27-0001',
    status: 'submitted',
    nominee_name: 'Sam Patel',
    nominee_email: 'Sam.Patel@example.nhs.uk',
    screening_reason: null,
    category: 'Safeguarding Award',
    programme_id: PROGRAMME.id,
    programme: PROGRAMME.name,
    notify_nominee: false,
    nominator: 'Alex Morgan',
    nominator_email: 'alex.morgan@example.nhs.uk',
    ...extra,
  });

  it('sends the nominator a receipt on submission, and tells no nominee the category keeps it secret from', () => {
    expect(sent(nominationMessages(EventType.NominationSubmitted, nomination(), APP))).toEqual([
      'nomination.receipt → alex.morgan@example.nhs.uk',
    ]);
  });

  it('tells the nominee, at their address in lower case, when the category says so', () => {
    expect(sent(nominationMessages(EventType.NominationSubmitted, nomination({ notify_nominee: true }), APP))).toEqual([
      'nomination.receipt → alex.morgan@example.nhs.uk',
      'nomination.nominee → sam.patel@example.nhs.uk',
    ]);
  });

  it('sends nothing to someone without an address', () => {
    const noAddresses = nomination({ notify_nominee: true, nominee_email: null, nominator_email: null });
    expect(nominationMessages(EventType.NominationSubmitted, noAddresses, APP)).toEqual([]);
  });

  it('tells the nominator the screening outcome once it is decided, either way, and only them', () => {
    for (const status of ['eligible', 'ineligible']) {
      const screened = nomination({ status, notify_nominee: true, screening_reason: 'Meets the criteria' });
      expect(sent(nominationMessages(EventType.NominationScreened, screened, APP))).toEqual([
        'nomination.screening → alex.morgan@example.nhs.uk',
      ]);
    }
  });

  it('sends no screening outcome for a nomination no longer screened (withdrawn since)', () => {
    expect(nominationMessages(EventType.NominationScreened, nomination({ status: 'withdrawn' }), APP)).toEqual([]);
  });
});

describe('consentStillAsked', () => {
  it('sends the consent link until the announcement fires, not after', () => {
    expect(['draft', 'open', 'closed', 'decided'].filter(consentStillAsked)).toEqual([
      'draft',
      'open',
      'closed',
      'decided',
    ]);
    expect(['announced', 'archived'].filter(consentStillAsked)).toEqual([]);
  });
});

describe('announcementMessages', () => {
  let count = 0;
  const nominated = (extra: Partial<AnnouncedNomination>): AnnouncedNomination => ({
    id: `n${++count}`,
    nominee_name: 'Sam Patel',
    nominee_email: 'sam.patel@example.nhs.uk',
    team_members: [],
    category_id: 'c1',
    category: 'Safeguarding Award',
    kind: null,
    citation: null,
    nominator: 'Alex Morgan',
    nominator_email: 'alex.morgan@example.nhs.uk',
    ...extra,
  });
  const JUDGES = [{ email: 'jo.whitfield@example.nhs.uk', name: 'Jo Whitfield' }];

  it('tells a winner and their nominator of the award, the others thanks, and each judge once', () => {
    const planned = announcementMessages(
      PROGRAMME,
      APP,
      [
        nominated({ kind: 'winner', citation: 'For calm courage' }),
        nominated({ nominee_name: 'Tom Reid', nominee_email: 'tom.reid@example.nhs.uk', nominator_email: 'bola@x.uk' }),
      ],
      JUDGES,
    );
    expect(sent(planned)).toEqual([
      'outcomes.awarded → sam.patel@example.nhs.uk',
      'outcomes.nominator → alex.morgan@example.nhs.uk',
      'outcomes.thanks_nominee → tom.reid@example.nhs.uk',
      'outcomes.thanks_nominator → bola@x.uk',
      'outcomes.judges → jo.whitfield@example.nhs.uk',
    ]);
    expect(planned[0].message.subject).toBe('Winner: Safeguarding Award');
    expect(planned[0].message.text).toContain('For calm courage');
  });

  it('tells a person nominated twice in a category one outcome, their best, whichever came first', () => {
    const planned = announcementMessages(
      PROGRAMME,
      APP,
      [
        nominated({ nominator: 'Bola Adeyemi', nominator_email: 'bola@x.uk' }), // thanked, read first
        nominated({ nominee_email: 'SAM.PATEL@example.nhs.uk', kind: 'highly_commended', citation: 'Steady' }),
      ],
      [],
    );
    const toSam = planned.filter((p) => p.recipient === 'sam.patel@example.nhs.uk');
    expect(toSam.map((p) => p.message.subject)).toEqual(['Highly commended: Safeguarding Award']);
    // Each nominator hears of the nominee's best outcome, whichever nomination earned it.
    expect(sent(planned.filter((p) => p.recipient !== 'sam.patel@example.nhs.uk'))).toEqual([
      'outcomes.nominator → alex.morgan@example.nhs.uk',
      'outcomes.nominator → bola@x.uk',
    ]);
  });

  it('tells a person once per category: nominated in two, they hear of both', () => {
    const planned = announcementMessages(
      PROGRAMME,
      APP,
      [nominated({}), nominated({ category_id: 'c2', category: 'Team of the Year' })],
      [],
    );
    expect(planned.filter((p) => p.recipient === 'sam.patel@example.nhs.uk').map((p) => p.message.subject)).toEqual([
      'Thank you from the Social Work Week 2027 Awards',
      'Thank you from the Social Work Week 2027 Awards',
    ]);
  });

  it('tells each member of an awarded team with an address, and no one who has none', () => {
    const team = nominated({
      nominee_name: 'Hospital Discharge Team',
      nominee_email: null,
      team_members: [{ name: 'Nia Cole', email: 'nia.cole@example.nhs.uk' }, { name: 'Lee Chen' }],
      kind: 'winner',
      citation: 'Together',
    });
    expect(sent(announcementMessages(PROGRAMME, APP, [team], []))).toEqual([
      'outcomes.awarded → nia.cole@example.nhs.uk',
      'outcomes.nominator → alex.morgan@example.nhs.uk',
    ]);
  });

  it('keeps each message about its nomination, so planning the event again makes the same keys', () => {
    const read = [nominated({ kind: 'winner', citation: 'x' })];
    const abouts = (p: ReturnType<typeof announcementMessages>) => p.map((m) => `${m.kind}:${m.about ?? 'none'}`);
    expect(abouts(announcementMessages(PROGRAMME, APP, read, JUDGES))).toEqual(
      abouts(announcementMessages(PROGRAMME, APP, read, JUDGES)),
    );
    expect(abouts(announcementMessages(PROGRAMME, APP, read, JUDGES))).toEqual([
      `outcomes.awarded:${read[0].id}`,
      `outcomes.nominator:${read[0].id}`,
      'outcomes.judges:none',
    ]);
  });
});
