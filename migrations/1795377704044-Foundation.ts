import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795377704044 implements MigrationInterface {
  name = 'Foundation1795377704044';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_records" (
                "id" uuid NOT NULL,
                "seq" bigint NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "actor_id" uuid,
                "action" character varying(100) NOT NULL,
                "entity_type" character varying(50) NOT NULL,
                "entity_id" character varying(100) NOT NULL,
                "data" jsonb NOT NULL DEFAULT '{}',
                "prev_hash" character(64) NOT NULL,
                "hash" character(64) NOT NULL,
                CONSTRAINT "PK_f903ebdf175f062be69747b0f18" PRIMARY KEY ("id")
            )
        `);
    // The audit trail is append-only: the database itself refuses changes, whoever asks.
    await queryRunner.query(`
            CREATE FUNCTION audit_records_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_records is append-only: % is not allowed', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_records_append_only BEFORE UPDATE OR DELETE ON "audit_records"
            FOR EACH ROW EXECUTE FUNCTION audit_records_refuse_change()
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON "audit_records"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_records_refuse_change()
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_records_entity" ON "audit_records" ("entity_type", "entity_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_audit_records_seq" ON "audit_records" ("seq")
        `);
    await queryRunner.query(`
            CREATE TABLE "outbox_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "type" character varying(100) NOT NULL,
                "payload" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "relayed_at" TIMESTAMP WITH TIME ZONE,
                "attempts" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_outbox_events_pending" ON "outbox_events" ("created_at")
            WHERE "relayed_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" uuid NOT NULL,
                "object_id" uuid NOT NULL,
                "display_name" character varying(200) NOT NULL,
                "email" character varying(320),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_users_email" ON "users" ("email")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_users_identity" ON "users" ("tenant_id", "object_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."UQ_users_identity"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_users_email"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_outbox_events_pending"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox_events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_audit_records_seq"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_records_entity"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_records"
        `);
    await queryRunner.query(`
            DROP FUNCTION audit_records_refuse_change()
        `);
  }
}
