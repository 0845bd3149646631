import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammesNominations1795380710091 implements MigrationInterface {
  name = 'ProgrammesNominations1795380710091';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "criteria" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "category_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "title" character varying(200) NOT NULL,
                "guidance" text NOT NULL DEFAULT '',
                "weight" integer NOT NULL,
                "scale_max" integer NOT NULL,
                "word_limit" integer NOT NULL,
                CONSTRAINT "PK_91cd5f7ff7be5ade9bca5b98cfb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_criteria_position" ON "criteria" ("category_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "programmes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "theme" character varying(200),
                "reference_prefix" character varying(10) NOT NULL,
                "time_zone" character varying(64) NOT NULL DEFAULT 'Europe/London',
                "status" character varying(20) NOT NULL DEFAULT 'draft',
                "nominations_open_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "nominations_close_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "judging_close_at" TIMESTAMP WITH TIME ZONE,
                "planned_announcement_at" TIMESTAMP WITH TIME ZONE,
                "blind_judging" boolean NOT NULL DEFAULT false,
                "notify_nominee_on_submission" boolean NOT NULL DEFAULT false,
                "privacy_findings_block_submission" boolean NOT NULL DEFAULT false,
                "peer_scores_visible_after_own" boolean NOT NULL DEFAULT false,
                "retention_months" integer NOT NULL DEFAULT '24',
                "next_reference" integer NOT NULL DEFAULT '1',
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_116b5f8dbb9f632d76bc144404f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_programmes_reference_prefix" ON "programmes" ("reference_prefix")
        `);
    await queryRunner.query(`
            CREATE TABLE "categories" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "eligibility" text NOT NULL DEFAULT '',
                "nominee_type" character varying(20) NOT NULL DEFAULT 'individual',
                "number_of_winners" integer NOT NULL DEFAULT '1',
                "evidence_max_files" integer NOT NULL DEFAULT '5',
                "evidence_max_bytes" integer NOT NULL DEFAULT '10485760',
                "evidence_types" character varying array NOT NULL DEFAULT '{pdf,docx,png,jpeg,text}',
                "tie_break_rule" character varying(30) NOT NULL DEFAULT 'normalised_then_chair',
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_24dbc6126a28ff948da33e97d3b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_categories_programme" ON "categories" ("programme_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "nomination_statements" (
                "nomination_id" uuid NOT NULL,
                "criterion_id" uuid NOT NULL,
                "text" text NOT NULL,
                CONSTRAINT "PK_8fcffe237421e2704bf5214f3e2" PRIMARY KEY ("nomination_id", "criterion_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "nominations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_id" uuid NOT NULL,
                "category_id" uuid NOT NULL,
                "reference" character varying(20) NOT NULL,
                "nominator_id" uuid NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'draft',
                "nominee_name" character varying(200),
                "nominee_email" character varying(320),
                "nominee_job_title" character varying(200),
                "nominee_team" character varying(200),
                "team_members" jsonb NOT NULL DEFAULT '[]',
                "relationship" character varying(200),
                "publicity_consent" character varying(20) NOT NULL DEFAULT 'not_asked',
                "privacy_findings" jsonb NOT NULL DEFAULT '[]',
                "privacy_checked_at" TIMESTAMP WITH TIME ZONE,
                "privacy_findings_confirmed" boolean NOT NULL DEFAULT false,
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "withdrawn_at" TIMESTAMP WITH TIME ZONE,
                "screening_reason" text,
                "screened_at" TIMESTAMP WITH TIME ZONE,
                "screened_by" uuid,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_94d2a23f18ea8e3b22d1ec6e972" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_nominations_nominator" ON "nominations" ("nominator_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_nominations_category_status" ON "nominations" ("category_id", "status")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_nominations_reference" ON "nominations" ("programme_id", "reference")
        `);
    await queryRunner.query(`
            CREATE TABLE "evidence" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "nomination_id" uuid NOT NULL,
                "storage_key" character varying(200) NOT NULL,
                "file_name" character varying(200) NOT NULL,
                "type" character varying(10) NOT NULL,
                "size" integer NOT NULL,
                "sha256" character(64) NOT NULL,
                "uploaded_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_evidence_nomination" ON "evidence" ("nomination_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "criteria"
            ADD CONSTRAINT "FK_ff6c872b78f90aeabbbe3f625dd" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "categories"
            ADD CONSTRAINT "FK_9f3372007453edd4deae6e45b75" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "nomination_statements"
            ADD CONSTRAINT "FK_67da004ff214b20edae2daa6bad" FOREIGN KEY ("nomination_id") REFERENCES "nominations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "nomination_statements"
            ADD CONSTRAINT "FK_9dd5045ed9578378cde91b67309" FOREIGN KEY ("criterion_id") REFERENCES "criteria"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "nominations"
            ADD CONSTRAINT "FK_a2da2342db0ccbeda36ebfd3be6" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "nominations"
            ADD CONSTRAINT "FK_4a790241688945c9f74eddf2296" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "nominations"
            ADD CONSTRAINT "FK_4378f509397e05334e053ae8896" FOREIGN KEY ("nominator_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence"
            ADD CONSTRAINT "FK_94a94b305b015f8b8cfa88a8e72" FOREIGN KEY ("nomination_id") REFERENCES "nominations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "evidence" DROP CONSTRAINT "FK_94a94b305b015f8b8cfa88a8e72"
        `);
    await queryRunner.query(`
            ALTER TABLE "nominations" DROP CONSTRAINT "FK_4378f509397e05334e053ae8896"
        `);
    await queryRunner.query(`
            ALTER TABLE "nominations" DROP CONSTRAINT "FK_4a790241688945c9f74eddf2296"
        `);
    await queryRunner.query(`
            ALTER TABLE "nominations" DROP CONSTRAINT "FK_a2da2342db0ccbeda36ebfd3be6"
        `);
    await queryRunner.query(`
            ALTER TABLE "nomination_statements" DROP CONSTRAINT "FK_9dd5045ed9578378cde91b67309"
        `);
    await queryRunner.query(`
            ALTER TABLE "nomination_statements" DROP CONSTRAINT "FK_67da004ff214b20edae2daa6bad"
        `);
    await queryRunner.query(`
            ALTER TABLE "categories" DROP CONSTRAINT "FK_9f3372007453edd4deae6e45b75"
        `);
    await queryRunner.query(`
            ALTER TABLE "criteria" DROP CONSTRAINT "FK_ff6c872b78f90aeabbbe3f625dd"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_evidence_nomination"
        `);
    await queryRunner.query(`
            DROP TABLE "evidence"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_nominations_reference"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_nominations_category_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_nominations_nominator"
        `);
    await queryRunner.query(`
            DROP TABLE "nominations"
        `);
    await queryRunner.query(`
            DROP TABLE "nomination_statements"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_categories_programme"
        `);
    await queryRunner.query(`
            DROP TABLE "categories"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_programmes_reference_prefix"
        `);
    await queryRunner.query(`
            DROP TABLE "programmes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_criteria_position"
        `);
    await queryRunner.query(`
            DROP TABLE "criteria"
        `);
  }
}
