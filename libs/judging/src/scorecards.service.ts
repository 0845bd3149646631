import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ChangeRecorder } from '@commend/audit';
import { hasRole, Role, type AuthUser } from '@commend/auth';
import { NotFoundError, StaleVersionError } from '@commend/core';
import type { Category, Criterion, Programme } from '@commend/programmes';
import type { SaveScorecardDto } from './dto/scorecard.dto';
import { OutcomesRecord } from './entities/outcomes-record.entity';
import { Score } from './entities/score.entity';
import { Scorecard } from './entities/scorecard.entity';
import { JudgingAccess } from './judging-access.service';
import { OPEN_CONFLICTS } from './judging-rules';
import { SCORECARD_PERCENT_SQL } from './results.sql';
import {
  JudgingClosedError,
  JudgingInvalidError,
  PeerScoresHiddenError,
  RecusedError,
  ScorecardIncompleteError,
  ScorecardNotSubmittedError,
  ScorecardSubmittedError,
} from './judging.errors';
import type { ScorecardView } from './dto/judging-views.dto';

export type { ScorecardView };

@Injectable()
export class ScorecardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JudgingAccess,
    private readonly changes: ChangeRecorder,
  ) {}

  /** The judge's own scorecard; an empty draft until they first save. */
  async mine(nominationId: string, user: AuthUser): Promise<ScorecardView> {
    const { category } = await this.access.forNomination(user, nominationId);
    const card = await this.load(this.dataSource.manager, nominationId, user.id);
    return this.view(card, category, nominationId, user.id);
  }

  /** Saves a draft: any scores, comments, or none yet. Each score is checked against its scale. */
  async save(nominationId: string, dto: SaveScorecardDto, user: AuthUser): Promise<ScorecardView> {
    const { category, programme } = await this.access.forNomination(user, nominationId);
    const criteria = new Map((category.criteria ?? []).map((c) => [c.id, c]));
    for (const [i, s] of (dto.scores ?? []).entries()) {
      const criterion = criteria.get(s.criterionId);
      if (!criterion) throw new JudgingInvalidError(`scores[${i}].criterionId: not a criterion of this category`);
      if (s.score != null && s.score > criterion.scaleMax) {
        throw new JudgingInvalidError(
          `scores[${i}].score: "${criterion.title}" is scored from 0 to ${criterion.scaleMax}; ${s.score} is outside it`,
        );
      }
    }
    if (new Set((dto.scores ?? []).map((s) => s.criterionId)).size !== (dto.scores ?? []).length) {
      throw new JudgingInvalidError('scores: a criterion is scored twice');
    }
    await this.dataSource.transaction(async (manager) => {
      await this.assertOpen(manager, programme, category.id);
      await this.assertNotRecused(manager, nominationId, user.id);
      const [created] = await manager.query<{ id: string }[]>(
        `INSERT INTO scorecards (nomination_id, category_id, judge_id, version) VALUES ($1, $2, $3, 1)
         ON CONFLICT (nomination_id, judge_id) DO NOTHING RETURNING id`,
        [nominationId, category.id, user.id],
      );
      const card = (await this.load(manager, nominationId, user.id, true))!;
      if (!created) {
        if (dto.version === undefined) {
          throw new JudgingInvalidError(
            `version: this scorecard exists (version ${card.version}); send the version you read`,
          );
        }
        if (card.version !== dto.version) throw new StaleVersionError('scorecard', card.version);
      }
      if (card.status === 'submitted') throw new ScorecardSubmittedError();
      const held = new Map((card.scores ?? []).map((s) => [s.criterionId, s]));
      const scores = (dto.scores ?? []).map((s) => ({
        scorecardId: card.id,
        criterionId: s.criterionId,
        score: s.score === undefined ? (held.get(s.criterionId)?.score ?? null) : s.score,
        comment: s.comment ?? held.get(s.criterionId)?.comment ?? '',
      }));
      if (scores.length) await manager.getRepository(Score).upsert(scores, ['scorecardId', 'criterionId']);
      if (dto.overallComment !== undefined) card.overallComment = dto.overallComment;
      card.updatedAt = new Date(); // bumps the version when only scores changed
      const { scores: _scores, ...row } = card;
      await manager.getRepository(Scorecard).save(row);
    });
    return this.mine(nominationId, user);
  }

  /** Locks the scorecard once every criterion has a score. */
  async submit(nominationId: string, user: AuthUser): Promise<ScorecardView> {
    const { category, programme } = await this.access.forNomination(user, nominationId);
    await this.dataSource.transaction(async (manager) => {
      await this.assertOpen(manager, programme, category.id);
      await this.assertNotRecused(manager, nominationId, user.id);
      const card = await this.load(manager, nominationId, user.id, true);
      if (card?.status === 'submitted') throw new ScorecardSubmittedError();
      const scored = new Set((card?.scores ?? []).filter((s) => s.score !== null).map((s) => s.criterionId));
      const missing = (category.criteria ?? []).filter((c) => !scored.has(c.id));
      if (!card || missing.length) throw new ScorecardIncompleteError(missing);
      card.status = 'submitted';
      card.submittedAt = new Date();
      const { scores: _scores, ...row } = card;
      await manager.getRepository(Scorecard).save(row);
      await manager.query(SCORECARD_PERCENT_SQL, [[card.id]]);
      // Audited, no event: scores in progress are the panel's alone until the results.
      await this.changes.record(manager, {
        actorId: user.id,
        action: 'scorecard.submitted',
        entityType: 'scorecard',
        entityId: card.id,
        data: { nominationId: card.nominationId, judgeId: card.judgeId },
      });
    });
    return this.mine(nominationId, user);
  }

  /** The chair sends a submitted scorecard back to its judge, saying why. */
  async reopen(nominationId: string, judgeId: string, reason: string, chair: AuthUser): Promise<ScorecardView> {
    const { category, programme } = await this.access.forNomination(chair, nominationId);
    await this.access.chairMembership(chair, category.id);
    await this.dataSource.transaction(async (manager) => {
      await this.assertOpen(manager, programme, category.id);
      const card = await this.load(manager, nominationId, judgeId, true);
      if (!card) throw new NotFoundError('scorecard');
      if (card.status !== 'submitted') throw new ScorecardNotSubmittedError();
      card.status = 'draft';
      card.percent = null;
      card.reopenedAt = new Date();
      card.reopenReason = reason.trim();
      const { scores: _scores, ...row } = card;
      await manager.getRepository(Scorecard).save(row);
      await this.changes.record(manager, {
        actorId: chair.id,
        action: 'scorecard.reopened',
        entityType: 'scorecard',
        entityId: card.id,
        data: { nominationId: card.nominationId, judgeId: card.judgeId, reason: card.reopenReason },
      });
    });
    const card = await this.load(this.dataSource.manager, nominationId, judgeId);
    return this.view(card, category, nominationId, judgeId);
  }

  /**
   * Other judges' submitted scorecards: for the chair; for a judge only after submitting their
   * own, and only when the programme allows it.
   */
  async peers(nominationId: string, user: AuthUser): Promise<ScorecardView[]> {
    const { category, programme, membership } = await this.access.forNomination(user, nominationId);
    if (!(membership.chair && hasRole(user, Role.Chair))) {
      const own = await this.load(this.dataSource.manager, nominationId, user.id);
      if (!programme.peerScoresVisibleAfterOwn) throw new PeerScoresHiddenError('programme_hides_them');
      if (own?.status !== 'submitted') throw new PeerScoresHiddenError('own_not_submitted');
    }
    const cards = await this.dataSource.getRepository(Scorecard).find({
      where: { nominationId, status: 'submitted' },
      relations: { scores: true, judge: true },
      order: { submittedAt: 'ASC' },
    });
    const recused = new Set(
      (
        await this.dataSource.query<{ judge_id: string }[]>(
          `SELECT judge_id FROM ${OPEN_CONFLICTS} WHERE nomination_id = $1`,
          [nominationId],
        )
      ).map((c) => c.judge_id),
    );
    return cards
      .filter((card) => card.judgeId !== user.id && !recused.has(card.judgeId))
      .map((card) => ({
        ...this.view(card, category, nominationId, card.judgeId),
        judgeName: card.judge!.displayName,
      }));
  }

  private async load(manager: EntityManager, nominationId: string, judgeId: string, lock = false) {
    const repo = manager.getRepository(Scorecard);
    const card = await repo.findOne({
      where: { nominationId, judgeId },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (card) card.scores = await manager.getRepository(Score).findBy({ scorecardId: card.id });
    return card;
  }

  /** Scoring is open while the programme is open or closed, until the category's outcomes are approved. */
  private async assertOpen(manager: EntityManager, programme: Programme, categoryId: string): Promise<void> {
    if (programme.status !== 'open' && programme.status !== 'closed') {
      throw new JudgingClosedError(`Judging is over: the programme is ${programme.status}`);
    }
    const record = await manager.getRepository(OutcomesRecord).findOneBy({ categoryId });
    if (record?.status === 'approved') {
      throw new JudgingClosedError("Judging is over: this category's outcomes are approved");
    }
  }

  /** Checked again inside the transaction: a conflict declared a moment ago still counts. */
  private async assertNotRecused(manager: EntityManager, nominationId: string, judgeId: string): Promise<void> {
    if (await this.access.isRecused(manager, nominationId, judgeId)) throw new RecusedError();
  }

  private view(card: Scorecard | null, category: Category, nominationId: string, judgeId: string): ScorecardView {
    const held = new Map((card?.scores ?? []).map((s) => [s.criterionId, s]));
    return {
      id: card?.id ?? null,
      nominationId,
      judgeId,
      status: card?.status ?? 'draft',
      overallComment: card?.overallComment ?? '',
      scores: (category.criteria ?? []).map((c: Criterion) => ({
        criterionId: c.id,
        criterion: c.title,
        scaleMax: c.scaleMax,
        score: held.get(c.id)?.score ?? null,
        comment: held.get(c.id)?.comment ?? '',
      })),
      submittedAt: card?.submittedAt ?? null,
      reopened: card?.reopenedAt ? { at: card.reopenedAt, reason: card.reopenReason } : null,
      version: card?.version ?? 0,
    };
  }
}
