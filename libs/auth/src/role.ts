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
