/** The people of the demo: one for every role, and colleagues with none. */
export interface DemoUser {
  key: string;
  oid: string;
  name: string;
  email: string;
  roles: string[];
  description: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    key: 'alex',
    oid: 'a1e0c0de-0000-4000-8000-000000000001',
    name: 'Alex Morgan',
    email: 'alex.morgan@example.nhs.uk',
    roles: [],
    description: 'Social worker: nominates colleagues',
  },
  {
    key: 'bola',
    oid: 'a1e0c0de-0000-4000-8000-000000000002',
    name: 'Bola Adeyemi',
    email: 'bola.adeyemi@example.nhs.uk',
    roles: [],
    description: 'Senior practitioner: nominates colleagues',
  },
  {
    key: 'priya',
    oid: 'a1e0c0de-0000-4000-8000-000000000003',
    name: 'Priya Shah',
    email: 'priya.shah@example.nhs.uk',
    roles: ['Awards.Admin'],
    description: 'Awards coordinator',
  },
  {
    key: 'sam',
    oid: 'a1e0c0de-0000-4000-8000-000000000004',
    name: 'Sam Okafor',
    email: 'sam.okafor@example.nhs.uk',
    roles: ['Awards.Judge'],
    description: 'Judge',
  },
  {
    key: 'lee',
    oid: 'a1e0c0de-0000-4000-8000-000000000005',
    name: 'Lee Chen',
    email: 'lee.chen@example.nhs.uk',
    roles: ['Awards.Judge'],
    description: 'Judge',
  },
  {
    key: 'jo',
    oid: 'a1e0c0de-0000-4000-8000-000000000006',
    name: 'Jo Whitfield',
    email: 'jo.whitfield@example.nhs.uk',
    roles: ['Awards.Judge', 'Awards.Chair'],
    description: 'Panel chair',
  },
  {
    key: 'dee',
    oid: 'a1e0c0de-0000-4000-8000-000000000007',
    name: 'Dee Harrington',
    email: 'dee.harrington@example.nhs.uk',
    roles: ['Awards.Director'],
    description: 'Director of Adult Social Care',
  },
  {
    key: 'ana',
    oid: 'a1e0c0de-0000-4000-8000-000000000008',
    name: 'Ana Kowalska',
    email: 'ana.kowalska@example.nhs.uk',
    roles: ['Awards.Auditor'],
    description: 'Governance and audit',
  },
];
