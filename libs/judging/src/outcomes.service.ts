import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ChangeRecorder } from '@commend/audit';
import { hasRole, Role, type AuthUser } from '@commend/auth';
import { EventType, lockOrFail, NotFoundError, StaleVersionError } from '@commend/core';
import { Nomination } from '@commend/nominations';
import { Category, Programme, ProgrammeLifecycle } from '@commend/programmes';
import type { ApproveOutcomesDto, ProposeOutcomesDto, ReturnOutcomesDto } from './dto/outcomes.dto';
import { OutcomesRecord } from './entities/outcomes-record.entity';
import { Outcome } from './entities/outcome.entity';
import { JudgingAccess } from './judging-access.service';
import {
  JudgingClosedError,
  JudgingInvalidError,
  OutcomeNotEligibleError,
  OutcomeNotScoredError,
  OutcomesApprovedError,
  OutcomesNotProposedError,
  RecusedError,
  TieBreakNeededError,
  TooManyWinnersError,
} from './judging.errors';
import { ResultsService } from './results.service';
import { unbrokenTie } from './tie-break';
import type { OutcomesView } from './dto/judging-views.dto';

export type { OutcomesView };

/**
 * The chair's outcomes record (minutes and proposed outcomes), and the director's decision. Seen
 * only by the category's chair, directors and admins until the announcement.
 */
