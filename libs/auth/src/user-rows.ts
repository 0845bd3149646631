import type { EntityManager } from 'typeorm';

export interface AccountHeld {
  id: string;
  displayName: string;
  email: string | null;
  createdAt: Date;
}

/**
 * The accounts with this work e-mail, for a subject access export: a person may have more than
 * one (the identity is tenant and object id; the e-mail only refreshes), and every one is theirs.
 */
export function accountsByEmail(manager: EntityManager, email: string): Promise<AccountHeld[]> {
  return manager.query<AccountHeld[]>(
    `SELECT id, display_name AS "displayName", email, created_at AS "createdAt" FROM users WHERE email = $1`,
    [email],
  );
}
