import type { Category, Programme } from '@commend/programmes';
import type { Nomination } from '../entities/nomination.entity';
import type { ScanOptions } from './privacy-scanner';

/**
 * What the privacy check of one nomination may take as legitimate: the nominee's and team members' own names and
 * e-mail addresses, the team's name, the award's and the programme's names, and the programme's own local
 * identifier patterns. The statement scan and the evidence check both use this, so they agree on what is a finding.
 */
export function scanOptionsFor(
  nomination: Pick<Nomination, 'nomineeName' | 'nomineeEmail' | 'nomineeTeam' | 'teamMembers'>,
  programme: Pick<Programme, 'name' | 'privacyLocalIdentifiers'>,
  category: Pick<Category, 'name'>,
): ScanOptions {
  const present = (values: (string | null | undefined)[]) => values.filter((v): v is string => !!v && !!v.trim());
  return {
    allowedEmails: present([nomination.nomineeEmail, ...nomination.teamMembers.map((m) => m.email)]),
    allowedNames: present([
      nomination.nomineeName,
      nomination.nomineeTeam,
      ...nomination.teamMembers.map((m) => m.name),
      category.name,
      programme.name,
    ]),
    localIdentifiers: programme.privacyLocalIdentifiers ?? [],
  };
}
