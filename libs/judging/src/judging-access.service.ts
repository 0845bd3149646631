import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@commend/audit';
import { hasRole, Role, type AuthUser } from '@commend/auth';
import { NotFoundError } from '@commend/core';
import { Nomination } from '@commend/nominations';
import { Category, Programme } from '@commend/programmes';
import { PanelMember } from './entities/panel-member.entity';
import { NotChairError, RecusedError } from './judging.errors';

export interface JudgeContext {
  nomination: Nomination;
  category: Category;
  programme: Programme;
  seat: PanelMember;
}

/**
 * Who may judge what. A seat needs both the data (a panel row) and the token's role; a chair's
 * seat needs the Chair role. Conflicts the system can see are raised here, before anything
 * of the nomination is shown, so they exist whatever changed since (a screening, a new seat,
 * a judge's first sign-in).
 */
@Injectable()
export class JudgingAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The user's seats, after matching seats set by e-mail to them. Only on the verified sign-in
   * name: the token's `email` claim is anyone's to set (claims.ts).
   */
  async seats(user: AuthUser): Promise<PanelMember[]> {
    // A chair is a judge too (DESIGN.md), whether or not the token also says Judge.
    if (!hasRole(user, Role.Judge, Role.Chair)) return [];
    if (user.username) {
      await this.dataSource.query(
        `UPDATE panel_members pm SET user_id = $1
         WHERE pm.user_id IS NULL AND pm.email = $2
           AND NOT EXISTS (SELECT 1 FROM panel_members o WHERE o.category_id = pm.category_id AND o.user_id = $1)`,
        [user.id, user.username],
      );
    }
    return this.dataSource.getRepository(PanelMember).findBy({ userId: user.id });
  }

  async seat(user: AuthUser, categoryId: string): Promise<PanelMember | null> {
    return (await this.seats(user)).find((s) => s.categoryId === categoryId) ?? null;
  }

  /** The chair's seat of a category, or 403. */
  async chairSeat(user: AuthUser, categoryId: string): Promise<PanelMember> {
    const seat = await this.seat(user, categoryId);
    if (!seat?.chair || !hasRole(user, Role.Chair)) throw new NotChairError();
    return seat;
  }

  /**
   * An eligible nomination the judge sits on and is not recused from (403 when recused).
   * An unknown id, a nomination of a panel the judge is not on and one that is not eligible
   * (a draft) all get the same 404, so a judge cannot learn which ids exist.
   */
  async forNomination(user: AuthUser, nominationId: string, manager: EntityManager = this.dataSource.manager) {
    const { nomination, seat } = await this.onPanel(user, nominationId, manager);
    if (nomination.status !== 'eligible') throw new NotFoundError('nomination');
    await this.raiseConflicts(nomination.categoryId, user.id);
    if (await this.isRecused(manager, nominationId, user.id)) throw new RecusedError();
    const category = await manager.getRepository(Category).findOneOrFail({
      where: { id: nomination.categoryId },
      relations: { criteria: true },
    });
    category.criteria?.sort((a, b) => a.position - b.position);
    const programme = await manager.getRepository(Programme).findOneByOrFail({ id: nomination.programmeId });
    return { nomination, category, programme, seat } satisfies JudgeContext;
  }

  /** A nomination of a category the user sits on the panel of, whatever its state; 404 otherwise. */
  async onPanel(user: AuthUser, nominationId: string, manager: EntityManager = this.dataSource.manager) {
    const nomination = await manager.getRepository(Nomination).findOneBy({ id: nominationId });
    const seat = nomination && (await this.seat(user, nomination.categoryId));
    if (!nomination || !seat) throw new NotFoundError('nomination');
    return { nomination, seat };
  }

  async isRecused(manager: EntityManager, nominationId: string, judgeId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM conflicts WHERE nomination_id = $1 AND judge_id = $2 AND cleared_at IS NULL',
      [nominationId, judgeId],
    );
    return rows.length > 0;
  }

  /**
   * Records the conflicts the system can see for a category's seated judges (or one judge):
   * the judge nominated, is the nominee, is in the nominated team, or sits in the nominee's
   * team or service. A conflict an admin cleared is not raised again.
   */
  async raiseConflicts(categoryId: string, judgeId?: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const raised = await manager.query<{ id: string; nomination_id: string; judge_id: string; reason: string }[]>(
        `WITH seats AS MATERIALIZED (
           SELECT u.id AS judge_id, u.email, pm.team AS team_name, lower(pm.team) AS team,
                  jsonb_build_array(jsonb_build_object('email', u.email)) AS as_member
           FROM panel_members pm JOIN users u ON u.id = pm.user_id
           WHERE pm.category_id = $1 AND ($2::uuid IS NULL OR pm.user_id = $2))
         INSERT INTO conflicts (nomination_id, category_id, judge_id, source, reason)
         SELECT n.id, n.category_id, j.judge_id, 'system',
           CASE
             WHEN n.nominator_id = j.judge_id THEN 'The judge nominated this nominee'
             WHEN n.nominee_email = j.email THEN 'The judge is the nominee'
             WHEN n.team_members @> j.as_member THEN 'The judge is a member of the nominated team'
             ELSE 'The nominee is in the judge''s team or service (' || j.team_name || ')'
           END
         FROM seats j
         JOIN nominations n ON n.category_id = $1 AND n.status = 'eligible'
         WHERE n.nominator_id = j.judge_id
            OR (j.email IS NOT NULL AND (n.nominee_email = j.email OR n.team_members @> j.as_member))
            OR (j.team IS NOT NULL AND j.team IN (lower(n.nominee_team), lower(n.nominee_name)))
         ON CONFLICT (nomination_id, judge_id) DO NOTHING
         RETURNING id, nomination_id, judge_id, reason`,
        [categoryId, judgeId ?? null],
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
    });
  }
}
