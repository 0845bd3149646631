import type { Role } from './role';

/** The signed-in user attached to a request: the stored user plus this token's roles. */
export interface AuthUser {
  id: string;
  tenantId: string;
  objectId: string;
  displayName: string;
  /** The verified sign-in name (UPN) of a member of the tenant; see claims.ts. */
  username: string | null;
  email: string | null;
  roles: Role[];
}
