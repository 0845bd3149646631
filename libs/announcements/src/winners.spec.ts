import { publicCategories, type WinnerRow } from './winners';

const row = (over: Partial<WinnerRow>): WinnerRow => ({
  nominationId: 'n',
  categoryId: 'c1',
  category: 'Team of the Year',
  categoryPosition: 0,
  kind: 'winner',
  citation: 'For the work.',
  nomineeName: 'Rapid Response Team',
  nomineeTeam: 'Adult Social Care',
  nomineeType: 'team',
  publicityConsent: 'not_asked',
  ...over,
});

describe('publicCategories', () => {
  it('shows a team award by the team, whether or not its members consented', () => {
    const [category] = publicCategories({ categories: [{ id: 'c1', name: 'Team of the Year' }], outcomes: [row({})] });
    expect(category.awards).toEqual([
      { kind: 'winner', nomineeName: 'Rapid Response Team', team: 'Adult Social Care', citation: 'For the work.' },
    ]);
  });

  it('does not name a person without consent, and credits their team', () => {
    const [category] = publicCategories({
      categories: [{ id: 'c1', name: 'Safeguarding Award' }],
      outcomes: [row({ nomineeType: 'individual', nomineeName: 'Sam Patel', nomineeTeam: 'Children in Need East' })],
    });
    expect(category.awards[0]).toMatchObject({ nomineeName: null, team: 'Children in Need East' });
  });

  it('keeps two categories of the same name apart', () => {
    const categories = publicCategories({
      categories: [
        { id: 'c1', name: 'Team of the Year' },
        { id: 'c2', name: 'Team of the Year' },
      ],
      outcomes: [
        row({ nominationId: 'a', categoryId: 'c1' }),
        row({ nominationId: 'b', categoryId: 'c1', kind: 'runner_up' }),
        row({ nominationId: 'c', categoryId: 'c2' }),
      ],
    });
    expect(categories.map((c) => c.awards.length)).toEqual([2, 1]);
  });
});
