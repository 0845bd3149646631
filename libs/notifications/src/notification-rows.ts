import type { EntityManager } from 'typeorm';

/** A subject access export's part in this lib: the messages made for this address, oldest first. */
export function messagesTo(manager: EntityManager, email: string): Promise<Record<string, unknown>[]> {
  return manager.query(
    `SELECT kind, subject, status, created_at AS "createdAt", sent_at AS "sentAt", text
     FROM notifications WHERE recipient = $1 ORDER BY created_at`,
    [email],
  );
}
