import type { AuthUser } from '../auth-user';
import { Role } from '../role';

/** `GET /me`: the signed-in user and the roles in this token (the browser app's menu reads them). */
export class MeView implements AuthUser {
  id: string;
  tenantId: string;
  objectId: string;
  displayName: string;
  /** The verified sign-in name (UPN) of a member of the tenant. */
  username: string | null;
  email: string | null;
  roles: Role[];
}
