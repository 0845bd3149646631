import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each run of the audit chain's tamper check and its result, for the auditor's page. */
export class AuditChainChecks1796182485886 implements MigrationInterface {
  name = 'AuditChainChecks1796182485886';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_chain_checks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ok" boolean NOT NULL,
                "checked" integer NOT NULL,
                "broken_seq" bigint,
                "broken_id" uuid,
                "problem" text,
                CONSTRAINT "PK_a576a08378169f1df121d21de5a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_chain_checks_checked_at" ON "audit_chain_checks" ("checked_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_chain_checks_checked_at"`);
    await queryRunner.query(`DROP TABLE "audit_chain_checks"`);
  }
}
