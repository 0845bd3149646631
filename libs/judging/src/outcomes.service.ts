import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@commend/audit';
import { hasRole, Role, type AuthUser } from '@commend/auth';
import { lockOrFail, NotFoundError, OutboxService, StaleVersionError } from '@commend/core';
import { Nomination } from '@commend/nominations';
import { Category, Programme, ProgrammeLifecycle } from '@commend/programmes';
import type { ApproveOutcomesDto, ProposeOutcomesDto, ReturnOutcomesDto } from './dto/outcomes.dto';
import { Moderation } from './entities/moderation.entity';
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
import type { OutcomesView } from './dto/judging-views.dto';

export type { OutcomesView };

/**
 * The chair's moderation record and proposed outcomes, and the director's decision. Seen
 * only by the category's chair, directors and admins until the announcement.
 */
@Injectable()
export class OutcomesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JudgingAccess,
    private readonly results: ResultsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly lifecycle: ProgrammeLifecycle,
  ) {}

  async get(categoryId: string, user: AuthUser): Promise<OutcomesView> {
    const category = await this.category(categoryId);
    const overseer = hasRole(user, Role.Admin, Role.Director);
    if (!overseer) await this.access.chairSeat(user, categoryId);
    return this.view(categoryId, overseer || !category.effectiveBlindJudging);
  }

  async propose(categoryId: string, dto: ProposeOutcomesDto, chair: AuthUser): Promise<OutcomesView> {
    const category = await this.category(categoryId);
    await this.access.chairSeat(chair, categoryId);
    const showNames = !category.effectiveBlindJudging || hasRole(chair, Role.Admin, Role.Director);
    this.checkShape(dto, category);
    const results = await this.results.compute(category, true);
    this.checkTieBreaks(dto, category, results);

    await this.dataSource.transaction(async (manager) => {
      const programme = await lockOrFail(manager, Programme, category.programmeId, 'programme');
      const moderation = await this.lockModeration(manager, categoryId, dto.version);
      if (moderation.status === 'approved') throw new OutcomesApprovedError();
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
      moderation.status = 'proposed';
      moderation.minutes = dto.minutes;
      moderation.proposedBy = chair.id;
      moderation.proposedAt = new Date();
      moderation.updatedAt = new Date(); // bumps the version when only the outcomes changed
      await manager.getRepository(Moderation).save(moderation);
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
      await this.record(manager, chair, categoryId, 'outcomes.proposed', {
        outcomes: dto.outcomes.map((o) => ({ nominationId: o.nominationId, kind: o.kind })),
      });
    });
    return this.view(categoryId, showNames);
  }

  /** Approves the proposal the director read; the programme is decided when its last category is. */
  async approve(categoryId: string, dto: ApproveOutcomesDto, director: AuthUser): Promise<OutcomesView> {
    const category = await this.category(categoryId);
    await this.dataSource.transaction(async (manager) => {
      // The programme's lock serialises approvals, so the last one sees all the others.
      const programme = await lockOrFail(manager, Programme, category.programmeId, 'programme');
      const moderation = await this.proposal(manager, categoryId, dto.version);
      if (programme.status !== 'closed') {
        throw new JudgingClosedError(`Outcomes are approved while the programme is closed; it is ${programme.status}`);
      }
      // A scorecard reopened since the proposal leaves an outcome unjudged again.
      const outcomes = await manager
        .getRepository(Outcome)
        .find({ where: { categoryId }, select: { nominationId: true } });
      await this.checkScored(
        manager,
        outcomes.map((o) => o.nominationId),
      );
      moderation.status = 'approved';
      moderation.decidedBy = director.id;
      moderation.decidedAt = new Date();
      moderation.returnComment = null;
      await manager.getRepository(Moderation).save(moderation);
      await this.record(manager, director, categoryId, 'outcomes.approved', {});
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
      const moderation = await this.proposal(manager, categoryId, dto.version);
      moderation.status = 'returned';
      moderation.decidedBy = director.id;
      moderation.decidedAt = new Date();
      moderation.returnComment = dto.comment.trim();
      await manager.getRepository(Moderation).save(moderation);
      await this.record(manager, director, categoryId, 'outcomes.returned', { comment: moderation.returnComment });
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

  /** The moderation row, created if new and locked; a version is required once it exists. */
  private async lockModeration(manager: EntityManager, categoryId: string, version?: number): Promise<Moderation> {
    const [created] = await manager.query<unknown[]>(
      'INSERT INTO moderations (category_id, version) VALUES ($1, 1) ON CONFLICT (category_id) DO NOTHING RETURNING category_id',
      [categoryId],
    );
    const moderation = await manager
      .getRepository(Moderation)
      .findOneOrFail({ where: { categoryId }, lock: { mode: 'pessimistic_write' } });
    if (!created) {
      if (version === undefined) {
        throw new JudgingInvalidError(
          `version: outcomes were proposed before (version ${moderation.version}); send the version you read`,
        );
      }
      if (version !== moderation.version) throw new StaleVersionError('proposal', moderation.version);
    }
    return moderation;
  }

  /** The proposal a director acts on: it must exist, be proposed, and be the version they read. */
  private async proposal(manager: EntityManager, categoryId: string, version: number): Promise<Moderation> {
    const moderation = await manager
      .getRepository(Moderation)
      .findOne({ where: { categoryId }, lock: { mode: 'pessimistic_write' } });
    if (!moderation || moderation.status !== 'proposed') {
      if (moderation?.status === 'approved') throw new OutcomesApprovedError();
      throw new OutcomesNotProposedError(moderation?.status === 'returned');
    }
    if (moderation.version !== version) throw new StaleVersionError('proposal', moderation.version);
    return moderation;
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

  /**
   * A winner tied on weighted score with a nomination that is not a winner needs the tie
   * broken by the category's rule: by normalised score where it allows and separates them,
   * otherwise by the chair's casting decision, given as `tieBreakReason`.
   */
  private checkTieBreaks(
    dto: ProposeOutcomesDto,
    category: Category,
    results: Awaited<ReturnType<ResultsService['compute']>>,
  ): void {
    const winners = new Set(dto.outcomes.filter((o) => o.kind === 'winner').map((o) => o.nominationId));
    const byId = new Map(results.nominations.map((n) => [n.id, n]));
    for (const outcome of dto.outcomes.filter((o) => o.kind === 'winner')) {
      const winner = byId.get(outcome.nominationId);
      if (!winner?.tie.raw) continue;
      const rivals = results.nominations.filter((n) => !winners.has(n.id) && n.weightedScore === winner.weightedScore);
      if (rivals.length === 0) continue;
      const byNormalised =
        category.tieBreakRule === 'normalised_then_chair' &&
        rivals.every((r) => (r.normalisedScore ?? -Infinity) < (winner.normalisedScore ?? -Infinity));
      if (!byNormalised && !outcome.tieBreakReason) {
        throw new TieBreakNeededError(
          winner.reference,
          rivals.map((r) => r.reference),
          category.tieBreakRule,
        );
      }
    }
  }

  private async view(categoryId: string, showNames: boolean): Promise<OutcomesView> {
    const moderation = await this.dataSource.getRepository(Moderation).findOneBy({ categoryId });
    const outcomes = moderation
      ? await this.dataSource.getRepository(Outcome).find({ where: { categoryId }, relations: { nomination: true } })
      : [];
    const order = { winner: 0, runner_up: 1, highly_commended: 2 };
    return {
      categoryId,
      status: moderation?.status ?? 'open',
      minutes: moderation?.minutes ?? '',
      proposed: moderation?.proposedAt ? { by: moderation.proposedBy, at: moderation.proposedAt } : null,
      decided: moderation?.decidedAt ? { by: moderation.decidedBy, at: moderation.decidedAt } : null,
      returnComment: moderation?.returnComment ?? null,
      version: moderation?.version ?? 0,
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

  private async record(
    manager: EntityManager,
    actor: AuthUser,
    categoryId: string,
    action: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(manager, { actorId: actor.id, action, entityType: 'category', entityId: categoryId, data });
    await this.outbox.record(manager, { type: action, payload: { categoryId } });
  }
}
