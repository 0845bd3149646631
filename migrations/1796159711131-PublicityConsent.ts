import { randomBytes } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Consent recorded after submission (who asked, when, by whom), and the key that signs nominees' consent links. */
export class PublicityConsent1796159711131 implements MigrationInterface {
  name = 'PublicityConsent1796159711131';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "nominations"
            ADD "consent_source" character varying(20),
            ADD "consent_asked_by" character varying(200),
            ADD "consent_asked_at" TIMESTAMP WITH TIME ZONE,
            ADD "consent_recorded_at" TIMESTAMP WITH TIME ZONE,
            ADD "consent_recorded_by" uuid
        `);
    // Consent already given or refused was given with the nomination.
    await queryRunner.query(
      `UPDATE "nominations" SET "consent_source" = 'nominator' WHERE "publicity_consent" <> 'not_asked'`,
    );
    await queryRunner.query(`
            CREATE TABLE "signing_keys" (
                "purpose" character varying(40) NOT NULL,
                "secret" character varying(100) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_signing_keys_purpose" PRIMARY KEY ("purpose")
            )
        `);
    await queryRunner.query(`INSERT INTO "signing_keys" ("purpose", "secret") VALUES ($1, $2)`, [
      'publicity-consent',
      randomBytes(32).toString('base64url'),
    ]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "signing_keys"`);
    await queryRunner.query(`
            ALTER TABLE "nominations"
            DROP COLUMN "consent_recorded_by",
            DROP COLUMN "consent_recorded_at",
            DROP COLUMN "consent_asked_at",
            DROP COLUMN "consent_asked_by",
            DROP COLUMN "consent_source"
        `);
  }
}
