import type { Programme, ProgrammeDashboard } from './dashboard-api';
import { nominationsChart } from './dashboard-chart';
import { dashboardViewModel } from './dashboard.view-model';

const programme = {
  id: '6f1c2b9e-0000-4000-8000-000000000001',
  name: 'Social Work Week 2027 Awards',
  timeZone: 'Europe/London',
} as Programme;
const zero = { draft: 0, submitted: 0, eligible: 0, ineligible: 0, withdrawn: 0 };

const dashboard: ProgrammeDashboard = {
  programmeId: programme.id,
  timeZone: 'Europe/London',
  days: [
    {
      date: '2027-03-01',
      categories: [
        { categoryId: 'c1', ...zero, eligible: 2, draft: 1 },
        { categoryId: 'c2', ...zero, submitted: 1 },
      ],
    },
    {
      date: '2027-03-02',
      categories: [
        { categoryId: 'c1', ...zero },
        { categoryId: 'c2', ...zero },
      ],
    },
  ],
  categories: [
    {
      categoryId: 'c1',
      name: 'Safeguarding Award',
      nominations: { ...zero, eligible: 2, draft: 1 },
      judging: { judges: 2, expected: 4, submitted: 1, drafts: 2, conflicts: 0 },
    },
    {
      categoryId: 'c2',
      name: 'Team of the Year',
      nominations: { ...zero, submitted: 1 },
      judging: { judges: 0, expected: 0, submitted: 0, drafts: 0, conflicts: 0 },
    },
  ],
  notifications: {
    pending: 1,
    sent: 5,
    failed: 2,
    byKind: [
      { kind: 'nomination.receipt', pending: 0, sent: 5, failed: 2 },
      { kind: 'some.new_kind', pending: 1, sent: 0, failed: 0 },
    ],
  },
};

describe('dashboardViewModel', () => {
  const view = dashboardViewModel(programme, dashboard, new Date('2027-03-02T09:30:00Z'));

  it('sums the categories into one row per day, in words, with the totals', () => {
    expect(view.statuses).toEqual(['Eligible', 'Submitted, not screened', 'Ineligible', 'Draft', 'Withdrawn']);
    expect(view.days).toEqual([
      { text: 'Monday 1 March 2027', counts: [2, 1, 0, 1, 0], total: 4 },
      { text: 'Tuesday 2 March 2027', counts: [0, 0, 0, 0, 0], total: 0 },
    ]);
    expect(view.dayTotals).toEqual({ text: 'Total', counts: [2, 1, 0, 1, 0], total: 4 });
    expect(view.asAt).toBe('Tuesday 2 March 2027 at 9:30am');
  });

  it('gives each category its nominations and its panel’s progress', () => {
    expect(view.categories).toEqual([
      { text: 'Safeguarding Award', counts: [2, 0, 0, 1, 0], total: 3 },
      { text: 'Team of the Year', counts: [0, 1, 0, 0, 0], total: 1 },
    ]);
    expect(view.judging[0]).toEqual({
      name: 'Safeguarding Award',
      judges: 2,
      expected: 4,
      submitted: 1,
      drafts: 2,
      stillToSubmit: 3,
      conflicts: 0,
    });
  });

  it('names the messages in words and links to the programme’s failed ones', () => {
    expect(view.notifications).toEqual({
      sent: 5,
      failed: 2,
      pending: 1,
      byKind: [
        { text: 'Receipts to nominators', sent: 5, failed: 2, pending: 0 },
        { text: 'some.new_kind', sent: 0, failed: 0, pending: 1 },
      ],
    });
    expect(view.failedHref).toBe(`/coordinating/notifications?programmeId=${programme.id}`);
  });

  it('draws the chart as one image whose description gives every figure', () => {
    expect(view.chartSvg).toMatch(
      /^<svg [^>]*role="img" aria-labelledby="nominations-chart-title nominations-chart-desc"/,
    );
    expect(view.chartSvg).toContain(
      '<desc id="nominations-chart-desc">Monday 1 March 2027: 4 (eligible 2, submitted, not screened 1, draft 1); Tuesday 2 March 2027: 0.</desc>',
    );
  });
});

describe('nominationsChart', () => {
  it('says so when there is nothing to draw, and escapes what it writes', () => {
    const empty = nominationsChart([]);
    const odd = nominationsChart([{ label: '<Monday>', short: '1 Mar', counts: { ...zero, draft: 1 } }]);

    expect(empty).toContain('<desc id="nominations-chart-desc">No nominations yet.</desc>');
    expect(odd).toContain('&#60;Monday&#62;: 1 (draft 1)');
    expect(odd).not.toContain('<Monday>');
  });

  it('stacks a bar per day, tallest with its total in text', () => {
    const svg = nominationsChart([
      { label: 'a', short: '1 Mar', counts: { ...zero, eligible: 3, submitted: 2 } },
      { label: 'b', short: '2 Mar', counts: { ...zero } },
    ]);

    // Two segments for the first day, none for the empty one (plus the legend's five swatches).
    expect(svg.match(/<rect /g)).toHaveLength(5 + 2);
    expect(svg).toMatch(/>5<\/text>/);
    expect(svg).toContain('>2 Mar</text>');
  });
});
