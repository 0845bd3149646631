import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DEMO_USERS, type DemoUser } from './demo-users';

/** The app roles a tester can give a person they add (libs/auth's Role values). */
export const ROLES = ['Awards.Admin', 'Awards.Judge', 'Awards.Chair', 'Awards.Director', 'Awards.Auditor'];

export interface NewPerson {
  name: string;
  email: string;
  roles: string[];
}

/** What is wrong with a person a tester typed, by field, in words to act on. */
export type PersonErrors = Partial<Record<'name' | 'email' | 'roles', string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkPerson(person: NewPerson): PersonErrors {
  const errors: PersonErrors = {};
  if (!person.name.trim()) errors.name = 'Enter the person’s name';
  else if (person.name.length > 100) errors.name = 'The name must be 100 characters or fewer';
  if (!person.email.trim()) errors.email = 'Enter the person’s e-mail address';
  else if (!EMAIL.test(person.email) || person.email.length > 200) {
    errors.email = 'Enter an e-mail address in the correct format, like name@example.nhs.uk';
  }
  const unknown = person.roles.filter((r) => !ROLES.includes(r));
  if (unknown.length) errors.roles = `Choose roles from the list (not ${unknown.join(', ')})`;
  return errors;
}

/**
 * The demo people plus those testers added on the sign-in page, kept in the issuer's data
 * folder so a person added once keeps their identity (and their rows in the API) across restarts.
 */
export class People {
  private added: DemoUser[];

  constructor(private readonly file: string) {
    this.added = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoUser[]) : [];
  }

  all(): DemoUser[] {
    return [...DEMO_USERS, ...this.added];
  }

  find(key: string): DemoUser | undefined {
    return this.all().find((p) => p.key === key);
  }

  /** Adds (or, for an e-mail added before, updates) a person; their oid follows from the e-mail. */
  add(person: NewPerson): DemoUser {
    const email = person.email.trim().toLowerCase();
    const oid = oidFor(email);
    const user: DemoUser = {
      key: oid,
      oid,
      name: person.name.trim(),
      email,
      roles: person.roles,
      description: 'Added on the sign-in page',
    };
    this.added = [...this.added.filter((p) => p.oid !== oid), user];
    writeFileSync(this.file, JSON.stringify(this.added, null, 2), { mode: 0o600 });
    return user;
  }
}

/** A GUID (the API insists oid is one) derived from the e-mail, so the same e-mail is the same person. */
function oidFor(email: string): string {
  const hex = createHash('sha256').update(`commend-dev-idp:${email}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
