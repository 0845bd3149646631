import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { announcedProgrammes } from '@commend/announcements';
import { actionsOf, AuditService } from '@commend/audit';
import { accountsByEmail, type AuthUser } from '@commend/auth';
import { judgingOfPerson, outcomesOf } from '@commend/judging';
import { nominationReferences, nominationsOfPerson, type NominationHeld } from '@commend/nominations';
import { messagesTo } from '@commend/notifications';
import { categoryNames, criterionTitles } from '@commend/programmes';
import type { PersonExport } from './dto/person-export.dto';

/**
 * Everything Commend holds about a person, found by work e-mail, for a subject access
 * request: their account, nominations they made and received (with statements and evidence
 * details, and their outcome once announced), panel memberships, conflicts and scorecards, messages
 * sent to them, and their actions in the audit trail. The export itself is audited.
 *
 * Each lib that holds a part answers for it; this service asks them all inside one read-only
 * REPEATABLE READ transaction, so the parts are one consistent picture of a single moment.
 */
@Injectable()
export class PeopleExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async export(rawEmail: string, admin: AuthUser): Promise<PersonExport> {
    const email = rawEmail.trim().toLowerCase();
    const held = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      return this.read(manager, email);
    });
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: admin.id,
        action: 'person.exported',
        entityType: 'person',
        entityId: email.slice(0, 100),
        data: {},
      }),
    );
    return { email, exportedAt: new Date(), ...held };
  }

  private async read(manager: EntityManager, email: string): Promise<Omit<PersonExport, 'email' | 'exportedAt'>> {
    const accounts = await accountsByEmail(manager, email);
    const userIds = accounts.map((a) => a.id);
    const { made, received } = await nominationsOfPerson(manager, email, userIds);
    const judging = await judgingOfPerson(manager, email, userIds);
    const nominations = [...made, ...received];

    const names = await categoryNames(manager, [
      ...nominations.map((n) => n.categoryId),
      ...judging.panels.map((p) => p.categoryId),
    ]);
    const titles = await criterionTitles(manager, [
      ...nominations.flatMap((n) => n.statements.map((s) => s.criterionId)),
      ...judging.scorecards.flatMap((sc) => (sc.scores ?? []).map((s) => s.criterionId)),
    ]);
    // The embargo: an outcome is part of the export only once its programme's announcement has fired.
    const announced = await announcedProgrammes(
      manager,
      nominations.map((n) => n.programmeId),
    );
    const outcomes = await outcomesOf(
      manager,
      nominations.filter((n) => announced.has(n.programmeId)).map((n) => n.id),
    );
    const references = await nominationReferences(manager, [
      ...judging.conflicts.map((c) => c.nominationId),
      ...judging.scorecards.map((sc) => sc.nominationId),
    ]);

    const byPosition = <T extends { criterionId: string }>(items: T[]) =>
      [...items].sort(
        (a, b) => (titles.get(a.criterionId)?.position ?? 0) - (titles.get(b.criterionId)?.position ?? 0),
      );
    const criterion = (id: string) => titles.get(id)?.title;
    const nomination = ({ programmeId: _p, categoryId, statements, evidence, ...n }: NominationHeld) => ({
      id: n.id,
      reference: n.reference,
      programme: names.get(categoryId)?.programme,
      category: names.get(categoryId)?.category,
      status: n.status,
      nomineeName: n.nomineeName,
      nomineeEmail: n.nomineeEmail,
      nomineeJobTitle: n.nomineeJobTitle,
      nomineeTeam: n.nomineeTeam,
      teamMembers: n.teamMembers,
      relationship: n.relationship,
      publicityConsent: n.publicityConsent,
      submittedAt: n.submittedAt,
      screeningReason: n.screeningReason,
      statements: byPosition(statements).map((s) => ({ criterion: criterion(s.criterionId), text: s.text })),
      evidence,
      outcome: outcomes.get(n.id) ?? null,
    });

    return {
      account: accounts[0] ? { ...accounts[0] } : null,
      nominationsMade: made.map(nomination),
      nominationsReceived: received.map(nomination),
      // The field keeps the name the export was published with: subject access requests on file use it.
      judgingSeats: judging.panels.map((p) => ({
        category: names.get(p.categoryId)?.category,
        programme: names.get(p.categoryId)?.programme,
        chair: p.chair,
        team: p.team,
      })),
      conflicts: judging.conflicts.map(({ nominationId, ...c }) => ({ reference: references.get(nominationId), ...c })),
      scorecards: judging.scorecards.map(({ nominationId, scores, ...sc }) => ({
        reference: references.get(nominationId),
        ...sc,
        scores:
          scores &&
          byPosition(scores).map((s) => ({ criterion: criterion(s.criterionId), score: s.score, comment: s.comment })),
      })),
      messages: await messagesTo(manager, email),
      actions: await actionsOf(manager, userIds),
    };
  }
}
