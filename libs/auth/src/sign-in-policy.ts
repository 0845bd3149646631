import type { AppConfig } from '@commend/core';
import type { IdentityClaims } from './claims';

type Boundary = Pick<AppConfig['auth'], 'allowedEmailDomains' | 'requiredRole' | 'requiredGroup'>;

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1);

/**
 * Who may sign in at all. The tenant is not the boundary (NHSmail is one tenant for the
 * whole NHS), so each setting that is set must hold: a verified address in an allowed
 * domain, the required app role, the required group. Returns why a person is refused, in
 * words for them, or null.
 */
export function signInRefusal(
  boundary: Boundary,
  identity: Pick<IdentityClaims, 'username' | 'email'>,
  claims: Record<string, unknown>,
): string | null {
  const { allowedEmailDomains, requiredRole, requiredGroup } = boundary;
  if (allowedEmailDomains.length > 0) {
    // Only verified addresses count: the plain `email` claim is anyone's to set.
    const domains = [identity.username, identity.email].filter((a): a is string => a !== null).map(domainOf);
    if (domains.length === 0) return 'Commend cannot tell which organisation your account belongs to';
    if (!domains.some((d) => allowedEmailDomains.includes(d))) {
      return `accounts of ${domains[0]} are not among the organisations this Commend is open to`;
    }
  }
  if (requiredRole !== undefined) {
    const roles = Array.isArray(claims.roles) ? claims.roles : [];
    if (!roles.includes(requiredRole))
      return `your account has not been given access to Commend (the ${requiredRole} role)`;
  }
  if (requiredGroup !== undefined) {
    const groups = Array.isArray(claims.groups) ? claims.groups : [];
    if (!groups.some((g) => typeof g === 'string' && g.toLowerCase() === requiredGroup)) {
      // Past 200 groups Entra ID leaves `groups` out and says so in `hasgroups`/`_claim_names`.
      return claims.hasgroups !== undefined || claims._claim_names !== undefined
        ? 'your account is in too many groups for Commend to check the one that gives access'
        : 'your account is not in the group that gives access to Commend';
    }
  }
  return null;
}
