import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ChangeRecorder } from '@commend/audit';
import { hasRole, Role, type AuthUser } from '@commend/auth';
import { EventType, lockOrFail, NotFoundError, StaleVersionError } from '@commend/core';
import { CategoryPanels } from './category-panels';
import type { CreateProgrammeDto, UpdateProgrammeDto } from './dto/programme.dto';
import type { CopyProgrammeDto, ProgrammeReadinessView } from './dto/readiness.dto';
import { Category } from './entities/category.entity';
import { Criterion } from './entities/criterion.entity';
import { Programme, publicityConsentWordingOf } from './entities/programme.entity';
import { ProgrammeLifecycle } from './programme-lifecycle';
import { readinessOf } from './programme-readiness';
import {
  ProgrammeDatesError,
  ProgrammeNotReadyError,
  ProgrammeStateError,
  ReferencePrefixTakenError,
} from './programmes.errors';

const DATE_FIELDS = ['nominationsOpenAt', 'nominationsCloseAt', 'judgingCloseAt', 'plannedAnnouncementAt'] as const;

/** Nominations may be made between these times, whatever the programme's clock job has done yet. */
export function isAcceptingNominations(programme: Programme, now = new Date()): boolean {
  return programme.status === 'open' && programme.nominationsOpenAt <= now && now < programme.nominationsCloseAt;
}

export const canSeeDrafts = (user: AuthUser): boolean => hasRole(user, Role.Admin);

