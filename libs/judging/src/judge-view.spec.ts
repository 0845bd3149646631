import type { Evidence, Nomination, NominationStatement } from '@commend/nominations';
import type { Category } from '@commend/programmes';
import { judgeView } from './judge-view';

const evidence = (id: string, type: Evidence['type'], size: number, at: string): Evidence =>
  ({ id, fileName: `Sam Patel ${id}.${type}`, type, size, createdAt: new Date(at) }) as Evidence;

const nomination = {
  id: 'n1',
  reference: 'SWW27-0042',
  programmeId: 'p1',
  categoryId: 'c1',
  nomineeName: 'Sam Patel',
  nomineeEmail: null,
  nomineeJobTitle: null,
  nomineeTeam: null,
  teamMembers: [],
  statements: [] as NominationStatement[],
  evidence: [evidence('e2', 'text', 300, '2027-03-01T10:00:00Z'), evidence('e1', 'pdf', 2048, '2027-03-01T09:00:00Z')],
} as unknown as Nomination & { statements: NominationStatement[]; evidence: Evidence[] };

const category = (blind: boolean) =>
  ({
    id: 'c1',
    name: 'Safeguarding Award',
    nomineeType: 'individual',
    effectiveBlindJudging: blind,
    criteria: [],
  }) as unknown as Category;
const nominator = { displayName: 'Alex Morgan', email: 'alex.morgan@example.nhs.uk' };
const copies = new Map([['e1', { type: 'png' as const, size: 99 }]]);

describe('judgeView: evidence', () => {
  it('lists a blind category’s files as what the judge downloads: the redacted copy’s type and size, under a neutral name', () => {
    const view = judgeView(nomination, nominator, category(true), null, copies);

    expect(view.evidence).toEqual([
      { id: 'e1', fileName: 'SWW27-0042-evidence-1.png', type: 'png', size: 99 },
      { id: 'e2', fileName: 'SWW27-0042-evidence-2.txt', type: 'text', size: 300 },
    ]);
  });

  it('ignores redacted copies outside a blind category: the judge gets the original, by its name', () => {
    const view = judgeView(nomination, nominator, category(false), null, copies);

    expect(view.evidence).toEqual([
      { id: 'e1', fileName: 'Sam Patel e1.pdf', type: 'pdf', size: 2048 },
      { id: 'e2', fileName: 'Sam Patel e2.text', type: 'text', size: 300 },
    ]);
  });
});
