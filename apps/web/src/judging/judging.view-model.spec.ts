import { ApiError } from '../api-client/api-error';
import type { AssignedCategory, Assignments, JudgeNomination, Scorecard } from './judging-api';
import {
  conflictPageViewModel,
  myConflictsViewModel,
  myJudgingViewModel,
  nominationPageViewModel,
  paragraphs,
  readJudgingQuery,
  readScoreForm,
  recusedLine,
  scaleMeaning,
  scoreBody,
  scoreErrors,
} from './judging.view-model';

const criteria = [
  { id: 'k1', position: 1, title: 'Impact', guidance: 'What changed', weight: 60, scaleMax: 5, wordLimit: 300 },
  { id: 'k2', position: 2, title: 'Values', guidance: '', weight: 40, scaleMax: 10, wordLimit: 100 },
];

const panel = (over: Partial<AssignedCategory> = {}): AssignedCategory => ({
  id: 'c1',
  name: 'Safeguarding Award',
  programme: {
    id: 'p1',
    name: 'Social Work Week 2027 Awards',
    judgingCloseAt: '2027-03-19T17:00:00.000Z',
    timeZone: 'Europe/London',
  },
  blindJudging: false,
  chair: false,
  progress: { assigned: 3, submitted: 1, drafts: 1, notStarted: 1 },
  nominations: [
    { id: 'n3', reference: 'SWW-0003', nomineeName: 'Cara Diaz', scorecard: null },
    {
      id: 'n1',
      reference: 'SWW-0001',
      nomineeName: 'Ade Bello',
      scorecard: { status: 'submitted', version: 3, updatedAt: '2027-03-10T09:00:00Z' },
    },
    {
      id: 'n2',
      reference: 'SWW-0002',
      nomineeName: 'Bo Li',
      scorecard: { status: 'draft', version: 1, updatedAt: '2027-03-10T09:00:00Z' },
    },
  ],
  conflicts: [],
  recused: { count: 0, bySource: [] },
  ...over,
});
const assignments = (...categories: AssignedCategory[]): Assignments => ({
  progress: { assigned: 0, submitted: 0, drafts: 0, notStarted: 0 },
  categories,
});

const nomination = (over: Partial<JudgeNomination> = {}): JudgeNomination => ({
  id: 'n2',
  reference: 'SWW-0002',
  programmeId: 'p1',
  categoryId: 'c1',
  blind: false,
  nominee: { name: 'Bo Li', jobTitle: 'Social Worker', team: 'East', teamMembers: [] },
  nominator: { name: 'Alex Morgan' },
  statements: [{ criterionId: 'k1', criterion: 'Impact', text: 'First line\nsecond line\n\nA new paragraph' }],
  evidence: [{ id: 'e1', fileName: 'letter.pdf', type: 'pdf', size: 2048 }],
  scorecard: null,
  category: { id: 'c1', name: 'Safeguarding Award', criteria },
  programme: { id: 'p1', name: 'Social Work Week 2027 Awards', timeZone: 'Europe/London', judgingCloseAt: null },
  previousId: 'n1',
  nextId: null,
  ...over,
});
const card = (over: Partial<Scorecard> = {}): Scorecard => ({
  id: 's1',
  nominationId: 'n2',
  judgeId: 'u1',
  status: 'draft',
  overallComment: '',
  scores: [
    { criterionId: 'k1', criterion: 'Impact', scaleMax: 5, score: 3, comment: 'Clear' },
    { criterionId: 'k2', criterion: 'Values', scaleMax: 10, score: null, comment: '' },
  ],
  submittedAt: null,
  reopened: null,
  version: 2,
  ...over,
});

describe('the scale', () => {
  it('reads 0 as no evidence and the top as outstanding, whatever the scale', () => {
    expect([0, 1, 2, 3, 4, 5].map((s) => scaleMeaning(s, 5))).toEqual([
      'No evidence',
      'Little evidence',
      'Some evidence',
      'Good evidence',
      'Strong evidence',
      'Outstanding evidence',
    ]);
    expect(scaleMeaning(10, 10)).toBe('Outstanding evidence');
  });
});