@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: ChangeRecorder,
    private readonly lifecycle: ProgrammeLifecycle,
    private readonly categoryPanels: CategoryPanels,
  ) {}

  async create(dto: CreateProgrammeDto, actor: AuthUser): Promise<Programme> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Programme);
      if (await repo.existsBy({ referencePrefix: dto.referencePrefix }))
        throw new ReferencePrefixTakenError(dto.referencePrefix);
      const programme = repo.create({
        ...dto,
        theme: dto.theme ?? null,
        nominationsOpenAt: new Date(dto.nominationsOpenAt),
        nominationsCloseAt: new Date(dto.nominationsCloseAt),
        judgingCloseAt: dto.judgingCloseAt ? new Date(dto.judgingCloseAt) : null,
        plannedAnnouncementAt: dto.plannedAnnouncementAt ? new Date(dto.plannedAnnouncementAt) : null,
        publicityConsentWording: publicityConsentWordingOf(dto.publicityConsentWording),
      });
      checkDates(programme);
      const saved = await repo.save(programme);
      // Audited, no event: nothing acts on a programme's set-up; integrations hear of it when it opens.
      await this.changes.record(manager, {
        actorId: actor.id,
        action: 'programme.created',
        entityType: 'programme',
        entityId: saved.id,
      });
      return saved;
    });
  }

  list(user: AuthUser): Promise<Programme[]> {
    const qb = this.dataSource.getRepository(Programme).createQueryBuilder('p').orderBy('p.nominationsOpenAt', 'DESC');
    if (!canSeeDrafts(user)) qb.where(`p.status <> 'draft'`);
    return qb.getMany();
  }

  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<Programme> {
    const programme = await manager.getRepository(Programme).findOneBy({ id });
    if (!programme || (programme.status === 'draft' && !canSeeDrafts(user))) throw new NotFoundError('programme');
    return programme;
  }

  async update(id: string, dto: UpdateProgrammeDto, actor: AuthUser): Promise<Programme> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await lockOrFail(manager, Programme, id, 'programme');
      if (programme.version !== dto.version) throw new StaleVersionError('programme', programme.version);
      const { version: _version, ...changes } = dto;
      if (changes.referencePrefix && changes.referencePrefix !== programme.referencePrefix) {
        if (programme.status !== 'draft')
          throw new ProgrammeStateError('The reference prefix can change only while the programme is a draft');
        if (await manager.getRepository(Programme).existsBy({ referencePrefix: changes.referencePrefix })) {
          throw new ReferencePrefixTakenError(changes.referencePrefix);
        }
      }
      if (['announced', 'archived'].includes(programme.status)) {
        throw new ProgrammeStateError(`The programme is ${programme.status} and can no longer change`);
      }
      for (const field of DATE_FIELDS) {
        const value = changes[field];
        // null reaches here only for the dates the DTO declares nullable: it clears them.
        if (value !== undefined)
          (programme as Record<typeof field, Date | null>)[field] = value === null ? null : new Date(value);
      }
      const {
        nominationsOpenAt: _o,
        nominationsCloseAt: _c,
        judgingCloseAt: _j,
        plannedAnnouncementAt: _p,
        ...rest
      } = changes;
      const identifiersBefore = JSON.stringify(programme.privacyLocalIdentifiers);
      Object.assign(programme, rest);
      if (rest.publicityConsentWording !== undefined)
        programme.publicityConsentWording = publicityConsentWordingOf(rest.publicityConsentWording);
      checkDates(programme);
      const saved = await manager.getRepository(Programme).save(programme);
      await this.changes.record(manager, {
        actorId: actor.id,
        action: 'programme.updated',
        entityType: 'programme',
        entityId: saved.id,
        data: { fields: Object.keys(changes) },
        // The privacy check of evidence already read used the old templates: it is read again.
        events:
          JSON.stringify(saved.privacyLocalIdentifiers) === identifiersBefore
            ? []
            : [{ type: EventType.ProgrammeIdentifiersChanged, payload: { programmeId: saved.id } }],
      });
      return saved;
    });
  }

  open(id: string, actor: AuthUser): Promise<Programme> {
    return this.dataSource.transaction((manager) =>
      this.lifecycle.transition(manager, id, 'open', {
        actorId: actor.id,
        data: { from: 'draft' },
        check: async (programme) => {
          const { problems } = await this.readinessIn(manager, programme);
          if (problems.length > 0) throw new ProgrammeNotReadyError(problems);
        },
      }),
    );
  }

  /** "Check before you open": what blocks opening (problems) and what is worth doing first (warnings). */
  async readiness(id: string, user: AuthUser): Promise<ProgrammeReadinessView> {
    const programme = await this.get(id, user);
    return this.readinessIn(this.dataSource.manager, programme);
  }

  private async readinessIn(manager: EntityManager, programme: Programme): Promise<ProgrammeReadinessView> {
    const categories = await manager
      .getRepository(Category)
      .createQueryBuilder('c')
      .select(['c.id AS id', 'c.name AS name'])
      .addSelect((q) => q.select('count(*)::int').from(Criterion, 'k').where('k.category_id = c.id'), 'criteria')
      .where('c.programme_id = :id', { id: programme.id })
      .orderBy('c.created_at', 'ASC')
      .getRawMany<{ id: string; name: string; criteria: number }>();
    const withPanel = await this.categoryPanels.panels.withPanel(
      manager,
      categories.map((c) => c.id),
    );
    return readinessOf({
      programmeId: programme.id,
      nominationsCloseAt: programme.nominationsCloseAt,
      categories: categories.map((c) => ({ ...c, hasPanel: withPanel.has(c.id) })),
      now: new Date(),
    });
  }

  /**
   * A new draft from a programme (most run every year): its settings, categories, criteria and
   * panels, none of its nominations. Dates move by a year unless given.
   */
  async copy(id: string, dto: CopyProgrammeDto, actor: AuthUser): Promise<Programme> {
    return this.dataSource.transaction(async (manager) => {
      const source = await this.get(id, actor, manager);
      const repo = manager.getRepository(Programme);
      if (await repo.existsBy({ referencePrefix: dto.referencePrefix }))
        throw new ReferencePrefixTakenError(dto.referencePrefix);
      const openAt = dto.nominationsOpenAt ? new Date(dto.nominationsOpenAt) : aYearOn(source.nominationsOpenAt);
      const shift = openAt.getTime() - source.nominationsOpenAt.getTime();
      const moved = (d: Date | null): Date | null => (d ? new Date(d.getTime() + shift) : null);
      const programme = repo.create({
        name: dto.name,
        description: source.description,
        theme: source.theme,
        referencePrefix: dto.referencePrefix,
        timeZone: source.timeZone,
        nominationsOpenAt: openAt,
        nominationsCloseAt: dto.nominationsCloseAt
          ? new Date(dto.nominationsCloseAt)
          : moved(source.nominationsCloseAt)!,
        judgingCloseAt: moved(source.judgingCloseAt),
        plannedAnnouncementAt: moved(source.plannedAnnouncementAt),
        blindJudging: source.blindJudging,
        notifyNomineeOnSubmission: source.notifyNomineeOnSubmission,
        privacyFindingsBlockSubmission: source.privacyFindingsBlockSubmission,
        privacyLocalIdentifiers: source.privacyLocalIdentifiers,
        peerScoresVisibleAfterOwn: source.peerScoresVisibleAfterOwn,
        retentionMonths: source.retentionMonths,
        publicityConsentWording: publicityConsentWordingOf(source.publicityConsentWording),
      });
      checkDates(programme);
      const saved = await repo.save(programme);
      const categories = await manager.getRepository(Category).find({
        where: { programmeId: source.id },
        relations: { criteria: true },
        order: { createdAt: 'ASC', criteria: { position: 'ASC' } },
      });
      const copies: { from: string; to: string }[] = [];
      for (const c of categories) {
        const {
          id: from,
          programmeId: _p,
          programme: _programme,
          criteria,
          version: _v,
          createdAt: _c,
          updatedAt: _u,
          effectiveBlindJudging: _b,
          effectiveNotifyNominee: _n,
          ...fields
        } = c;
        const copy = await manager
          .getRepository(Category)
          .save(manager.getRepository(Category).create({ ...fields, programmeId: saved.id }));
        await manager
          .getRepository(Criterion)
          .save(
            (criteria ?? []).map(({ id: _id, categoryId: _cat, category: _category, ...k }) =>
              manager.getRepository(Criterion).create({ ...k, categoryId: copy.id }),
            ),
          );
        await this.categoryPanels.panels.copy(manager, from, copy.id, actor.id);
        copies.push({ from, to: copy.id });
      }
      await this.changes.record(manager, {
        actorId: actor.id,
        action: 'programme.copied',
        entityType: 'programme',
        entityId: saved.id,
        data: { from: source.id, categories: copies },
      });
      return saved;
    });
  }

  close(id: string, actor: AuthUser): Promise<Programme> {
    return this.dataSource.transaction((manager) =>
      this.lifecycle.transition(manager, id, 'closed', { actorId: actor.id, data: { from: 'open' } }),
    );
  }
}

function aYearOn(d: Date): Date {
  const next = new Date(d);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

function checkDates(p: Programme): void {
  if (p.nominationsCloseAt <= p.nominationsOpenAt) {
    throw new ProgrammeDatesError('nominationsCloseAt', 'nominationsCloseAt must be after nominationsOpenAt');
  }
  if (p.judgingCloseAt && p.judgingCloseAt < p.nominationsCloseAt) {
    throw new ProgrammeDatesError('judgingCloseAt', 'judgingCloseAt must not be before nominationsCloseAt');
  }
  if (p.plannedAnnouncementAt && p.plannedAnnouncementAt < (p.judgingCloseAt ?? p.nominationsCloseAt)) {
    throw new ProgrammeDatesError('plannedAnnouncementAt', 'plannedAnnouncementAt must be after judging closes');
  }
}
