import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ChangeRecorder } from '@commend/audit';
import { hasRole, Role, User, type AuthUser } from '@commend/auth';
import { EventType, lockOrFail, NotFoundError } from '@commend/core';
import { Category, type PanelsOfCategories } from '@commend/programmes';
import type { SetPanelDto } from './dto/panel.dto';
import { OutcomesRecord } from './entities/outcomes-record.entity';
import { PanelMember } from './entities/panel-member.entity';
import { JudgingAccess } from './judging-access.service';
import { OWED_SCORECARDS } from './judging-rules';
import { JudgingClosedError, JudgingInvalidError, NothingOwedError } from './judging.errors';
import type { PanelView, ReminderView } from './dto/judging-views.dto';

export type { PanelView, ReminderView };

const keyOf = (m: { userId: string | null; email: string | null }): string => m.userId ?? `email:${m.email}`;

@Injectable()
export class PanelsService implements PanelsOfCategories {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JudgingAccess,
    private readonly changes: ChangeRecorder,
  ) {}

  /** Replaces a category's panel. Members new to it are told (through the outbox). */
  async set(categoryId: string, dto: SetPanelDto, admin: AuthUser): Promise<PanelView> {
    dto.members.forEach((m, i) => {
      if (!m.userId === !m.email) throw new JudgingInvalidError(`members[${i}]: give userId or email, one of them`);
    });
    if (!dto.members.some((m) => m.chair)) throw new JudgingInvalidError('members: name at least one chair');

    await this.dataSource.transaction(async (manager) => {
      await lockOrFail(manager, Category, categoryId, 'category');
      await this.assertNotApproved(manager, categoryId);
      const wanted = await this.resolve(manager, dto);
      const repo = manager.getRepository(PanelMember);
      const before = await repo.findBy({ categoryId });
      const had = new Set(before.map(keyOf));
      await repo.delete({ categoryId });
      const saved = await repo.save(wanted.map((m) => repo.create({ ...m, categoryId })));
      const added = saved.filter((m) => !had.has(keyOf(m)));
      const kept = new Set(saved.map(keyOf));
      await this.changes.record(manager, {
        actorId: admin.id,
        action: 'panel.set',
        entityType: 'category',
        entityId: categoryId,
        data: {
          members: saved.map((m) => ({ userId: m.userId, email: m.userId ? undefined : m.email, chair: m.chair })),
          removed: before.filter((m) => !kept.has(keyOf(m))).map(keyOf),
        },
        events: added.map((m) => ({ type: EventType.PanelAssigned, payload: { categoryId, panelMemberId: m.id } })),
      });
      await this.access.recordSystemConflicts(manager, { categoryId });
    });
    return this.view(categoryId);
  }

  /** For admins, and the category's chair. */
  async get(categoryId: string, user: AuthUser): Promise<PanelView> {
    if (!(await this.dataSource.getRepository(Category).existsBy({ id: categoryId }))) {
      throw new NotFoundError('category');
    }
    if (!hasRole(user, Role.Admin)) await this.access.chairMembership(user, categoryId);
    return this.view(categoryId);
  }

  /**
   * The chair (or an admin) reminds one panel member of the scorecards they still owe, now:
   * the judging reminder e-mail, through the outbox (the notifications lib writes it).
   */
  async remind(categoryId: string, panelMemberId: string, user: AuthUser): Promise<ReminderView> {
    if (!(await this.dataSource.getRepository(Category).existsBy({ id: categoryId }))) {
      throw new NotFoundError('category');
    }
    if (!hasRole(user, Role.Admin)) await this.access.chairMembership(user, categoryId);
    return this.dataSource.transaction(async (manager) => {
      const member = await manager
        .getRepository(PanelMember)
        .findOne({ where: { id: panelMemberId, categoryId }, lock: { mode: 'pessimistic_read' } });
      if (!member) throw new NotFoundError('panel_member');
      const [{ owed }] = await manager.query<{ owed: number }[]>(
        `SELECT count(*)::int AS owed FROM ${OWED_SCORECARDS} WHERE panel_member_id = $1`,
        [panelMemberId],
      );
      if (owed === 0) throw new NothingOwedError();
      await this.changes.record(manager, {
        actorId: user.id,
        action: 'judge.reminded',
        entityType: 'category',
        entityId: categoryId,
        data: { panelMemberId, owed },
        events: [{ type: EventType.JudgeReminded, payload: { categoryId, panelMemberId } }],
      });
      return { panelMemberId, owed };
    });
  }

  /** Of these categories, those with at least one panel member (readiness in programmes). */
  async withPanel(manager: EntityManager, categoryIds: string[]): Promise<Set<string>> {
    if (categoryIds.length === 0) return new Set();
    const rows = await manager
      .getRepository(PanelMember)
      .createQueryBuilder('m')
      .select('DISTINCT m.category_id', 'categoryId')
      .where('m.category_id IN (:...ids)', { ids: categoryIds })
      .getRawMany<{ categoryId: string }>();
    return new Set(rows.map((r) => r.categoryId));
  }

  /**
   * The copied programme's category gets the same members, chairs and teams, in the caller's
   * transaction. They are told of it, as on any panel they are put on.
   */
  async copy(manager: EntityManager, from: string, to: string, actorId: string): Promise<void> {
    const repo = manager.getRepository(PanelMember);
    const members = await repo.find({ where: { categoryId: from }, order: { createdAt: 'ASC' } });
    if (members.length === 0) return;
    const saved = await repo.save(
      members.map((m) =>
        repo.create({ categoryId: to, userId: m.userId, email: m.email, chair: m.chair, team: m.team }),
      ),
    );
    await this.changes.record(manager, {
      actorId,
      action: 'panel.set',
      entityType: 'category',
      entityId: to,
      data: {
        copiedFrom: from,
        members: saved.map((m) => ({ userId: m.userId, email: m.userId ? undefined : m.email, chair: m.chair })),
        removed: [],
      },
      events: saved.map((m) => ({ type: EventType.PanelAssigned, payload: { categoryId: to, panelMemberId: m.id } })),
    });
  }

  private async view(categoryId: string): Promise<PanelView> {
    const members = await this.dataSource.getRepository(PanelMember).find({
      where: { categoryId },
      relations: { user: true },
      order: { chair: 'DESC', createdAt: 'ASC' },
    });
    return {
      categoryId,
      members: members.map((m) => ({
        id: m.id,
        userId: m.userId,
        name: m.user?.displayName ?? null,
        email: m.user?.email ?? m.email,
        chair: m.chair,
        team: m.team,
        signedIn: m.userId !== null,
      })),
    };
  }

  /**
   * Members by user id, or by e-mail matched to a known user's verified sign-in name now or at
   * their first sign-in (never to a stored `email`, which a token could have claimed).
   */
  private async resolve(
    manager: EntityManager,
    dto: SetPanelDto,
  ): Promise<Pick<PanelMember, 'userId' | 'email' | 'chair' | 'team'>[]> {
    const users = manager.getRepository(User);
    const ids = dto.members.flatMap((m) => (m.userId ? [m.userId] : []));
    const emails = dto.members.flatMap((m) => (m.email ? [m.email.trim().toLowerCase()] : []));
    const byId = new Map((ids.length ? await users.findBy({ id: In(ids) }) : []).map((u) => [u.id, u]));
    const byUsername = new Map<string, User[]>();
    for (const u of emails.length ? await users.findBy({ username: In(emails) }) : []) {
      byUsername.set(u.username!, [...(byUsername.get(u.username!) ?? []), u]);
    }
    const seen = new Set<string>();
    return dto.members.map((m, i) => {
      let user: User | undefined;
      if (m.userId) {
        user = byId.get(m.userId);
        if (!user) throw new JudgingInvalidError(`members[${i}].userId: no user ${m.userId} has signed in`);
      } else {
        const matches = byUsername.get(m.email!.trim().toLowerCase()) ?? [];
        // A sign-in name can pass from a leaver to a newcomer: the admin picks, Commend does not guess.
        if (matches.length > 1) {
          throw new JudgingInvalidError(
            `members[${i}].email: more than one person has signed in with this address; give their userId instead`,
          );
        }
        user = matches[0];
      }
      const member = {
        userId: user?.id ?? null,
        email: user ? user.email : m.email!.trim().toLowerCase(),
        chair: m.chair === true,
        team: m.team?.trim() || null,
      };
      const key = keyOf(member);
      if (seen.has(key)) throw new JudgingInvalidError(`members[${i}]: this person is on the panel twice`);
      seen.add(key);
      return member;
    });
  }

  private async assertNotApproved(manager: EntityManager, categoryId: string): Promise<void> {
    const record = await manager.getRepository(OutcomesRecord).findOneBy({ categoryId });
    if (record?.status === 'approved') {
      throw new JudgingClosedError("This category's outcomes are approved: its panel can no longer change");
    }
  }
}
