import { MigrationInterface, QueryRunner } from 'typeorm';

export class QueueAnnouncements1795387393567 implements MigrationInterface {
  name = 'QueueAnnouncements1795387393567';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "announcements" (
                "programme_id" uuid NOT NULL,
                "status" character varying(10) NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "scheduled_by" uuid NOT NULL,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "html" text,
                "text" text,
                "version" integer NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9f2bb58cee3fe63a64c314a83b1" PRIMARY KEY ("programme_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "certificates" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_id" uuid NOT NULL,
                "nomination_id" uuid NOT NULL,
                "storage_key" character varying(200) NOT NULL,
                "file_name" character varying(200) NOT NULL,
                "size" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e4c7e31e2144300bea7d89eb165" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_certificates_programme" ON "certificates" ("programme_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_certificates_nomination" ON "certificates" ("nomination_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "dedupe_key" character varying(400) NOT NULL,
                "event_id" uuid,
                "kind" character varying(40) NOT NULL,
                "programme_id" uuid,
                "recipient" character varying(320) NOT NULL,
                "subject" character varying(300) NOT NULL,
                "text" text NOT NULL,
                "html" text NOT NULL,
                "status" character varying(10) NOT NULL DEFAULT 'pending',
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_notifications_recipient" ON "notifications" ("recipient")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_notifications_status" ON "notifications" ("status")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_notifications_dedupe_key" ON "notifications" ("dedupe_key")
        `);
    await queryRunner.query(`
            ALTER TABLE "programmes"
            ADD "judging_reminded_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "programmes"
            ADD "purged_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "announcements"
            ADD CONSTRAINT "FK_9f2bb58cee3fe63a64c314a83b1" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "announcements" DROP CONSTRAINT "FK_9f2bb58cee3fe63a64c314a83b1"
        `);
    await queryRunner.query(`
            ALTER TABLE "programmes" DROP COLUMN "purged_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "programmes" DROP COLUMN "judging_reminded_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_notifications_dedupe_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_notifications_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_notifications_recipient"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_certificates_nomination"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_certificates_programme"
        `);
    await queryRunner.query(`
            DROP TABLE "certificates"
        `);
    await queryRunner.query(`
            DROP TABLE "announcements"
        `);
  }
}
