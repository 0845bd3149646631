import { ApiError } from '../api-client/api-error';
import type {
  Announcement,
  AnnouncementPreview,
  Category,
  Outcomes,
  Programme,
  PublicWinners,
  Results,
} from './directing-api';
import {
  announcementAt,
  announcementViewModel,
  directingViewModel,
  embeddedAnnouncement,
  inZone,
  outcomesErrors,
  outcomesViewModel,
  previewViewModel,
  readScheduleForm,
  readTime,
  scheduleErrors,
  winnersViewModel,
} from './directing.view-model';

const programme = (over: Partial<Programme> = {}): Programme =>
  ({
    id: 'p1',
    name: 'Social Work Week 2027 Awards',
    status: 'closed',
    timeZone: 'Europe/London',
    ...over,
  }) as Programme;
const category = (over: Partial<Category> = {}): Category =>
  ({ id: 'c1', programmeId: 'p1', name: 'Safeguarding Award', ...over }) as Category;
const outcomes = (over: Partial<Outcomes> = {}): Outcomes => ({
  categoryId: 'c1',
  status: 'proposed',
  minutes: 'Unanimous.',
  proposed: { by: 'u1', at: '2027-03-01T10:00:00.000Z' as unknown as string },
  decided: null,
  returnComment: null,
  version: 3,
  outcomes: [
    {
      nominationId: 'n2',
      reference: 'SWW27-0002',
      nomineeName: null,
      kind: 'highly_commended',
      citation: 'For calm courage',
      rationale: 'Second',
      tieBreakReason: null,
    },
    {
      nominationId: 'n1',
      reference: 'SWW27-0001',
      nomineeName: 'Sam Patel',
      kind: 'winner',
      citation: 'For brave practice',
      rationale: 'Top',
      tieBreakReason: 'Stronger evidence',
    },
  ],
  ...over,
});
const results = (): Results =>
  ({
    category: { id: 'c1', name: 'Safeguarding Award', numberOfWinners: 1, tieBreakRule: 'normalised_then_chair' },
    nominations: [
      { id: 'n9', reference: 'SWW27-0009', nomineeName: 'Unscored', rank: null, weightedScore: null },
      ...Array.from({ length: 7 }, (_, i) => ({
        id: `n${i + 1}`,
        reference: `SWW27-000${i + 1}`,
        nomineeName: `Nominee ${i + 1}`,
        scorecards: 3,
        weightedScore: 90 - i * 5,
        standardDeviation: 1,
        spread: 2,
        normalisedScore: 1,
        rank: i + 1,
        normalisedRank: i === 0 ? 2 : i === 1 ? 1 : i + 1,
        disagreement: i === 1,
        tie: { raw: i === 2, normalised: false, breakBy: null },
      })).reverse(),
    ],
    judges: [],
    progress: { expected: 24, submitted: 21 },
    explanation: ['Nominee 1 ranks first.'],
  }) as unknown as Results;

