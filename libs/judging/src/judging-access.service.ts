import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@commend/audit';
import { hasRole, Role, type AuthUser } from '@commend/auth';
import { NotFoundError } from '@commend/core';
import { Nomination } from '@commend/nominations';
import { Category, Programme } from '@commend/programmes';
import { PanelMember } from './entities/panel-member.entity';
import { OPEN_CONFLICTS, SYSTEM_CONFLICTS } from './judging-rules';
import { NotChairError, RecusedError } from './judging.errors';

export interface JudgeContext {
  nomination: Nomination;
  category: Category;
  programme: Programme;
  membership: PanelMember;
}

/**
 * Who may judge what. A membership needs both the data (a panel row) and the token's role; a chair's
 * membership needs the Chair role. Recusal is `OPEN_CONFLICTS` (judging-rules.ts), which counts a
 * conflict the system sees even before it is recorded, so nothing here needs to raise one
 * before showing a nomination.
 */
@Injectable()
export class JudgingAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The user's memberships. Only reads: `membership` claims memberships set by e-mail first. */
  async memberships(user: AuthUser): Promise<PanelMember[]> {
    // A chair is a judge too (DESIGN.md), whether or not the token also says Judge.
    if (!hasRole(user, Role.Judge, Role.Chair)) return [];
    return this.dataSource.getRepository(PanelMember).findBy({ userId: user.id });
  }

  /**
   * Gives the user the memberships an admin set by e-mail for their verified sign-in name (never the
   * token's `email` claim, which is anyone's to set: claims.ts), and records the system
   * conflicts the new memberships bring. A write on the judge's own request, not on an event: the
   * first sign-in is seen only by the request that makes it, the auth lib cannot reach
   * judging's tables, and the judge's first page must already show the panels they were
   * invited to. Does nothing (one UPDATE matching no row) once claimed.
   */
  async claimMembershipsSetByEmail(user: AuthUser): Promise<void> {
    if (!user.username || !hasRole(user, Role.Judge, Role.Chair)) return;
    await this.dataSource.transaction(async (manager) => {
      const claimed = await manager.query<[{ category_id: string }[], number]>(
        `UPDATE panel_members pm SET user_id = $1
         WHERE pm.user_id IS NULL AND pm.email = $2
           AND NOT EXISTS (SELECT 1 FROM panel_members o WHERE o.category_id = pm.category_id AND o.user_id = $1)
         RETURNING pm.category_id`,
        [user.id, user.username],
      );
      for (const { category_id } of claimed[0])
        await this.recordSystemConflicts(manager, { categoryId: category_id, judgeId: user.id });
    });
  }

  /** The user's membership on a category's panel, after claiming memberships set by e-mail for them. */
  async membership(user: AuthUser, categoryId: string): Promise<PanelMember | null> {
    await this.claimMembershipsSetByEmail(user);
    return (await this.memberships(user)).find((s) => s.categoryId === categoryId) ?? null;
  }

  /** The chair's membership of a category, or 403. */
  async chairMembership(user: AuthUser, categoryId: string): Promise<PanelMember> {
    const membership = await this.membership(user, categoryId);
    if (!membership?.chair || !hasRole(user, Role.Chair)) throw new NotChairError();
    return membership;
  }

  /**
   * An eligible nomination the judge sits on and is not recused from (403 when recused).
   * An unknown id, a nomination of a panel the judge is not on and one that is not eligible
   * (a draft) all get the same 404, so a judge cannot learn which ids exist.
   */
  async forNomination(user: AuthUser, nominationId: string, manager: EntityManager = this.dataSource.manager) {
    const { nomination, membership } = await this.onPanel(user, nominationId, manager);
    if (nomination.status !== 'eligible') throw new NotFoundError('nomination');
    if (await this.isRecused(manager, nominationId, user.id)) throw new RecusedError();
    const category = await manager.getRepository(Category).findOneOrFail({
      where: { id: nomination.categoryId },
      relations: { criteria: true },
    });
    category.criteria?.sort((a, b) => a.position - b.position);
    const programme = await manager.getRepository(Programme).findOneByOrFail({ id: nomination.programmeId });
    return { nomination, category, programme, membership } satisfies JudgeContext;
  }

  /** A nomination of a category the user sits on the panel of, whatever its state; 404 otherwise. */
  async onPanel(user: AuthUser, nominationId: string, manager: EntityManager = this.dataSource.manager) {
    const nomination = await manager.getRepository(Nomination).findOneBy({ id: nominationId });
    const membership = nomination && (await this.membership(user, nomination.categoryId));
    if (!nomination || !membership) throw new NotFoundError('nomination');
    return { nomination, membership };
  }

  async isRecused(manager: EntityManager, nominationId: string, judgeId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM ${OPEN_CONFLICTS} WHERE nomination_id = $1 AND judge_id = $2`,
      [nominationId, judgeId],
    );
    return rows.length > 0;
  }

  /**
   * Records, inside the caller's transaction, the conflicts the system sees (`SYSTEM_CONFLICTS`)
   * for a category's panel members (or one of them), or for one nomination, with an audit record
   * each: what makes them listable, clearable and part of the record (they recuse already).
   * Called when those facts change: a panel set, a membership claimed, a nomination screened eligible
   * (jobs/judging.processor.ts). Idempotent: one already recorded, or cleared by an admin, is not
   * recorded again.
   */
  async recordSystemConflicts(
    manager: EntityManager,
    of: { categoryId: string; judgeId?: string } | { nominationId: string },
  ): Promise<void> {
    const none = { categoryId: null, judgeId: null, nominationId: null };
    const { categoryId, judgeId, nominationId } = { ...none, ...of };
    const raised = await manager.query<{ id: string; nomination_id: string; judge_id: string; reason: string }[]>(
      `INSERT INTO conflicts (nomination_id, category_id, judge_id, source, reason)
       SELECT s.nomination_id, s.category_id, s.judge_id, 'system', s.reason
       FROM ${SYSTEM_CONFLICTS} s
       WHERE ($1::uuid IS NULL OR s.category_id = $1) AND ($2::uuid IS NULL OR s.judge_id = $2)
         AND ($3::uuid IS NULL OR s.nomination_id = $3)
       ON CONFLICT (nomination_id, judge_id) DO NOTHING
       RETURNING id, nomination_id, judge_id, reason`,
      [categoryId, judgeId, nominationId],
    );
    if (raised.length === 0) return;
    await this.audit.record(
      manager,
      raised.map((c) => ({
        actorId: null,
        action: 'conflict.raised',
        entityType: 'nomination',
        entityId: c.nomination_id,
        data: { judgeId: c.judge_id, source: 'system', reason: c.reason },
      })),
    );
  }
}
