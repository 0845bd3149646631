import type { Category, Programme } from '../api-client/api-client';
import { homeViewModel } from './home.view-model';

const programme = (over: Partial<Programme>): Programme =>
  ({
    id: 'p1',
    name: 'Social Work Week 2027 Awards',
    description: 'Celebrating social work',
    status: 'open',
    timeZone: 'Europe/London',
    nominationsCloseAt: '2027-03-19T17:00:00Z',
    ...over,
  }) as Programme;
const category = (over: Partial<Category>): Category =>
  ({
    id: 'c1',
    programmeId: 'p1',
    name: 'Safeguarding Award',
    description: 'Keeping people safe',
    ...over,
  }) as Category;

describe('homeViewModel', () => {
  it('asks a visitor to sign in and lists nothing', () => {
    const model = homeViewModel({});

    expect(model).toMatchObject({ signedIn: false, openProgrammes: [], myNominations: [] });
  });

  it("links each of the person's roles to its pages, and a colleague with no role to none", () => {
    expect(homeViewModel({ user: { name: 'Alex Morgan', roles: [] } }).work).toEqual([]);

    const chair = homeViewModel({ user: { name: 'Jo Whitfield', roles: ['Awards.Judge', 'Awards.Chair'] } });

    expect(chair.work.map((w) => w.href)).toEqual(['/judging', '/chairing']);
  });

  it('lists only open programmes, with their categories and the closing time in words', () => {
    const model = homeViewModel({
      user: { name: 'Alex Morgan', roles: [] },
      programmes: [
        { programme: programme({}), categories: [category({})] },
        { programme: programme({ id: 'p2', name: 'Draft one', status: 'draft' }), categories: [] },
      ],
    });

    expect(model.userName).toBe('Alex Morgan');
    expect(model.openProgrammes).toEqual([
      {
        name: 'Social Work Week 2027 Awards',
        description: 'Celebrating social work',
        closes: 'Friday 19 March 2027 at 5pm',
        categories: [{ name: 'Safeguarding Award', description: 'Keeping people safe' }],
      },
    ]);
  });

  it('shows my nominations with their category and status as the nominator reads it', () => {
    const nominations = [
      {
        id: 'n1',
        reference: 'SWW27-0042',
        categoryId: 'c1',
        status: 'submitted' as const,
        nominee: { name: 'Jo Bloggs', team: null },
      },
      {
        id: 'n2',
        reference: 'SWW27-0043',
        categoryId: 'c1',
        status: 'draft' as const,
        nominee: { name: null, team: 'Night team' },
      },
    ];

    const model = homeViewModel({
      user: { name: 'Alex Morgan', roles: [] },
      programmes: [{ programme: programme({}), categories: [category({})] }],
      nominations,
    });

    expect(model.myNominations).toEqual([
      {
        reference: 'SWW27-0042',
        nominee: 'Jo Bloggs',
        category: 'Safeguarding Award',
        status: 'Submitted',
        statusColour: 'blue',
      },
      {
        reference: 'SWW27-0043',
        nominee: 'Night team',
        category: 'Safeguarding Award',
        status: 'Draft',
        statusColour: 'grey',
      },
    ]);
  });
});
