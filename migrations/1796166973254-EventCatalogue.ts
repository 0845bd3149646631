import { MigrationInterface, QueryRunner } from 'typeorm';

/** Event types renamed by the catalogue (`libs/core/src/outbox/event-catalogue.ts`): old → new. */
const EVENT_RENAMES: [string, string][] = [
  ['programme.open', 'programme.opened'],
  ['judging.reminder', 'judging.deadline_neared'],
  ['notification.resend', 'notification.resend_requested'],
];

/** Notification kinds that were also, or looked like, event types (`notification-kinds.ts`): old → new. */
const KIND_RENAMES: [string, string][] = [
  ['panel.assigned', 'panel.assignment'],
  ['judging.reminder', 'judging.deadline_reminder'],
  ['outcome.awarded', 'outcomes.awarded'],
  ['outcome.thanks_nominee', 'outcomes.thanks_nominee'],
  ['outcome.nominator', 'outcomes.nominator'],
  ['outcome.thanks_nominator', 'outcomes.thanks_nominator'],
  ['outcome.judges', 'outcomes.judges'],
];

/**
 * Events not yet relayed take their new names, so one recorded before the deploy still reaches
 * its consumer; relayed rows stay as they were written (the worker reads the old names through
 * `LEGACY_EVENT_TYPES`). Every notification takes its kind's new name in its row and in its
 * dedupe key (`<event id>:<kind>:…`), so an event handled again after the deploy still finds
 * the messages it wrote and sends none twice.
 */
export class EventCatalogue1796166973254 implements MigrationInterface {
  name = 'EventCatalogue1796166973254';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [from, to] of EVENT_RENAMES) await renameEvents(queryRunner, from, to);
    for (const [from, to] of KIND_RENAMES) await renameKind(queryRunner, from, to);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [from, to] of EVENT_RENAMES) await renameEvents(queryRunner, to, from);
    for (const [from, to] of KIND_RENAMES) await renameKind(queryRunner, to, from);
  }
}

async function renameEvents(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
  await queryRunner.query(`UPDATE "outbox_events" SET "type" = $2 WHERE "type" = $1 AND "relayed_at" IS NULL`, [
    from,
    to,
  ]);
}

async function renameKind(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
  await queryRunner.query(
    `UPDATE "notifications"
     SET "kind" = $2::text,
         "dedupe_key" = CASE
           WHEN "event_id" IS NOT NULL AND starts_with("dedupe_key", "event_id"::text || ':' || $1::text || ':')
             THEN "event_id"::text || ':' || $2::text || substr("dedupe_key", length("event_id"::text) + 2 + length($1::text))
           ELSE "dedupe_key" END
     WHERE "kind" = $1::text`,
    [from, to],
  );
}
