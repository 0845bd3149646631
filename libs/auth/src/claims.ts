/**
 * What Commend takes from a verified access token's claims, and which claims it trusts for
 * what (docs/entra-id.md, "Which claims Commend trusts"). The one place claims become the
 * stored identity of a user.
 */

/** Control characters (C0, DEL, C1): PostgreSQL refuses NUL, and none belongs in a name or address. */
const CONTROL = /\p{Cc}/gu;
const ADDRESS = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const MAX_NAME = 200;
const MAX_ADDRESS = 320;

export interface IdentityClaims {
  tenantId: string;
  objectId: string;
  displayName: string;
  /**
   * The sign-in name (UPN, from `preferred_username`) of a member of the tenant, lower-cased:
   * the tenant's administrators set it and it is unique in the tenant, so pending panel
   * panel memberships and admins' look-ups by address match on it. Null for guests and when absent.
   */
  username: string | null;
  /** An address to write to, only from a claim Entra ID vouches for (see `identityFromClaims`). */
  email: string | null;
}

/** A display name without control characters (a tab or line break becomes a space), or null. */
export function cleanName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value
    .replace(/[\t\n\v\f\r\u0085]/g, ' ')
    .replace(CONTROL, '')
    .replace(/\s+/g, ' ')
    .trim();
  return name ? name.slice(0, MAX_NAME) : null;
}

/**
 * A lower-cased address, or null when it is not one. One with a control character is not
 * cleaned but dropped, and none is truncated: either could turn it into someone else's.
 */
export function cleanAddress(value: unknown): string | null {
  if (typeof value !== 'string' || /\p{Cc}/u.test(value)) return null;
  const address = value.trim().toLowerCase();
  return address.length <= MAX_ADDRESS && ADDRESS.test(address) ? address : null;
}

/** `xms_edov`: Entra ID's optional claim that the `email` domain's owner is verified. */
const isTrue = (value: unknown): boolean => value === true || value === 1 || value === 'true' || value === '1';

/**
 * A guest (B2B) token carries `idp`, the guest's home issuer; a member's carries none, or the
 * tenant's own. A guest's `preferred_username` is set outside this tenant, so it is not trusted.
 */
function isMember(claims: Record<string, unknown>, tenantId: string): boolean {
  const idp = claims.idp;
  if (idp === undefined) return true;
  if (typeof idp !== 'string') return false;
  const own = [
    claims.iss,
    `https://sts.windows.net/${tenantId}/`,
    `https://login.microsoftonline.com/${tenantId}/v2.0`,
  ];
  return own.some((issuer) => typeof issuer === 'string' && issuer.toLowerCase() === idp.toLowerCase());
}

/**
 * The stored identity from a verified token of the configured tenant (`tid` and `oid`
 * already checked). The `email` claim is not verified by Entra ID (anyone who can edit a
 * user's mail attribute sets it: the "nOAuth" flaw), so it is used only with `xms_edov`
 * true; otherwise the address is the member's sign-in name.
 */
export function identityFromClaims(
  claims: Record<string, unknown>,
  tenantId: string,
  objectId: string,
): IdentityClaims {
  const username = isMember(claims, tenantId) ? cleanAddress(claims.preferred_username) : null;
  const verifiedEmail = isTrue(claims.xms_edov) ? cleanAddress(claims.email) : null;
  return {
    tenantId,
    objectId,
    displayName: cleanName(claims.name) ?? 'Unnamed user',
    username,
    email: verifiedEmail ?? username,
  };
}
