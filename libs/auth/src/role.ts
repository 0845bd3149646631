/** Entra ID app role values, as they arrive in the access token's `roles` claim. */
export enum Role {
  Admin = 'Awards.Admin',
  Judge = 'Awards.Judge',
  Chair = 'Awards.Chair',
  Director = 'Awards.Director',
  Auditor = 'Awards.Auditor',
}

const KNOWN = new Set<string>(Object.values(Role));

export function rolesFromClaim(claim: unknown): Role[] {
  if (!Array.isArray(claim)) return [];
  return claim.filter((value): value is Role => typeof value === 'string' && KNOWN.has(value));
}

/**
 * Whether the user holds any of `roles` in this token. The one role check: services, the
 * guard and the queue board all ask it, so "who has a role" has one meaning.
 */
export function hasRole(user: { readonly roles: readonly Role[] }, ...roles: Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}
