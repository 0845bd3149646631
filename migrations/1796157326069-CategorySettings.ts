import { MigrationInterface, QueryRunner } from 'typeorm';

/** Blind judging and "tell the nominee" per category; null takes the programme's value. */
export class CategorySettings1796157326069 implements MigrationInterface {
  name = 'CategorySettings1796157326069';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "categories" ADD "blind_judging" boolean`);
    await queryRunner.query(`ALTER TABLE "categories" ADD "notify_nominee" boolean`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "categories" DROP COLUMN "notify_nominee"`);
    await queryRunner.query(`ALTER TABLE "categories" DROP COLUMN "blind_judging"`);
  }
}
