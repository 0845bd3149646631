import type { EntityManager } from 'typeorm';
import type { OutboxEvent } from './outbox-event.entity';

/** The SQL the worker's relay and events processor run over the outbox, kept beside its table. */

/**
 * Claims up to `limit` committed events not yet relayed, oldest first, with FOR UPDATE SKIP
 * LOCKED: several relays side by side never take the same event. Held until the caller commits.
 */
export async function claimPendingEvents(manager: EntityManager, limit: number): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT id FROM outbox_events WHERE relayed_at IS NULL
     ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
  return rows.map((r) => r.id);
}

export async function markEventsRelayed(manager: EntityManager, ids: string[]): Promise<void> {
  await manager.query('UPDATE outbox_events SET relayed_at = now() WHERE id = ANY($1::uuid[])', [ids]);
}

/** One event, as the processors read it, or undefined when there is none with this id. */
export async function findOutboxEvent(
  manager: EntityManager,
  id: string,
): Promise<Pick<OutboxEvent, 'id' | 'type' | 'payload'> | undefined> {
  const [event] = await manager.query<Pick<OutboxEvent, 'id' | 'type' | 'payload'>[]>(
    'SELECT id, type, payload FROM outbox_events WHERE id = $1',
    [id],
  );
  return event;
}
