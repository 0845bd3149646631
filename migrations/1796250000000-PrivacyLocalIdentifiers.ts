import { MigrationInterface, QueryRunner } from 'typeorm';

/** A programme's own case and patient identifier templates, for the privacy check. */
export class PrivacyLocalIdentifiers1796250000000 implements MigrationInterface {
  name = 'PrivacyLocalIdentifiers1796250000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programmes" ADD "privacy_local_identifiers" jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programmes" DROP COLUMN "privacy_local_identifiers"`);
  }
}
