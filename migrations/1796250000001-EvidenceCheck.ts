import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The privacy check of every evidence file, in the worker: each file's check state and findings.
 * Files stored before it are marked `checking` and each gets an `evidence.check_requested` event,
 * so the worker checks them after the deploy: none is left unchecked, none blocks for ever.
 */
export class EvidenceCheck1796250000001 implements MigrationInterface {
  name = 'EvidenceCheck1796250000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "evidence"
        ADD "check_status" character varying(20) NOT NULL DEFAULT 'checking',
        ADD "check_findings" jsonb NOT NULL DEFAULT '[]',
        ADD "checked_at" TIMESTAMP WITH TIME ZONE,
        ADD "check_generation" integer NOT NULL DEFAULT 1,
        ADD "check_requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        ADD CONSTRAINT "CHK_evidence_check_status"
          CHECK ("check_status" IN ('checking', 'checked', 'no_text', 'not_readable', 'failed'))
    `);
    await queryRunner.query(`
      INSERT INTO "outbox_events" ("type", "payload")
      SELECT 'evidence.check_requested', jsonb_build_object('evidenceId', "id", 'generation', "check_generation")
      FROM "evidence"
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "outbox_events" WHERE "type" = 'evidence.check_requested' AND "relayed_at" IS NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE "evidence"
        DROP CONSTRAINT "CHK_evidence_check_status",
        DROP COLUMN "check_requested_at",
        DROP COLUMN "check_generation",
        DROP COLUMN "checked_at",
        DROP COLUMN "check_findings",
        DROP COLUMN "check_status"
    `);
  }
}