@Injectable()
export class OutcomesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JudgingAccess,
    private readonly results: ResultsService,
    private readonly changes: ChangeRecorder,
    private readonly lifecycle: ProgrammeLifecycle,
  ) {}

  async get(categoryId: string, user: AuthUser): Promise<OutcomesView> {
    const category = await this.category(categoryId);
    const overseer = hasRole(user, Role.Admin, Role.Director);
    if (!overseer) await this.access.chairMembership(user, categoryId);
    return this.view(categoryId, overseer || !category.effectiveBlindJudging);
  }

  async propose(categoryId: string, dto: ProposeOutcomesDto, chair: AuthUser): Promise<OutcomesView> {
    const category = await this.category(categoryId);
    await this.access.chairMembership(chair, categoryId);
    const showNames = !category.effectiveBlindJudging || hasRole(chair, Role.Admin, Role.Director);
    this.checkShape(dto, category);
    const results = await this.results.compute(category, true);
    this.checkTieBreaks(dto, category, results);

    await this.dataSource.transaction(async (manager) => {
      const programme = await lockOrFail(manager, Programme, category.programmeId, 'programme');
      const record = await this.lockRecord(manager, categoryId, dto.version);
      if (record.status === 'approved') throw new OutcomesApprovedError();
      if (programme.status !== 'closed') {
        throw new JudgingClosedError(
          `Outcomes are proposed once nominations have closed; the programme is ${programme.status}`,
        );
      }
      await this.checkNominations(manager, dto, category, chair);
      await this.checkScored(
        manager,
        dto.outcomes.map((o) => o.nominationId),
      );
      record.status = 'proposed';
      record.minutes = dto.minutes;
      record.proposedBy = chair.id;
      record.proposedAt = new Date();
      record.updatedAt = new Date(); // bumps the version when only the outcomes changed
      await manager.getRepository(OutcomesRecord).save(record);
      await manager.getRepository(Outcome).delete({ categoryId });
      await manager.getRepository(Outcome).insert(
        dto.outcomes.map((o) => ({
          categoryId,
          nominationId: o.nominationId,
          kind: o.kind,
          citation: o.citation.trim(),
          rationale: o.rationale.trim(),
          tieBreakReason: o.tieBreakReason?.trim() ?? null,
        })),
      );
      await this.changes.record(manager, {
        actorId: chair.id,
        action: 'outcomes.proposed',
        entityType: 'category',
        entityId: categoryId,
        data: { outcomes: dto.outcomes.map((o) => ({ nominationId: o.nominationId, kind: o.kind })) },
        events: [{ type: EventType.OutcomesProposed, payload: { categoryId } }],
      });
    });
    return this.view(categoryId, showNames);
  }

  /** Approves the proposed outcomes the director read; the programme is decided when its last category is. */
  async approve(categoryId: string, dto: ApproveOutcomesDto, director: AuthUser): Promise<OutcomesView> {
    const category = await this.category(categoryId);
    await this.dataSource.transaction(async (manager) => {
      // The programme's lock serialises approvals, so the last one sees all the others.
      const programme = await lockOrFail(manager, Programme, category.programmeId, 'programme');
      const record = await this.proposedRecord(manager, categoryId, dto.version);
      if (programme.status !== 'closed') {
        throw new JudgingClosedError(`Outcomes are approved while the programme is closed; it is ${programme.status}`);
      }
      // A scorecard reopened since the outcomes were proposed leaves an outcome unjudged again.
      const outcomes = await manager
        .getRepository(Outcome)
        .find({ where: { categoryId }, select: { nominationId: true } });
      await this.checkScored(
        manager,
        outcomes.map((o) => o.nominationId),
      );
      record.status = 'approved';
      record.decidedBy = director.id;
      record.decidedAt = new Date();
      record.returnComment = null;
      await manager.getRepository(OutcomesRecord).save(record);
      await this.changes.record(manager, {
        actorId: director.id,
        action: 'outcomes.approved',
        entityType: 'category',
        entityId: categoryId,
        events: [{ type: EventType.OutcomesApproved, payload: { categoryId } }],
      });
      // The last category approved decides the programme.
      const [{ undecided }] = await manager.query<{ undecided: number }[]>(
        `SELECT count(*)::int AS undecided FROM categories c LEFT JOIN moderations m ON m.category_id = c.id
         WHERE c.programme_id = $1 AND m.status IS DISTINCT FROM 'approved'`,
        [programme.id],
      );
      if (undecided === 0) await this.lifecycle.transition(manager, programme.id, 'decided', { actorId: director.id });
    });
    return this.view(categoryId, true);
  }

  async return(categoryId: string, dto: ReturnOutcomesDto, director: AuthUser): Promise<OutcomesView> {
    await this.category(categoryId);
    await this.dataSource.transaction(async (manager) => {
      const record = await this.proposedRecord(manager, categoryId, dto.version);
      record.status = 'returned';
      record.decidedBy = director.id;
      record.decidedAt = new Date();
      record.returnComment = dto.comment.trim();
      await manager.getRepository(OutcomesRecord).save(record);
      await this.changes.record(manager, {
        actorId: director.id,
        action: 'outcomes.returned',
        entityType: 'category',
        entityId: categoryId,
        data: { comment: record.returnComment },
        events: [{ type: EventType.OutcomesReturned, payload: { categoryId } }],
      });
    });
    return this.view(categoryId, true);
  }

  private async category(id: string): Promise<Category> {
    const category = await this.dataSource
      .getRepository(Category)
      .findOne({ where: { id }, relations: { programme: true } });
    if (!category) throw new NotFoundError('category');
    return category;
  }

  /** The outcomes record, created if new and locked; a version is required once it exists. */
  private async lockRecord(manager: EntityManager, categoryId: string, version?: number): Promise<OutcomesRecord> {
    const [created] = await manager.query<unknown[]>(
      'INSERT INTO moderations (category_id, version) VALUES ($1, 1) ON CONFLICT (category_id) DO NOTHING RETURNING category_id',
      [categoryId],
    );
    const record = await manager
      .getRepository(OutcomesRecord)
      .findOneOrFail({ where: { categoryId }, lock: { mode: 'pessimistic_write' } });
    if (!created) {
      if (version === undefined) {
        throw new JudgingInvalidError(
          `version: outcomes were proposed before (version ${record.version}); send the version you read`,
        );
      }
      if (version !== record.version) throw new StaleVersionError('proposal', record.version);
    }
    return record;
  }

  /** The proposed outcomes a director acts on: they must exist, be proposed, and be the version they read. */
  private async proposedRecord(manager: EntityManager, categoryId: string, version: number): Promise<OutcomesRecord> {
    const record = await manager
      .getRepository(OutcomesRecord)
      .findOne({ where: { categoryId }, lock: { mode: 'pessimistic_write' } });
    if (!record || record.status !== 'proposed') {
      if (record?.status === 'approved') throw new OutcomesApprovedError();
      throw new OutcomesNotProposedError(record?.status === 'returned');
    }
    if (record.version !== version) throw new StaleVersionError('proposal', record.version);
    return record;
  }

  private checkShape(dto: ProposeOutcomesDto, category: Category): void {
    const ids = dto.outcomes.map((o) => o.nominationId);
    if (new Set(ids).size !== ids.length) throw new JudgingInvalidError('outcomes: a nomination is given two outcomes');
    const winners = dto.outcomes.filter((o) => o.kind === 'winner').length;
    if (winners > category.numberOfWinners) throw new TooManyWinnersError(category.numberOfWinners, winners);
  }

  private async checkNominations(
    manager: EntityManager,
    dto: ProposeOutcomesDto,
    category: Category,
    chair: AuthUser,
  ): Promise<void> {
    const ids = dto.outcomes.map((o) => o.nominationId);
    if (ids.length === 0) return;
    const found = await manager
      .getRepository(Nomination)
      .findBy({ id: In(ids), categoryId: category.id, status: 'eligible' });
    const missing = ids.filter((id) => !found.some((n) => n.id === id));
    if (missing.length) throw new OutcomeNotEligibleError(missing);
    for (const id of ids) {
      if (await this.access.isRecused(manager, id, chair.id)) throw new RecusedError();
    }
  }

  /**
   * An outcome rests on the panel's judgement: a nomination no judge has submitted a
   * scorecard for cannot be given one (scorecards are the record the outcome is defended by).
   */
  private async checkScored(manager: EntityManager, nominationIds: string[]): Promise<void> {
    if (nominationIds.length === 0) return;
    const unscored = await manager.query<{ reference: string }[]>(
      `SELECT n.reference FROM nominations n
       WHERE n.id = ANY($1::uuid[])
         AND NOT EXISTS (SELECT 1 FROM scorecards sc WHERE sc.nomination_id = n.id AND sc.status = 'submitted')
       ORDER BY n.reference`,
      [nominationIds],
    );
    if (unscored.length) throw new OutcomeNotScoredError(unscored.map((n) => n.reference));
  }

  /** A proposed winner whose tie the category's rule does not break needs the chair's reason (tie-break.ts). */
  private checkTieBreaks(
    dto: ProposeOutcomesDto,
    category: Category,
    results: Awaited<ReturnType<ResultsService['compute']>>,
  ): void {
    const unbroken = unbrokenTie(category.tieBreakRule, results.nominations, dto.outcomes);
    if (unbroken) throw new TieBreakNeededError(unbroken.winner, unbroken.rivals, category.tieBreakRule);
  }

  private async view(categoryId: string, showNames: boolean): Promise<OutcomesView> {
    const record = await this.dataSource.getRepository(OutcomesRecord).findOneBy({ categoryId });
    const outcomes = record
      ? await this.dataSource.getRepository(Outcome).find({ where: { categoryId }, relations: { nomination: true } })
      : [];
    const order = { winner: 0, runner_up: 1, highly_commended: 2 };
    return {
      categoryId,
      status: record?.status ?? 'open',
      minutes: record?.minutes ?? '',
      proposed: record?.proposedAt ? { by: record.proposedBy, at: record.proposedAt } : null,
      decided: record?.decidedAt ? { by: record.decidedBy, at: record.decidedAt } : null,
      returnComment: record?.returnComment ?? null,
      version: record?.version ?? 0,
      outcomes: outcomes
        .sort((a, b) => order[a.kind] - order[b.kind] || a.nomination!.reference.localeCompare(b.nomination!.reference))
        .map((o) => ({
          nominationId: o.nominationId,
          reference: o.nomination!.reference,
          nomineeName: showNames ? o.nomination!.nomineeName : null,
          kind: o.kind,
          citation: o.citation,
          rationale: o.rationale,
          tieBreakReason: o.tieBreakReason,
        })),
    };
  }
}
