import type { Role } from './role';

/** The signed-in user attached to a request: the stored user plus this token's roles. */
export interface AuthUser {
  id: string;
  tenantId: string;
  objectId: string;
  displayName: string;
  email: string | null;
  roles: Role[];
}
