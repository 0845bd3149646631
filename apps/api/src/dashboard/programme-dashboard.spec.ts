import { dashboardOf, dayIn, daysBetween, type DashboardFacts } from './programme-dashboard';

const facts = (over: Partial<DashboardFacts> = {}): DashboardFacts => ({
  programmeId: 'p1',
  timeZone: 'Europe/London',
  closeDay: '2027-03-10',
  today: '2027-03-03',
  categories: [
    { id: 'c1', name: 'Safeguarding Award' },
    { id: 'c2', name: 'Team of the Year' },
  ],
  nominations: [],
  judging: new Map(),
  notifications: [],
  ...over,
});
const zero = { draft: 0, submitted: 0, eligible: 0, ineligible: 0, withdrawn: 0 };

describe('dashboardOf', () => {
  it('has no days before the first nomination', () => {
    const view = dashboardOf(facts());

    expect(view.days).toEqual([]);
    expect(view.categories.map((c) => c.nominations)).toEqual([zero, zero]);
    expect(view.notifications).toEqual({ pending: 0, sent: 0, failed: 0, byKind: [] });
  });

  it('runs from the first nomination to today while open, every category on every day', () => {
    const view = dashboardOf(
      facts({
        nominations: [
          { day: '2027-03-01', categoryId: 'c1', status: 'eligible', count: 2 },
          { day: '2027-03-03', categoryId: 'c1', status: 'submitted', count: 1 },
          { day: '2027-03-03', categoryId: 'c2', status: 'draft', count: 4 },
        ],
      }),
    );

    expect(view.days.map((d) => d.date)).toEqual(['2027-03-01', '2027-03-02', '2027-03-03']);
    expect(view.days[1].categories).toEqual([
      { categoryId: 'c1', ...zero },
      { categoryId: 'c2', ...zero },
    ]);
    expect(view.days[2].categories).toEqual([
      { categoryId: 'c1', ...zero, submitted: 1 },
      { categoryId: 'c2', ...zero, draft: 4 },
    ]);
    expect(view.categories.map((c) => c.nominations)).toEqual([
      { ...zero, eligible: 2, submitted: 1 },
      { ...zero, draft: 4 },
    ]);
  });

  it('stops at the close once it has passed', () => {
    const view = dashboardOf(
      facts({
        today: '2027-04-20',
        nominations: [{ day: '2027-03-08', categoryId: 'c1', status: 'eligible', count: 1 }],
      }),
    );

    expect(view.days.map((d) => d.date)).toEqual(['2027-03-08', '2027-03-09', '2027-03-10']);
  });

  it('gives each category its judging progress, zeros without a panel', () => {
    const judging = new Map([
      ['c1', { categoryId: 'c1', judges: 3, expected: 12, submitted: 5, drafts: 2, conflicts: 1 }],
    ]);

    const view = dashboardOf(facts({ judging }));

    expect(view.categories.map((c) => c.judging)).toEqual([
      { judges: 3, expected: 12, submitted: 5, drafts: 2, conflicts: 1 },
      { judges: 0, expected: 0, submitted: 0, drafts: 0, conflicts: 0 },
    ]);
  });

  it('totals the messages and keeps them by kind', () => {
    const view = dashboardOf(
      facts({
        notifications: [
          { kind: 'nomination.receipt', status: 'sent', count: 4 },
          { kind: 'nomination.receipt', status: 'failed', count: 1 },
          { kind: 'panel.assignment', status: 'pending', count: 2 },
        ],
      }),
    );

    expect(view.notifications).toEqual({
      pending: 2,
      sent: 4,
      failed: 1,
      byKind: [
        { kind: 'nomination.receipt', pending: 0, sent: 4, failed: 1 },
        { kind: 'panel.assignment', pending: 2, sent: 0, failed: 0 },
      ],
    });
  });
});

describe('days', () => {
  it('counts a day in the programme’s time zone', () => {
    expect(dayIn(new Date('2027-03-01T11:30:00Z'), 'Pacific/Auckland')).toBe('2027-03-02');
    expect(dayIn(new Date('2027-03-01T23:30:00Z'), 'Europe/London')).toBe('2027-03-01');
  });

  it('lists calendar days across a change of the clocks', () => {
    expect(daysBetween('2027-03-27', '2027-03-29')).toEqual(['2027-03-27', '2027-03-28', '2027-03-29']);
  });
});
