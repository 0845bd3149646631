import { MigrationInterface, QueryRunner } from 'typeorm';

/** An admin's redacted copy of an evidence file, which judges of a blind category get instead. */
export class EvidenceRedactions1796250000002 implements MigrationInterface {
  name = 'EvidenceRedactions1796250000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "evidence_redactions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "evidence_id" uuid NOT NULL,
                "storage_key" character varying(200) NOT NULL,
                "file_name" character varying(200) NOT NULL,
                "type" character varying(10) NOT NULL,
                "size" integer NOT NULL,
                "sha256" character(64) NOT NULL,
                "uploaded_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "REL_15c5830ae96667b2c1e928f873" UNIQUE ("evidence_id"),
                CONSTRAINT "PK_be2b7b9c567bae5a0ce544dad72" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_redactions"
            ADD CONSTRAINT "FK_15c5830ae96667b2c1e928f8735" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_redactions" DROP CONSTRAINT "FK_15c5830ae96667b2c1e928f8735"`);
    await queryRunner.query(`DROP TABLE "evidence_redactions"`);
  }
}