describe('the director’s pages', () => {
  it('reads a moment in the programme’s zone, saying which zone', () => {
    expect(inZone('2027-03-23T10:00:00Z', 'Europe/London')).toBe('Tuesday 23 March 2027 at 10am, UK time');
    expect(inZone('2027-07-01T08:30:00Z', 'Europe/London')).toBe('Thursday 1 July 2027 at 9:30am, UK time');
    expect(inZone('2027-03-23T10:00:00Z', 'Europe/Paris')).toBe('Tuesday 23 March 2027 at 11am, Europe/Paris');
  });

  it('lists each category of a programme with its outcomes status and a link to decide', () => {
    const model = directingViewModel([
      {
        programme: programme(),
        categories: [
          { category: category(), outcomes: outcomes() },
          { category: category({ id: 'c2', name: 'Team of the Year' }), outcomes: outcomes({ status: 'open' }) },
          { category: category({ id: 'c3', name: 'Apprentice' }), outcomes: outcomes({ status: 'returned' }) },
          { category: category({ id: 'c4', name: 'Leader' }), outcomes: outcomes({ status: 'approved' }) },
        ],
      },
    ]);
    expect(model.programmes[0].announcementHref).toBe('/directing/programmes/p1/announcement');
    expect(model.programmes[0].categories.map((c) => [c.name, c.status.text, c.href])).toEqual([
      ['Safeguarding Award', 'Proposed – to approve', '/directing/categories/c1/outcomes'],
      ['Team of the Year', 'Not proposed', '/directing/categories/c2/outcomes'],
      ['Apprentice', 'Returned', '/directing/categories/c3/outcomes'],
      ['Leader', 'Approved', '/directing/categories/c4/outcomes'],
    ]);
  });

  it('shows the proposal with citations, rationale and tie-break reason, and the top of the ranking', () => {
    const model = outcomesViewModel({
      programme: programme(),
      category: category(),
      outcomes: outcomes(),
      results: results(),
    });

    expect(model.decidable).toBe(true);
    expect(model.version).toBe(3);
    expect(model.proposed).toBe('Monday 1 March 2027 at 10am');
    expect(model.outcomes[1]).toEqual({
      kind: 'Winner',
      nominee: 'Sam Patel',
      reference: 'SWW27-0001',
      citation: 'For brave practice',
      rationale: 'Top',
      tieBreakReason: 'Stronger evidence',
    });
    expect(model.outcomes[0].nominee).toBe('SWW27-0002'); // no name: the reference
    expect(model.results.progress).toBe('21 of 24 scorecards submitted');
    expect(model.results.top.map((n) => n.rank)).toEqual(['1', '2', '3', '4', '5']);
    expect(model.results.top[0]).toMatchObject({ weightedScore: '90.0%', normalisedRank: '2' });
    expect(model.results.top[1].flags).toBe('Judges disagree');
    expect(model.results.top[2].flags).toBe('Tie');
  });

  it('offers no decision once approved or returned, and shows the director’s comment', () => {
    const returned = outcomesViewModel({
      programme: programme(),
      category: category(),
      outcomes: outcomes({
        status: 'returned',
        returnComment: 'Say why',
        decided: { by: 'd', at: '2027-03-02T09:00:00Z' as unknown as string },
      }),
      results: results(),
    });
    expect(returned.decidable).toBe(false);
    expect(returned.returnComment).toBe('Say why');
    expect(returned.decided).toBe('Tuesday 2 March 2027 at 9am');
  });

  it('puts a refused comment beside the comment box, and anything else in the summary only', () => {
    const form = { action: 'return', version: '3', comment: 'x' };
    const tooShort = new ApiError(
      400,
      undefined,
      'comment must tell the chair what to change, in 3 to 5000 characters',
      undefined,
    );
    expect(outcomesErrors(tooShort, form)).toEqual({
      summary: [{ text: tooShort.message, href: '#comment' }],
      fields: { comment: { text: tooShort.message } },
    });
    const stale = new ApiError(409, 'proposal.stale', 'Someone changed this proposal', undefined);
    expect(outcomesErrors(stale, { ...form, action: 'approve' })).toEqual({
      summary: [{ text: stale.message }],
      fields: {},
    });
  });
});

describe('the announcement’s date and time', () => {
  it('reads times people write', () => {
    expect(readTime('10:00')).toEqual({ hour: 10, minute: 0 });
    expect(readTime('10am')).toEqual({ hour: 10, minute: 0 });
    expect(readTime('2.30 pm')).toEqual({ hour: 14, minute: 30 });
    expect(readTime('12pm')).toEqual({ hour: 12, minute: 0 });
    expect(readTime('12am')).toEqual({ hour: 0, minute: 0 });
    expect(readTime('midday')).toEqual({ hour: 12, minute: 0 });
    expect(readTime('18:45')).toEqual({ hour: 18, minute: 45 });
    expect(readTime('18:45:30')).toEqual({ hour: 18, minute: 45, second: 30 });
    for (const bad of ['', '10', '25:00', '10:75', '13pm', 'soon']) expect([bad, readTime(bad)]).toEqual([bad, null]);
  });

  it('makes the local date and time the API reads in the programme’s zone', () => {
    expect(announcementAt(readScheduleForm({ day: '21', month: '3', year: '2027', time: '10am' }))).toEqual({
      at: '2027-03-21T10:00',
    });
    expect(announcementAt(readScheduleForm({ day: '1', month: '12', year: '2026', time: '09:05:07' }))).toEqual({
      at: '2026-12-01T09:05:07',
    });
  });

  it('links the summary to the first missing part of the date, and to the time', () => {
    const read = announcementAt(readScheduleForm({ day: '21', month: '', year: '', time: 'later' }));
    expect(read).toEqual({
      errors: {
        summary: [
          { text: 'The date of the announcement must include a month and a year', href: '#announcementDate-month' },
          { text: 'Enter a real time, like 10:00 or 10am', href: '#time' },
        ],
        fields: {
          announcementDate: { text: 'The date of the announcement must include a month and a year' },
          month: { text: 'The date of the announcement must include a month and a year' },
          time: { text: 'Enter a real time, like 10:00 or 10am' },
        },
      },
    });
    const empty = announcementAt(readScheduleForm({}));
    expect('errors' in empty && empty.errors.summary.map((s) => s.href)).toEqual(['#announcementDate-day', '#time']);
    const words = announcementAt(readScheduleForm({ day: '21', month: 'March', year: '2027', time: '10:00' }));
    expect('errors' in words && words.errors.summary).toEqual([
      {
        text: 'The date of the announcement must be a real date, in numbers, like 21 3 2027',
        href: '#announcementDate-month',
      },
    ]);
  });

  it('links the API’s refusal of a date (31 February, past) to the day', () => {
    const error = new ApiError(
      400,
      'announcement.invalid_time',
      'at names a date that does not exist (2027-02-31)',
      undefined,
    );
    expect(scheduleErrors(error).summary).toEqual([{ text: error.message, href: '#announcementDate-day' }]);
    expect(
      scheduleErrors(new ApiError(400, 'announcement.past', 'at is in the past', undefined)).fields,
    ).toHaveProperty('day');
  });
});