describe('my judging', () => {
  it('shows each panel with its deadline in words and progress', () => {
    const [p] = myJudgingViewModel(assignments(panel()), readJudgingQuery({})).panels;
    expect(p.deadline).toBe('Judging closes Friday 19 March 2027 at 5pm');
    expect(p.progress).toBe('1 of 3 scored, 1 draft');
    expect(p.rows.map((r) => [r.reference, r.nominee, r.status.text])).toEqual([
      ['SWW-0001', 'Ade Bello', 'Submitted'],
      ['SWW-0002', 'Bo Li', 'Draft'],
      ['SWW-0003', 'Cara Diaz', 'Not started'],
    ]);
    expect(p.rows[0].href).toBe('/judging/n1');
  });

  it('filters by status and sorts by status from the query string, ignoring what it does not know', () => {
    expect(readJudgingQuery({ status: 'nonsense', sort: 'x' })).toEqual({ status: null, sort: 'reference' });
    const byStatus = myJudgingViewModel(assignments(panel()), readJudgingQuery({ sort: 'status' }));
    expect(byStatus.panels[0].rows.map((r) => r.reference)).toEqual(['SWW-0003', 'SWW-0002', 'SWW-0001']);
    expect(byStatus.filterLinks.find((l) => l.text === 'Draft')!.href).toBe('/judging?status=draft&sort=status');
    const drafts = myJudgingViewModel(assignments(panel()), readJudgingQuery({ status: 'draft' }));
    expect(drafts.panels[0].rows.map((r) => r.reference)).toEqual(['SWW-0002']);
    expect(drafts.filterLinks.find((l) => l.current)!.text).toBe('Draft');
    const none = myJudgingViewModel(
      assignments(panel({ nominations: [panel().nominations[0]] })),
      readJudgingQuery({ status: 'submitted' }),
    );
    expect(none.panels[0].empty).toBe('None of your nominations here is submitted.');
  });

  it('hides names in a blind category and says how many nominations are left out and why', () => {
    const [p] = myJudgingViewModel(
      assignments(panel({ blindJudging: true, recused: { count: 2, bySource: [{ source: 'declared', count: 2 }] } })),
      readJudgingQuery({}),
    ).panels;
    expect(p.rows.every((r) => r.nominee === null)).toBe(true);
    expect(p.recused).toBe('2 nominations are not shown: you declared a conflict of interest');
    expect(
      recusedLine({
        count: 2,
        bySource: [
          { source: 'declared', count: 1 },
          { source: 'system', count: 1 },
        ],
      }),
    ).toMatch(/^2 nominations are not shown: you declared a conflict of interest \(1\); Commend found/);
    expect(recusedLine({ count: 0, bySource: [] })).toBeNull();
  });

  it('says when there is nothing to judge', () => {
    expect(myJudgingViewModel(assignments(), readJudgingQuery({})).panels).toEqual([]);
    expect(myJudgingViewModel(assignments(panel({ nominations: [] })), readJudgingQuery({})).panels[0].empty).toMatch(
      /no nominations/,
    );
  });
});

