import { readinessOf, type ReadinessFacts } from './programme-readiness';

const now = new Date('2027-01-10T09:00:00Z');
const facts = (over: Partial<ReadinessFacts> = {}): ReadinessFacts => ({
  programmeId: 'p1',
  nominationsCloseAt: new Date('2027-02-01T17:00:00Z'),
  categories: [{ id: 'c1', name: 'Safeguarding Award', criteria: 2, hasPanel: true }],
  now,
  ...over,
});

describe('readinessOf', () => {
  it('is ready when every category has criteria and a panel and the close time is ahead', () => {
    expect(readinessOf(facts())).toEqual({ programmeId: 'p1', ready: true, problems: [], warnings: [] });
  });

  it('refuses a programme without categories, or whose close time has passed', () => {
    const view = readinessOf(facts({ categories: [], nominationsCloseAt: now }));

    expect(view.ready).toBe(false);
    expect(view.problems.map((p) => p.code)).toEqual(['programme.no_categories', 'programme.close_passed']);
  });

  it('names the category without criteria as a problem and the one without a panel as a warning', () => {
    const view = readinessOf(
      facts({
        categories: [
          { id: 'c1', name: 'Safeguarding Award', criteria: 0, hasPanel: true },
          { id: 'c2', name: 'Team of the Year', criteria: 1, hasPanel: false },
        ],
      }),
    );

    expect(view.ready).toBe(false);
    expect(view.problems).toEqual([
      {
        code: 'category.no_criteria',
        message: 'Safeguarding Award has no criteria: add at least one criterion for nominators to answer',
        categoryId: 'c1',
      },
    ]);
    expect(view.warnings).toEqual([expect.objectContaining({ code: 'category.no_panel', categoryId: 'c2' })]);
  });
});
