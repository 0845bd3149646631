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

/** Each account's display name and work e-mail, for a report that names people (the coordinator's exports). */
export async function namesOf(
  manager: EntityManager,
  userIds: string[],
): Promise<Map<string, { displayName: string; email: string | null }>> {
  if (userIds.length === 0) return new Map();
  const rows = await manager.query<{ id: string; displayName: string; email: string | null }[]>(
    'SELECT id, display_name AS "displayName", email FROM users WHERE id = ANY($1::uuid[])',
    [[...new Set(userIds)]],
  );
  return new Map(rows.map(({ id, ...names }) => [id, names]));
}
