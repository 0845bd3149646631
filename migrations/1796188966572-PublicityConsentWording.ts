import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The words a nominee reads when asked for publicity consent, per programme. Programmes that
 * exist already get the wording every nominee has read so far (a snapshot: the code's default
 * may change later, what those nominees were asked does not).
 */
export class PublicityConsentWording1796188966572 implements MigrationInterface {
  name = 'PublicityConsentWording1796188966572';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programmes" ADD "publicity_consent_wording" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`UPDATE "programmes" SET "publicity_consent_wording" = $1`, [
      'When the winners are announced they are published on a public page. We put your name on it only if you ' +
        'agree; if you do not, the page names your team or service instead.',
    ]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programmes" DROP COLUMN "publicity_consent_wording"`);
  }
}