describe('the announcement page', () => {
  const categories = [
    { category: category(), outcomes: outcomes({ status: 'approved' }) },
    { category: category({ id: 'c2', name: 'Team of the Year' }), outcomes: outcomes({ status: 'returned' }) },
  ];

  it('says which categories are not approved yet', () => {
    const model = announcementViewModel({ programme: programme(), categories, announcement: null });
    expect(model.ready).toBe(false);
    expect(model.notApproved).toEqual([
      { name: 'Team of the Year', href: '/directing/categories/c2/outcomes', status: 'Returned' },
    ]);
  });

  it('echoes a scheduled time in words with its zone, and fills the form with it', () => {
    const announcement = {
      status: 'scheduled',
      at: '2027-03-23T10:00:00.000Z',
      messages: null,
    } as unknown as Announcement;
    const model = announcementViewModel({ programme: programme({ status: 'decided' }), categories, announcement });
    expect(model).toMatchObject({
      ready: true,
      state: 'scheduled',
      scheduledFor: 'Tuesday 23 March 2027 at 10am, UK time',
      form: { day: '23', month: '3', year: '2027', time: '10:00' },
    });
  });

  it('after it fires: the winners page, the certificates and the messages', () => {
    const announcement = {
      status: 'published',
      at: '2027-03-23T10:00:00.000Z',
      publishedAt: '2027-03-23T10:00:02.000Z',
      messages: { sent: 8, failed: 1, pending: 0 },
    } as unknown as Announcement;
    const model = announcementViewModel({
      programme: programme({ status: 'announced' }),
      categories,
      announcement,
      certificates: [{ nominationId: 'n1', fileName: 'SWW27-0001-certificate.pdf' } as never],
    });
    expect(model).toMatchObject({
      state: 'published',
      winnersHref: '/winners/p1',
      messages: { sent: 8, failed: 1, pending: 0 },
      certificates: [{ fileName: 'SWW27-0001-certificate.pdf', href: '/directing/programmes/p1/certificates/n1' }],
    });
  });
});

describe('the preview and the public page', () => {
  it('embeds the published page’s body with its headings one level down', () => {
    expect(
      embeddedAnnouncement('<html><body><main>\n<h1>T</h1><section><h2 id="x">C</h2></section></main></body></html>'),
    ).toBe('\n<h2>T</h2><section><h3 id="x">C</h3></section>');
  });

  it('says who each e-mail goes to, and when it is published', () => {
    const preview = {
      programmeId: 'p1',
      at: '2027-03-23T10:00:00.000Z',
      status: 'scheduled',
      html: '<main><h1>Winners</h1></main>',
      text: '',
      messages: [{ kind: 'outcomes.awarded', subject: 'Winner: Safeguarding Award', text: 'Dear Sam Patel,' }],
    } as unknown as AnnouncementPreview;
    const model = previewViewModel(programme(), preview);
    expect(model.publishes).toBe('To be published Tuesday 23 March 2027 at 10am, UK time');
    expect(model.messages).toEqual([
      { to: 'To a winner or commended nominee', subject: 'Winner: Safeguarding Award', text: 'Dear Sam Patel,' },
    ]);
  });

  it('credits the team where the API gives no name, winners first', () => {
    const winners = {
      programme: { id: 'p1', name: 'Social Work Week 2027 Awards', timeZone: 'Europe/London' },
      publishedAt: '2027-03-23T10:00:00.000Z',
      categories: [
        {
          name: 'Safeguarding Award',
          awards: [
            {
              kind: 'highly_commended',
              nomineeName: null,
              team: 'Adult Safeguarding Hub',
              citation: 'For calm\n\ncourage',
            },
            { kind: 'winner', nomineeName: 'Sam Patel', team: 'Children in Need East', citation: 'For brave practice' },
          ],
        },
        { name: 'Team of the Year', awards: [] },
      ],
    } as unknown as PublicWinners;
    const model = winnersViewModel(winners);
    expect(model.announced).toBe('Tuesday 23 March 2027');
    expect(model.categories[0].awards).toEqual([
      { kind: 'Winner', who: 'Sam Patel, Children in Need East', citation: ['For brave practice'] },
      { kind: 'Highly commended', who: 'A colleague in Adult Safeguarding Hub', citation: ['For calm', 'courage'] },
    ]);
    expect(model.categories[1].noAward).toBe(true);
  });
});
