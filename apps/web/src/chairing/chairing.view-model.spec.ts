import { ApiError } from '../api-client/api-error';
import type { Outcomes, Results } from './chairing-api';
import {
  chairingViewModel,
  outcomesBody,
  outcomesErrors,
  outcomesViewModel,
  progressViewModel,
  readOutcomesForm,
  resultsPage,
  resultsViewModel,
  RESULTS_PAGE_SIZE,
} from './chairing.view-model';
import { escapeXml, leniencyChart, scoresChart, signed } from './charts';

type Nom = Results['nominations'][number];

const nomination = (i: number, over: Partial<Nom> = {}): Nom => ({
  id: `n${i}`,
  reference: `SWW1-${String(i).padStart(4, '0')}`,
  nomineeName: `Nominee ${i}`,
  publicityConsent: 'given',
  scorecards: 2,
  weightedScore: 90 - i,
  standardDeviation: 4,
  spread: 8,
  normalisedScore: 1 - i / 10,
  rank: i,
  normalisedRank: i,
  disagreement: false,
  tie: { raw: false, normalised: false, breakBy: null },
  scores: [
    { judgeId: 'u-sam', weightedScore: 94 - i },
    { judgeId: 'u-lee', weightedScore: 86 - i },
  ],
  ...over,
});

const results = (over: Partial<Results> = {}): Results => ({
  category: { id: 'c1', name: 'Safeguarding Award', numberOfWinners: 1, tieBreakRule: 'normalised_then_chair' },
  nominations: [1, 2, 3].map((i) => nomination(i)),
  judges: [
    {
      panelMemberId: 'pm-jo',
      judgeId: 'u-jo',
      name: 'Jo Whitfield',
      chair: true,
      signedIn: true,
      expected: 3,
      submitted: 0,
      meanScore: null,
      leniency: null,
      normalised: false,
      assessment: 'not enough scorecards',
    },
    {
      panelMemberId: 'pm-sam',
      judgeId: 'u-sam',
      name: 'Sam Okafor',
      chair: false,
      signedIn: true,
      expected: 3,
      submitted: 3,
      meanScore: 92,
      leniency: 6.2,
      normalised: true,
      assessment: 'lenient',
    },
    {
      panelMemberId: 'pm-lee',
      judgeId: 'u-lee',
      name: 'Lee Chen',
      chair: false,
      signedIn: true,
      expected: 3,
      submitted: 3,
      meanScore: 84,
      leniency: -6.2,
      normalised: true,
      assessment: 'harsh',
    },
  ],
  nominationsTotal: 3,
  progress: { expected: 9, submitted: 6 },
  explanation: ['Sam Okafor scored 6.2 points higher than the other judges'],
  ...over,
});

const outcomes = (over: Partial<Outcomes> = {}): Outcomes => ({
  categoryId: 'c1',
  status: 'open',
  minutes: '',
  proposed: null,
  decided: null,
  returnComment: null,
  version: 0,
  outcomes: [],
  ...over,
});

