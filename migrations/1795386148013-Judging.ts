import { MigrationInterface, QueryRunner } from 'typeorm';

export class Judging1795386148013 implements MigrationInterface {
  name = 'Judging1795386148013';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "conflicts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "nomination_id" uuid NOT NULL,
                "category_id" uuid NOT NULL,
                "judge_id" uuid NOT NULL,
                "source" character varying(10) NOT NULL,
                "reason" text NOT NULL,
                "declared_by" uuid,
                "cleared_at" TIMESTAMP WITH TIME ZONE,
                "cleared_by" uuid,
                "cleared_reason" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a1b90d7fdf566d825842f26cf86" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_conflicts_judge" ON "conflicts" ("judge_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_conflicts_nomination_judge" ON "conflicts" ("nomination_id", "judge_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "outcomes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "category_id" uuid NOT NULL,
                "nomination_id" uuid NOT NULL,
                "kind" character varying(20) NOT NULL,
                "citation" text NOT NULL,
                "rationale" text NOT NULL,
                "tie_break_reason" text,
                CONSTRAINT "PK_f5b8391e8300f8962eb1842dfca" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_outcomes_category" ON "outcomes" ("category_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_outcomes_nomination" ON "outcomes" ("nomination_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "moderations" (
                "category_id" uuid NOT NULL,
                "status" character varying(10) NOT NULL DEFAULT 'open',
                "minutes" text NOT NULL DEFAULT '',
                "proposed_by" uuid,
                "proposed_at" TIMESTAMP WITH TIME ZONE,
                "decided_by" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "return_comment" text,
                "version" integer NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8f85de28542137f220dc6953013" PRIMARY KEY ("category_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "panel_members" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "category_id" uuid NOT NULL,
                "user_id" uuid,
                "email" character varying(320),
                "chair" boolean NOT NULL DEFAULT false,
                "team" character varying(200),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_02b94bfd5935db3ae179578b686" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_panel_members_user" ON "panel_members" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_panel_members_email" ON "panel_members" ("category_id", "email")
            WHERE "email" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_panel_members_user" ON "panel_members" ("category_id", "user_id")
            WHERE "user_id" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "scorecards" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "nomination_id" uuid NOT NULL,
                "category_id" uuid NOT NULL,
                "judge_id" uuid NOT NULL,
                "status" character varying(10) NOT NULL DEFAULT 'draft',
                "overall_comment" text NOT NULL DEFAULT '',
                "percent" double precision,
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "reopened_at" TIMESTAMP WITH TIME ZONE,
                "reopen_reason" text,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5ab8d3887ff2fb66e229c1fdd89" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_scorecards_category_status" ON "scorecards" ("category_id", "status")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_scorecards_nomination_judge" ON "scorecards" ("nomination_id", "judge_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "scores" (
                "scorecard_id" uuid NOT NULL,
                "criterion_id" uuid NOT NULL,
                "score" integer,
                "comment" text NOT NULL DEFAULT '',
                CONSTRAINT "CHK_scores_non_negative" CHECK (
                    "score" IS NULL
                    OR "score" >= 0
                ),
                CONSTRAINT "PK_d818d17c8e146e1de8d36ebf69a" PRIMARY KEY ("scorecard_id", "criterion_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "nomination_statements"
            ADD "redacted_text" text
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts"
            ADD CONSTRAINT "FK_446b7a539fef09501ea342a2605" FOREIGN KEY ("nomination_id") REFERENCES "nominations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts"
            ADD CONSTRAINT "FK_99195db8f62c8814950f86bc1e4" FOREIGN KEY ("judge_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "outcomes"
            ADD CONSTRAINT "FK_dd07b7d9fe0be529dd0775cde41" FOREIGN KEY ("category_id") REFERENCES "moderations"("category_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "outcomes"
            ADD CONSTRAINT "FK_2708f00992a654f217006bb39ee" FOREIGN KEY ("nomination_id") REFERENCES "nominations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "moderations"
            ADD CONSTRAINT "FK_8f85de28542137f220dc6953013" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "panel_members"
            ADD CONSTRAINT "FK_da60a59f1e657948bac4483a2e5" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "panel_members"
            ADD CONSTRAINT "FK_986bde8ec7546063389d3f42234" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecards"
            ADD CONSTRAINT "FK_b0a7c55d60f35b84971e69ad091" FOREIGN KEY ("nomination_id") REFERENCES "nominations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecards"
            ADD CONSTRAINT "FK_2640da6b74cd559797a18c8f1b9" FOREIGN KEY ("judge_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "scores"
            ADD CONSTRAINT "FK_81ce736b8b38c0693668b8b1062" FOREIGN KEY ("scorecard_id") REFERENCES "scorecards"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "scores"
            ADD CONSTRAINT "FK_8d505be5213d9949278e76b4cae" FOREIGN KEY ("criterion_id") REFERENCES "criteria"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "scores" DROP CONSTRAINT "FK_8d505be5213d9949278e76b4cae"
        `);
    await queryRunner.query(`
            ALTER TABLE "scores" DROP CONSTRAINT "FK_81ce736b8b38c0693668b8b1062"
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecards" DROP CONSTRAINT "FK_2640da6b74cd559797a18c8f1b9"
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecards" DROP CONSTRAINT "FK_b0a7c55d60f35b84971e69ad091"
        `);
    await queryRunner.query(`
            ALTER TABLE "panel_members" DROP CONSTRAINT "FK_986bde8ec7546063389d3f42234"
        `);
    await queryRunner.query(`
            ALTER TABLE "panel_members" DROP CONSTRAINT "FK_da60a59f1e657948bac4483a2e5"
        `);
    await queryRunner.query(`
            ALTER TABLE "moderations" DROP CONSTRAINT "FK_8f85de28542137f220dc6953013"
        `);
    await queryRunner.query(`
            ALTER TABLE "outcomes" DROP CONSTRAINT "FK_2708f00992a654f217006bb39ee"
        `);
    await queryRunner.query(`
            ALTER TABLE "outcomes" DROP CONSTRAINT "FK_dd07b7d9fe0be529dd0775cde41"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts" DROP CONSTRAINT "FK_99195db8f62c8814950f86bc1e4"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts" DROP CONSTRAINT "FK_446b7a539fef09501ea342a2605"
        `);
    await queryRunner.query(`
            ALTER TABLE "nomination_statements" DROP COLUMN "redacted_text"
        `);
    await queryRunner.query(`
            DROP TABLE "scores"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_scorecards_nomination_judge"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_scorecards_category_status"
        `);
    await queryRunner.query(`
            DROP TABLE "scorecards"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_panel_members_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_panel_members_email"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_panel_members_user"
        `);
    await queryRunner.query(`
            DROP TABLE "panel_members"
        `);
    await queryRunner.query(`
            DROP TABLE "moderations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_outcomes_nomination"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_outcomes_category"
        `);
    await queryRunner.query(`
            DROP TABLE "outcomes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_conflicts_nomination_judge"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_conflicts_judge"
        `);
    await queryRunner.query(`
            DROP TABLE "conflicts"
        `);
  }
}
