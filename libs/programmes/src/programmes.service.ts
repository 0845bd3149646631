import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ChangeRecorder } from '@commend/audit';
import { hasRole, Role, type AuthUser } from '@commend/auth';
import { lockOrFail, NotFoundError, StaleVersionError } from '@commend/core';
import type { CreateProgrammeDto, UpdateProgrammeDto } from './dto/programme.dto';
import { Category } from './entities/category.entity';
import { Programme } from './entities/programme.entity';
import { ProgrammeLifecycle } from './programme-lifecycle';
import { ProgrammeDatesError, ProgrammeStateError, ReferencePrefixTakenError } from './programmes.errors';

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
      Object.assign(programme, rest);
      checkDates(programme);
      const saved = await manager.getRepository(Programme).save(programme);
      await this.changes.record(manager, {
        actorId: actor.id,
        action: 'programme.updated',
        entityType: 'programme',
        entityId: saved.id,
        data: { fields: Object.keys(changes) },
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
          const categories = await manager.getRepository(Category).countBy({ programmeId: programme.id });
          if (categories === 0) throw new ProgrammeStateError('Add at least one category before opening the programme');
          if (programme.nominationsCloseAt <= new Date()) {
            throw new ProgrammeStateError('The nominations close time has passed: move it later before opening');
          }
        },
      }),
    );
  }

  close(id: string, actor: AuthUser): Promise<Programme> {
    return this.dataSource.transaction((manager) =>
      this.lifecycle.transition(manager, id, 'closed', { actorId: actor.id, data: { from: 'open' } }),
    );
  }
}

function checkDates(p: Programme): void {
  if (p.nominationsCloseAt <= p.nominationsOpenAt) {
    throw new ProgrammeDatesError('nominationsCloseAt must be after nominationsOpenAt');
  }
  if (p.judgingCloseAt && p.judgingCloseAt < p.nominationsCloseAt) {
    throw new ProgrammeDatesError('judgingCloseAt must not be before nominationsCloseAt');
  }
  if (p.plannedAnnouncementAt && p.plannedAnnouncementAt < (p.judgingCloseAt ?? p.nominationsCloseAt)) {
    throw new ProgrammeDatesError('plannedAnnouncementAt must be after judging closes');
  }
}