describe("the chair's pages", () => {
  it('lists only the categories the person chairs, with links to each page', () => {
    // Arrange
    const category = (id: string, chair: boolean) =>
      ({
        id,
        name: `Award ${id}`,
        chair,
        blindJudging: false,
        programme: { id: 'p1', name: 'SWW 2027', judgingCloseAt: null, timeZone: 'Europe/London' },
        progress: { assigned: 3, submitted: 1, drafts: 0, notStarted: 2 },
        nominations: [],
        conflicts: [],
        recused: { count: 0, bySource: [] },
      }) as Parameters<typeof chairingViewModel>[0][number];

    // Act
    const model = chairingViewModel([category('a', false), category('b', true)]);

    // Assert
    expect(model.categories.map((c) => c.name)).toEqual(['Award b']);
    expect(model.categories[0].links.map((l) => l.href)).toEqual([
      '/chairing/categories/b/results',
      '/chairing/categories/b/progress',
      '/chairing/categories/b/outcomes',
    ]);
  });

  it('shows the ranking as the API gives it, with its flags in words', () => {
    // Arrange
    const tied = nomination(2, { tie: { raw: true, normalised: true, breakBy: 'chair' }, disagreement: true });

    // Act
    const model = resultsViewModel(results({ nominations: [nomination(1), tied] }), 1);

    // Assert
    expect(model.rows[0]).toMatchObject({
      rank: '1',
      reference: 'SWW1-0001',
      weightedScore: '89.00%',
      normalisedScore: '0.900',
      normalisedRank: '1',
      spread: '8.00',
      flags: [],
    });
    expect(model.rows[1].flags.map((f) => f.text)).toEqual(["Tied: the chair's casting decision", 'Judges disagree']);
    expect(model.showNames).toBe(true);
    expect(model.judges.map((j) => [j.name, j.leniency, j.leniencyWords])).toEqual([
      ['Jo Whitfield', '–', 'not enough scorecards to compare'],
      ['Sam Okafor', '+6.20', '6.20 points above the other judges'],
      ['Lee Chen', '−6.20', '6.20 points below the other judges'],
    ]);
  });

  it('shows references only when the API gives no names (a blind category)', () => {
    // Act
    const model = resultsViewModel(results({ nominations: [nomination(1, { nomineeName: null })] }), 1);

    // Assert
    expect(model.showNames).toBe(false);
    expect(model.scoresSvg).not.toContain('Nominee');
  });

  it('pages the ranking and charts only the nominations on the page', () => {
    // Arrange: the API's second page of 50, of 105.
    const second = Array.from({ length: RESULTS_PAGE_SIZE }, (_, i) => nomination(i + 51));

    // Act
    const model = resultsViewModel(results({ nominations: second, nominationsTotal: 105 }), 2);

    // Assert
    expect(model.rows).toHaveLength(RESULTS_PAGE_SIZE);
    expect(model.rows[0].reference).toBe('SWW1-0051');
    expect(model.paging).toMatchObject({ page: 2, pages: 3, first: 51, last: 100, total: 105 });
    expect(model.paging.previous?.href).toBe('/chairing/categories/c1/results?page=1');
    expect(model.paging.next?.href).toBe('/chairing/categories/c1/results?page=3');
    expect(model.scoresTable.rows.map((r) => r.reference)).toEqual(model.rows.map((r) => r.reference));
    expect(model.scoresSvg).toContain('weighted score for nominations 51 to 100');
  });

  it('asks the API for the page of the ranking, page 1 when the page cannot be read', () => {
    // Assert
    expect(resultsPage('3')).toEqual({ page: 3, limit: RESULTS_PAGE_SIZE, offset: 2 * RESULTS_PAGE_SIZE });
    for (const bad of [undefined, '0', '-1', '2.5', 'two', ['1', '2']]) expect(resultsPage(bad).page).toBe(1);
  });

  it("gives each judge a number in the scores chart's key and the same figures in its table", () => {
    // Act
    const model = resultsViewModel(results(), 1);

    // Assert
    expect(model.judgeKey).toEqual([
      { number: 1, name: 'Jo Whitfield' },
      { number: 2, name: 'Sam Okafor' },
      { number: 3, name: 'Lee Chen' },
    ]);
    expect(model.scoresTable.head).toEqual(['1: Jo Whitfield', '2: Sam Okafor', '3: Lee Chen']);
    expect(model.scoresTable.rows[0]).toEqual({
      reference: 'SWW1-0001',
      mean: '89.00%',
      scores: ['None', '93.00%', '85.00%'],
    });
    expect(model.scoresSvg).toContain('SWW1-0001: judge 2 93.00%, judge 3 85.00%');
  });

  it('draws charts that are one image each, with a title and a description of the figures', () => {
    // Act
    const leniency = leniencyChart([
      { name: 'Sam <Okafor>', leniency: 6.2 },
      { name: 'Lee Chen', leniency: -3 },
      { name: 'Jo Whitfield', leniency: null },
    ]);
    const scores = scoresChart([{ reference: 'SWW1-0001', weightedScore: 70, scores: [] }], 'Scores');

    // Assert
    expect(leniency).toMatch(/^<svg [^>]*role="img" aria-labelledby="leniency-chart-title leniency-chart-desc"/);
    expect(leniency).toContain('Sam &#60;Okafor&#62;: 6.20 points above the other judges');
    expect(leniency).toContain('Lee Chen: 3.00 points below the other judges');
    expect(leniency).toContain('>+6.20</text>');
    expect(leniency).toContain('>−3.00</text>');
    expect(leniency).toContain('not enough scorecards');
    expect(scores).toContain('<title id="scores-chart-title">Scores</title>');
    expect(scores).toContain('SWW1-0001: no scorecards yet');
    expect(escapeXml(`"a" & 'b'`)).toBe('&#34;a&#34; &#38; &#39;b&#39;');
    expect(signed(-0.001)).toBe('0.00');
  });

  it('says which judge was reminded, and who still owes scorecards', () => {
    // Act
    const model = progressViewModel(results(), { reminded: 'pm-jo' });

    // Assert
    expect(model.reminded).toBe('We have sent Jo Whitfield a reminder by e-mail');
    expect(model.judges.map((j) => [j.name, j.owed])).toEqual([
      ['Jo Whitfield', 3],
      ['Sam Okafor', 0],
      ['Lee Chen', 0],
    ]);
    expect(progressViewModel(results(), { reminded: 'someone-else' }).reminded).toBeUndefined();
  });

  it('reads the outcomes form into the API body, leaving out nominations given no outcome', () => {
    // Arrange
    const body = {
      minutes: 'We met',
      version: '3',
      'kind-n1': 'winner',
      'citation-n1': 'A fine citation',
      'rationale-n1': 'Top',
      'tieBreakReason-n1': '',
      'kind-n2': 'none',
      'citation-n2': 'ignored',
    };

    // Act
    const sent = outcomesBody(readOutcomesForm(body, ['n1', 'n2', 'n3']));

    // Assert
    expect(sent).toEqual({
      minutes: 'We met',
      version: 3,
      outcomes: [{ nominationId: 'n1', kind: 'winner', citation: 'A fine citation', rationale: 'Top' }],
    });
    expect(outcomesBody(readOutcomesForm({ minutes: '', version: '0' }, ['n1']))).toEqual({
      minutes: '',
      outcomes: [],
    });
  });

  it("puts the validation pipe's messages against the nomination's fields, named by reference", () => {
    // Arrange
    const sent = outcomesBody(
      readOutcomesForm({ 'kind-n2': 'winner', 'kind-n3': 'runner_up', version: '1', minutes: '' }, ['n1', 'n2', 'n3']),
    );
    const error = new ApiError(
      400,
      undefined,
      'outcomes.1.citation must be 10 to 2000 characters; outcomes.0.tieBreakReason tieBreakReason must say why',
      undefined,
    );

    // Act
    const errors = outcomesErrors(
      error,
      sent,
      new Map([
        ['n3', 'SWW1-0003'],
        ['n2', 'SWW1-0002'],
      ]),
    );

    // Assert
    expect(errors.summary).toEqual([
      { text: 'SWW1-0003: citation must be 10 to 2000 characters', href: '#citation-n3' },
      { text: 'SWW1-0002: the casting reason must say why', href: '#tieBreakReason-n2' },
    ]);
    expect(Object.keys(errors.fields)).toEqual(['citation-n3', 'tieBreakReason-n2']);
  });

  it('keeps a domain refusal whole, in the summary', () => {
    // Arrange
    const error = new ApiError(422, 'outcomes.tie_break_needed', 'SWW1-0001 is tied…', undefined);

    // Act
    const errors = outcomesErrors(error, { minutes: '', outcomes: [] }, new Map());

    // Assert
    expect(errors).toEqual({ summary: [{ text: 'SWW1-0001 is tied…' }], fields: {} });
  });

  it("offers the top nominations with what was proposed, asks a casting reason where the rule leaves it to the chair, and shows the director's comment", () => {
    // Arrange
    const tied = nomination(2, { tie: { raw: true, normalised: true, breakBy: 'chair' } });
    const byNormalised = nomination(3, { tie: { raw: true, normalised: false, breakBy: 'normalised' } });
    const unscored = nomination(4, { rank: null, weightedScore: null, scores: [] });
    const returned = outcomes({
      status: 'returned',
      returnComment: 'Say more',
      version: 2,
      minutes: 'Met',
      decided: { by: 'u-dee', at: '2027-03-20T10:00:00Z' },
      outcomes: [
        {
          nominationId: 'n1',
          reference: 'SWW1-0001',
          nomineeName: 'Nominee 1',
          kind: 'winner',
          citation: 'Was great',
          rationale: 'Top',
          tieBreakReason: null,
        },
      ],
    });

    // Act
    const model = outcomesViewModel({
      outcomes: returned,
      results: results({ nominations: [nomination(1), tied, byNormalised, unscored] }),
      timeZone: 'Europe/London',
    });
    const afterRefusal = outcomesViewModel({
      outcomes: returned,
      results: results({ nominations: [nomination(1), tied, byNormalised] }),
      timeZone: 'Europe/London',
      tieRefused: true,
    });

    // Assert
    expect(model.returnComment).toBe('Say more');
    expect(model.status).toBe('Returned by the director on Saturday 20 March 2027 at 10am');
    expect(model.version).toBe('2');
    expect(model.nominations.map((n) => [n.reference, n.kind, n.askCastingReason])).toEqual([
      ['SWW1-0001', 'winner', false],
      ['SWW1-0002', 'none', true],
      ['SWW1-0003', 'none', false],
    ]);
    expect(afterRefusal.nominations.map((n) => n.askCastingReason)).toEqual([false, true, true]);
    expect(
      outcomesViewModel({
        outcomes: returned,
        results: results({
          nominations: [
            nomination(1),
            nomination(2, { publicityConsent: 'refused' }),
            nomination(3, { publicityConsent: 'not_asked' }),
          ],
        }),
        timeZone: 'Europe/London',
      }).nominations.map((n) => [n.consent, n.consentWarning]),
    ).toEqual([
      ['Given', null],
      [
        'Refused',
        'The nominee refused publicity consent: the citation is published with the winners, so do not name them in it.',
      ],
      [
        'Not asked yet',
        'The nominee has not given publicity consent yet: do not name them in the citation unless they give it before the announcement.',
      ],
    ]);
    expect(model.editable).toBe(true);
    expect(
      outcomesViewModel({ outcomes: outcomes({ status: 'approved' }), results: results(), timeZone: 'Europe/London' })
        .editable,
    ).toBe(false);
  });
});