describe('a nomination and its scorecard', () => {
  it('lays out each criterion with its weight, statement as paragraphs, and radios labelled with the scale', () => {
    const model = nominationPageViewModel({ nomination: nomination(), scorecard: card() });
    const [impact, values] = model.criteria;
    expect(impact.weight).toBe('Weight 60 (60% of the score)');
    expect(impact.statement).toEqual([['First line', 'second line'], ['A new paragraph']]);
    expect(impact.radios.items.map((i) => i.text)).toEqual([
      '0 – No evidence',
      '1 – Little evidence',
      '2 – Some evidence',
      '3 – Good evidence',
      '4 – Strong evidence',
      '5 – Outstanding evidence',
    ]);
    expect(impact.radios.items.find((i) => i.checked)!.value).toBe('3');
    expect(impact.comment).toEqual({
      id: 'comment-k1',
      name: 'comment-k1',
      label: 'Comment on Impact',
      value: 'Clear',
    });
    expect(values.radios.items).toHaveLength(11);
    expect(values.radios.items.some((i) => i.checked)).toBe(false);
    expect(model.form).toEqual({ action: '/judging/n2/score', version: 2 });
    expect(model.evidence).toEqual([
      { fileName: 'letter.pdf', description: 'PDF, 2 KB', href: '/judging/n2/evidence/e1' },
    ]);
    expect([model.previousHref, model.nextHref]).toEqual(['/judging/n1', null]);
    expect(model.people.map((p) => p.value.text)).toContain('Alex Morgan');
  });

  it('is read-only once submitted, with the time in words and the other judges’ scores', () => {
    const model = nominationPageViewModel({
      nomination: nomination(),
      scorecard: card({ status: 'submitted', submittedAt: '2027-03-12T10:30:00.000Z' }),
      peers: [card({ judgeName: 'Lee Chen', overallComment: 'Strong', status: 'submitted' })],
    });
    expect(model.form).toBeNull();
    expect(model.submittedAt).toBe('Friday 12 March 2027 at 10:30am');
    expect(model.criteria[0].given).toEqual({ score: '3 – Good evidence (out of 5)', comment: 'Clear' });
    expect(model.peers!.rows[0].map((c) => c.text)).toEqual(['Lee Chen', '3: Clear', 'Not scored', 'Strong']);
  });

  it('shows no one’s identity in a blind category', () => {
    const model = nominationPageViewModel({
      nomination: nomination({ blind: true, nominee: null, nominator: null }),
      scorecard: card(),
    });
    expect(model.people).toEqual([]);
  });

  it('reads the form and sends the API what was typed, leaving an unanswered criterion unscored', () => {
    const form = readScoreForm(
      {
        action: 'submit',
        version: '4',
        'score-k1': '5',
        'comment-k1': 'Great',
        'comment-k2': '',
        overallComment: 'OK',
      },
      criteria,
    );
    expect(form.action).toBe('submit');
    expect(scoreBody(form)).toEqual({
      scores: [
        { criterionId: 'k1', score: 5, comment: 'Great' },
        { criterionId: 'k2', score: null, comment: '' },
      ],
      overallComment: 'OK',
      version: 4,
    });
    expect(scoreBody(readScoreForm({ version: '0' }, criteria)).version).toBe(0);
  });

  it('links each missing criterion in the error summary to its radios', () => {
    const error = new ApiError(422, 'scorecard.incomplete', 'Score every criterion before submitting: "Values"', {
      missing: ['"Values"'],
      fields: { k2: 'Give "Values" a score before submitting' },
    });
    const errors = scoreErrors(error, criteria);
    expect(errors.summary).toEqual([{ text: 'Give "Values" a score before submitting', href: '#score-k2' }]);
    const model = nominationPageViewModel({ nomination: nomination(), scorecard: card(), errors });
    expect(model.criteria[1].error).toEqual({ text: 'Give "Values" a score before submitting' });
    expect(model.criteria[0].error).toBeUndefined();
  });

  it('after a stale save keeps what was typed, shows what is saved now, and carries the saved version', () => {
    const typed = readScoreForm(
      { version: '2', 'score-k1': '1', 'comment-k1': 'Typed here', 'score-k2': '', overallComment: 'Mine' },
      criteria,
    );
    const model = nominationPageViewModel({
      nomination: nomination(),
      scorecard: card({ version: 5, overallComment: 'Theirs' }),
      typed,
      conflict: true,
    });
    expect(model.conflict).toBe(true);
    expect(model.form!.version).toBe(5);
    expect(model.criteria[0].comment.value).toBe('Typed here');
    expect(model.criteria[0].radios.items.find((i) => i.checked)!.value).toBe('1');
    expect(model.criteria[0].savedNow).toEqual({ score: '3 – Good evidence (out of 5)', comment: 'Clear' });
    expect(model.criteria[1].savedNow).toBeUndefined();
    expect(model.overallComment).toBe('Mine');
    expect(model.savedOverallComment).toBe('Theirs');
  });

  it('keeps line breaks and drops blank lines at a paragraph’s edges', () => {
    expect(paragraphs('a\r\nb\r\n\r\n\r\nc\n')).toEqual([['a', 'b'], ['c']]);
    expect(paragraphs('')).toEqual([]);
  });
});

describe('conflicts', () => {
  it('re-shows the reason typed with the API’s message beside it', () => {
    const error = new ApiError(400, undefined, 'reason must say why, in 3 to 2000 characters', undefined);
    const model = conflictPageViewModel({ nomination: nomination(), reason: 'no', error });
    expect(model.reason).toBe('no');
    expect(model.errors).toEqual({
      summary: [{ text: 'reason must say why, in 3 to 2000 characters', href: '#reason' }],
      fields: { reason: { text: 'reason must say why, in 3 to 2000 characters' } },
    });
  });

  it('lists my conflicts by panel and confirms the one just declared', () => {
    const model = myConflictsViewModel(
      assignments(
        panel({
          conflicts: [
            {
              nominationId: 'n9',
              reference: 'SWW-0009',
              source: 'declared',
              reason: 'I supervised them',
              createdAt: '2027-03-11T12:00:00.000Z',
            },
            {
              nominationId: 'n8',
              reference: 'SWW-0008',
              source: 'system',
              reason: 'The judge nominated this nominee',
              createdAt: null,
            },
          ],
        }),
        panel({ id: 'c2', name: 'Team of the Year' }),
      ),
      'n9',
    );
    expect(model.banner).toBe(
      'You declared a conflict of interest on SWW-0009. It is no longer in your list and you will not score it.',
    );
    expect(model.panels).toHaveLength(1);
    expect(model.panels[0].rows.map((r) => r.map((c) => c.text))).toEqual([
      ['SWW-0009', 'I supervised them', 'You declared it', 'Thursday 11 March 2027 at midday'],
      ['SWW-0008', 'The judge nominated this nominee', 'Found by Commend', 'Not recorded yet'],
    ]);
    expect(myConflictsViewModel(assignments(panel()), 'n1').banner).toBeNull();
  });
});
