import type { EntityManager } from 'typeorm';

/** A subject access export's part in this lib: what these accounts did, in the trail's order. */
export function actionsOf(manager: EntityManager, userIds: string[]): Promise<Record<string, unknown>[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return manager.query(
    `SELECT a.occurred_at AS "at", a.action, a.entity_type AS "entityType", a.entity_id AS "entityId"
     FROM audit_records a WHERE a.actor_id = ANY($1::uuid[]) ORDER BY a.seq`,
    [userIds],
  );
}
