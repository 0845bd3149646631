import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ChangeRecorder } from '@commend/audit';
import { hasRole, Role, type AuthUser } from '@commend/auth';
import { EventType, lockOrFail, NotFoundError } from '@commend/core';
import { Nomination } from '@commend/nominations';
import { Category } from '@commend/programmes';
import type { DeclareConflictDto } from './dto/conflict.dto';
import { Conflict } from './entities/conflict.entity';
import { PanelMember } from './entities/panel-member.entity';
import { JudgingAccess } from './judging-access.service';
import { ConflictNotYoursError, JudgingInvalidError } from './judging.errors';
import type { ConflictView } from './dto/judging-views.dto';

export type { ConflictView };

/**
 * A conflict as the chair of a blind category sees it: which nomination, how it arose, and
 * whether it is cleared, but not whose it is nor why. The judge paired with a system conflict
 * says who the nominee or nominator is ("the judge is the nominee"), and the reasons name
 * people and teams.
 */
const blindView = (c: ConflictView): ConflictView => ({
  ...c,
  judgeId: null,
  judgeName: null,
  reason: null,
  cleared: c.cleared && { ...c.cleared, reason: null },
});

@Injectable()
export class ConflictsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JudgingAccess,
    private readonly changes: ChangeRecorder,
  ) {}

  /**
   * A judge recuses themselves, or an admin recuses a judge (`judgeId`). Declaring again
   * keeps one record; a cleared one is raised again with the new reason.
   */
  async declare(nominationId: string, dto: DeclareConflictDto, user: AuthUser): Promise<ConflictView> {
    const byAdmin = hasRole(user, Role.Admin) && dto.judgeId !== undefined && dto.judgeId !== user.id;
    if (dto.judgeId !== undefined && dto.judgeId !== user.id && !byAdmin) {
      throw new ConflictNotYoursError();
    }
    const judgeId = byAdmin ? dto.judgeId! : user.id;
    if (!byAdmin) await this.access.onPanel(user, nominationId);
    await this.dataSource.transaction(async (manager) => {
      const nomination = await lockOrFail(manager, Nomination, nominationId, 'nomination');
      if (byAdmin) {
        const member = await manager
          .getRepository(PanelMember)
          .existsBy({ categoryId: nomination.categoryId, userId: judgeId });
        if (!member) {
          throw new JudgingInvalidError("judgeId: this person is not on the panel of the nomination's category");
        }
      } else if (nomination.status !== 'eligible') {
        throw new NotFoundError('nomination');
      }
      const source = byAdmin ? 'admin' : 'declared';
      const reason = dto.reason.trim();
      await manager.query(
        `INSERT INTO conflicts (nomination_id, category_id, judge_id, source, reason, declared_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (nomination_id, judge_id) DO UPDATE
           SET source = EXCLUDED.source, reason = EXCLUDED.reason, declared_by = EXCLUDED.declared_by,
               cleared_at = NULL, cleared_by = NULL, cleared_reason = NULL
           WHERE conflicts.cleared_at IS NOT NULL`,
        [nominationId, nomination.categoryId, judgeId, source, reason, user.id],
      );
      await this.changes.record(manager, {
        actorId: user.id,
        action: 'conflict.declared',
        entityType: 'nomination',
        entityId: nominationId,
        data: { judgeId, source, reason },
        events: [{ type: EventType.ConflictDeclared, payload: { nominationId, judgeId } }],
      });
    });
    return this.one(nominationId, judgeId);
  }

  async clear(nominationId: string, judgeId: string, reason: string, admin: AuthUser): Promise<ConflictView> {
    await this.dataSource.transaction(async (manager) => {
      const conflict = await manager.getRepository(Conflict).findOne({
        where: { nominationId, judgeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!conflict || conflict.clearedAt) throw new NotFoundError('conflict');
      conflict.clearedAt = new Date();
      conflict.clearedBy = admin.id;
      conflict.clearedReason = reason.trim();
      await manager.getRepository(Conflict).save(conflict);
      await this.changes.record(manager, {
        actorId: admin.id,
        action: 'conflict.cleared',
        entityType: 'nomination',
        entityId: nominationId,
        data: { judgeId, source: conflict.source, reason: conflict.clearedReason },
        events: [{ type: EventType.ConflictCleared, payload: { nominationId, judgeId } }],
      });
    });
    return this.one(nominationId, judgeId);
  }

  /** A category's recorded conflicts, for admins and its chair; blind to the chair of a blind category. */
  async list(categoryId: string, user: AuthUser): Promise<ConflictView[]> {
    const category = await this.dataSource.getRepository(Category).findOneBy({ id: categoryId });
    if (!category) throw new NotFoundError('category');
    const admin = hasRole(user, Role.Admin);
    if (!admin) await this.access.chairMembership(user, categoryId);
    const conflicts = await this.query('c.category_id = $1', [categoryId]);
    return admin || !category.effectiveBlindJudging ? conflicts : conflicts.map(blindView);
  }

  private async one(nominationId: string, judgeId: string): Promise<ConflictView> {
    const [view] = await this.query('c.nomination_id = $1 AND c.judge_id = $2', [nominationId, judgeId]);
    return view;
  }

  private async query(where: string, params: unknown[]): Promise<ConflictView[]> {
    const rows = await this.dataSource.query<
      (Omit<Conflict, 'nomination' | 'judge'> & { reference: string; judgeName: string })[]
    >(
      `SELECT c.id, c.nomination_id AS "nominationId", n.reference, c.judge_id AS "judgeId",
              u.display_name AS "judgeName", c.source, c.reason, c.created_at AS "createdAt",
              c.cleared_at AS "clearedAt", c.cleared_by AS "clearedBy", c.cleared_reason AS "clearedReason"
       FROM conflicts c JOIN nominations n ON n.id = c.nomination_id JOIN users u ON u.id = c.judge_id
       WHERE ${where} ORDER BY n.reference, u.display_name`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      nominationId: r.nominationId,
      reference: r.reference,
      judgeId: r.judgeId,
      judgeName: r.judgeName,
      source: r.source,
      reason: r.reason,
      createdAt: r.createdAt,
      cleared: r.clearedAt ? { at: r.clearedAt, by: r.clearedBy, reason: r.clearedReason } : null,
    }));
  }
}
