import type { Category, MyNomination, Programme } from '../api-client/api-client';
import { formatDateTime } from '../format/date';
import type { SessionUser } from '../auth/session-data';

export interface HomeViewModel {
  pageTitle: string;
  signedIn: boolean;
  userName?: string;
  openProgrammes: {
    name: string;
    description: string;
    closes: string;
    categories: { name: string; description: string }[];
  }[];
  myNominations: { reference: string; nominee: string; category: string; status: string; statusColour: string }[];
  /** The pages of the person's roles: judging, chairing, directing. */
  work: { href: string; text: string; description: string }[];
}

/** Each role's starting page; the API decides what the person may do there. */
const WORK: { role: string; href: string; text: string; description: string }[] = [
  {
    role: 'Awards.Judge',
    href: '/judging',
    text: 'Your judging',
    description: 'Read and score the nominations of your panels',
  },
  {
    role: 'Awards.Chair',
    href: '/chairing',
    text: 'Your panels',
    description: 'Results, judging progress and the outcomes you propose',
  },
  {
    role: 'Awards.Director',
    href: '/directing',
    text: 'Outcomes and announcements',
    description: 'Approve outcomes and set the announcement',
  },
  {
    role: 'Awards.Admin',
    href: '/coordinating',
    text: 'Run the awards',
    description: 'Set up programmes, screen nominations, build panels and follow the messages',
  },
  {
    role: 'Awards.Auditor',
    href: '/auditing',
    text: 'The audit trail',
    description: "Who did what and when, the chain's check, and exports of the trail",
  },
];

/** How each nomination status reads to its nominator, and its tag's colour. */
const STATUS: Record<MyNomination['status'], { text: string; colour: string }> = {
  draft: { text: 'Draft', colour: 'grey' },
  submitted: { text: 'Submitted', colour: 'blue' },
  eligible: { text: 'Eligible for judging', colour: 'green' },
  ineligible: { text: 'Not eligible', colour: 'red' },
  withdrawn: { text: 'Withdrawn', colour: 'orange' },
};

/** What the start page reads of each of my nominations. */
type NominationSummary = Pick<MyNomination, 'id' | 'reference' | 'categoryId' | 'status'> & {
  nominee: Pick<MyNomination['nominee'], 'name' | 'team'>;
};

export function homeViewModel(input: {
  user?: SessionUser;
  programmes?: { programme: Programme; categories: Category[] }[];
  nominations?: NominationSummary[];
}): HomeViewModel {
  const categoryNames = new Map(
    (input.programmes ?? []).flatMap(({ categories }) => categories.map((c) => [c.id, c.name] as const)),
  );
  return {
    pageTitle: input.user ? 'Your awards' : 'Nominate a colleague for an award',
    signedIn: !!input.user,
    userName: input.user?.name,
    openProgrammes: (input.programmes ?? [])
      .filter(({ programme }) => programme.status === 'open')
      .map(({ programme, categories }) => ({
        name: programme.name,
        description: programme.description,
        closes: formatDateTime(programme.nominationsCloseAt, programme.timeZone),
        categories: categories.map((c) => ({ name: c.name, description: c.description })),
      })),
    work: WORK.filter((w) => input.user?.roles.includes(w.role)).map(({ href, text, description }) => ({
      href,
      text,
      description,
    })),
    myNominations: (input.nominations ?? []).map((n) => {
      const status = STATUS[n.status];
      return {
        reference: n.reference,
        nominee: n.nominee.name ?? n.nominee.team ?? 'Not named yet',
        category: categoryNames.get(n.categoryId) ?? '',
        status: status.text,
        statusColour: status.colour,
      };
    }),
  };
}
