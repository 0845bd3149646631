import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The verified sign-in name pending panel seats match on. Existing users get it at their next
 * sign-in; until then no seat set by e-mail can be matched to them, which is the safe side.
 */
export class UserSignInName1796157312282 implements MigrationInterface {
  name = 'UserSignInName1796157312282';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "username" character varying(320)`);
    await queryRunner.query(`CREATE INDEX "IDX_users_username" ON "users" ("username") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_users_username"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "username"`);
  }
}
