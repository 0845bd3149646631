import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The judging rules other SQL shares, owned by libs/judging (see judging-rules.ts): who is
 * recused and which scorecards a panel member is expected to give and still owes. Views, so
 * that the results, the reminders and the judges' own reads all use one definition, and so
 * that PostgreSQL refuses a column change that would silently break one of them.
 */
export class JudgingRuleViews1796166697680 implements MigrationInterface {
  name = 'JudgingRuleViews1796166697680';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // A judge who nominated, is the nominee, is in the nominated team, or sits in the
    // nominee's team or service, for every eligible nomination of their panel's category.
    await queryRunner.query(`
            CREATE VIEW "system_conflicts" AS
            SELECT n.id AS nomination_id, n.category_id, u.id AS judge_id,
              CASE
                WHEN n.nominator_id = u.id THEN 'The judge nominated this nominee'
                WHEN n.nominee_email = u.email THEN 'The judge is the nominee'
                WHEN n.team_members @> jsonb_build_array(jsonb_build_object('email', u.email))
                  THEN 'The judge is a member of the nominated team'
                ELSE 'The nominee is in the judge''s team or service (' || pm.team || ')'
              END AS reason
            FROM panel_members pm
            JOIN users u ON u.id = pm.user_id
            JOIN nominations n ON n.category_id = pm.category_id AND n.status = 'eligible'
            WHERE n.nominator_id = u.id
               OR (pm.team IS NOT NULL AND lower(pm.team) IN (lower(n.nominee_team), lower(n.nominee_name)))
               OR (u.email IS NOT NULL AND (n.nominee_email = u.email
                   OR n.team_members @> jsonb_build_array(jsonb_build_object('email', u.email))))
        `);
    // Recorded and not cleared, or seen by the system and not recorded yet (it is recorded on
    // the event that changed the facts; a recorded one an admin cleared stays cleared).
    await queryRunner.query(`
            CREATE VIEW "open_conflicts" AS
            SELECT c.nomination_id, c.category_id, c.judge_id FROM conflicts c WHERE c.cleared_at IS NULL
            UNION ALL
            SELECT s.nomination_id, s.category_id, s.judge_id FROM system_conflicts s
            WHERE NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.nomination_id = s.nomination_id AND c.judge_id = s.judge_id)
        `);
    // Every eligible nomination of the category for each panel member, less their open
    // conflicts. judge_id is null for a member set by e-mail who has not signed in yet. The
    // category in the conflict's match is redundant but lets PostgreSQL narrow the system
    // conflicts it works out to the category asked for, not every category's.
    await queryRunner.query(`
            CREATE VIEW "expected_scorecards" AS
            SELECT pm.id AS panel_member_id, pm.category_id, pm.user_id AS judge_id, n.id AS nomination_id
            FROM panel_members pm
            JOIN nominations n ON n.category_id = pm.category_id AND n.status = 'eligible'
            WHERE NOT EXISTS (SELECT 1 FROM open_conflicts oc
                              WHERE oc.category_id = pm.category_id AND oc.nomination_id = n.id
                                AND oc.judge_id = pm.user_id)
        `);
    await queryRunner.query(`
            CREATE VIEW "owed_scorecards" AS
            SELECT e.panel_member_id, e.category_id, e.judge_id, e.nomination_id
            FROM expected_scorecards e
            WHERE NOT EXISTS (SELECT 1 FROM scorecards sc
                              WHERE sc.nomination_id = e.nomination_id AND sc.judge_id = e.judge_id
                                AND sc.status = 'submitted')
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "owed_scorecards"`);
    await queryRunner.query(`DROP VIEW "expected_scorecards"`);
    await queryRunner.query(`DROP VIEW "open_conflicts"`);
    await queryRunner.query(`DROP VIEW "system_conflicts"`);
  }
}
