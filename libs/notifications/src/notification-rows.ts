import type { EntityManager } from 'typeorm';

/** A subject access export's part in this lib: the messages made for this address, oldest first. */
export function messagesTo(manager: EntityManager, email: string): Promise<Record<string, unknown>[]> {
  return manager.query(
    `SELECT kind, subject, status, created_at AS "createdAt", sent_at AS "sentAt", text
     FROM notifications WHERE recipient = $1 ORDER BY created_at`,
    [email],
  );
}

/** How many of a programme's messages of one kind are in one state. */
export interface NotificationCount {
  kind: string;
  status: string;
  count: number;
}

/** A programme's messages counted by kind and state (pending, sent, failed). */
export function notificationCountsOf(manager: EntityManager, programmeId: string): Promise<NotificationCount[]> {
  return manager.query<NotificationCount[]>(
    `SELECT kind, status, count(*)::int AS count FROM notifications WHERE programme_id = $1
     GROUP BY kind, status ORDER BY kind, status`,
    [programmeId],
  );
}
