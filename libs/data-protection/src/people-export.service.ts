import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { announcedSql } from '@commend/announcements';
import { AuditService } from '@commend/audit';
import type { AuthUser } from '@commend/auth';
import type { PersonExport } from './dto/person-export.dto';

/**
 * Everything Commend holds about a person, found by work e-mail, for a subject access
 * request: their account, nominations they made and received (with statements and evidence
 * details, and their outcome once announced), judging seats, conflicts and scorecards, messages
 * sent to them, and their actions in the audit trail. The export itself is audited.
 */
@Injectable()
export class PeopleExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async export(rawEmail: string, admin: AuthUser): Promise<PersonExport> {
    const email = rawEmail.trim().toLowerCase();
    const q = <T = Record<string, unknown>>(sql: string) => this.dataSource.query<T[]>(sql, [email]);
    const nominationColumns = `n.id, n.reference, p.name AS programme, c.name AS category, n.status,
      n.nominee_name AS "nomineeName", n.nominee_email AS "nomineeEmail", n.nominee_job_title AS "nomineeJobTitle",
      n.nominee_team AS "nomineeTeam", n.team_members AS "teamMembers", n.relationship,
      n.publicity_consent AS "publicityConsent", n.submitted_at AS "submittedAt", n.screening_reason AS "screeningReason",
      (SELECT coalesce(json_agg(json_build_object('criterion', cr.title, 'text', s.text) ORDER BY cr.position), '[]')
         FROM nomination_statements s JOIN criteria cr ON cr.id = s.criterion_id WHERE s.nomination_id = n.id) AS statements,
      (SELECT coalesce(json_agg(json_build_object('fileName', e.file_name, 'type', e.type, 'size', e.size, 'sha256', e.sha256)), '[]')
         FROM evidence e WHERE e.nomination_id = n.id) AS evidence,
      (SELECT json_build_object('kind', o.kind, 'citation', o.citation) FROM outcomes o
         WHERE o.nomination_id = n.id AND ${announcedSql('n.programme_id')}) AS outcome
      FROM nominations n JOIN programmes p ON p.id = n.programme_id JOIN categories c ON c.id = n.category_id`;
    const [account, made, received, seats, conflicts, scorecards, messages, actions] = await Promise.all([
      q(`SELECT id, display_name AS "displayName", email, created_at AS "createdAt" FROM users WHERE email = $1`),
      q(`SELECT ${nominationColumns} JOIN users u ON u.id = n.nominator_id WHERE u.email = $1 ORDER BY n.reference`),
      q(
        `SELECT ${nominationColumns}
         WHERE n.nominee_email = $1 OR n.team_members @> jsonb_build_array(jsonb_build_object('email', $1::text))
         ORDER BY n.reference`,
      ),
      q(
        `SELECT c.name AS category, p.name AS programme, pm.chair, pm.team FROM panel_members pm
         JOIN categories c ON c.id = pm.category_id JOIN programmes p ON p.id = c.programme_id
         LEFT JOIN users u ON u.id = pm.user_id WHERE u.email = $1 OR pm.email = $1`,
      ),
      q(
        `SELECT n.reference, cf.source, cf.reason, cf.created_at AS "createdAt", cf.cleared_at AS "clearedAt"
         FROM conflicts cf JOIN nominations n ON n.id = cf.nomination_id JOIN users u ON u.id = cf.judge_id WHERE u.email = $1`,
      ),
      q(
        `SELECT n.reference, sc.status, sc.overall_comment AS "overallComment", sc.submitted_at AS "submittedAt",
                (SELECT json_agg(json_build_object('criterion', cr.title, 'score', s.score, 'comment', s.comment) ORDER BY cr.position)
                   FROM scores s JOIN criteria cr ON cr.id = s.criterion_id WHERE s.scorecard_id = sc.id) AS scores
         FROM scorecards sc JOIN nominations n ON n.id = sc.nomination_id JOIN users u ON u.id = sc.judge_id WHERE u.email = $1`,
      ),
      q(
        `SELECT kind, subject, status, created_at AS "createdAt", sent_at AS "sentAt", text
         FROM notifications WHERE recipient = $1 ORDER BY created_at`,
      ),
      q(
        `SELECT a.occurred_at AS "at", a.action, a.entity_type AS "entityType", a.entity_id AS "entityId"
         FROM audit_records a JOIN users u ON u.id = a.actor_id WHERE u.email = $1 ORDER BY a.seq`,
      ),
    ]);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: admin.id,
        action: 'person.exported',
        entityType: 'person',
        entityId: email.slice(0, 100),
        data: {},
      }),
    );
    return {
      email,
      exportedAt: new Date(),
      account: account[0] ?? null,
      nominationsMade: made,
      nominationsReceived: received,
      judgingSeats: seats,
      conflicts,
      scorecards,
      messages,
      actions,
    };
  }
}
