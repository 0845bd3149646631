import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@commend/audit';
import type { AuthUser } from '@commend/auth';
import { lockOrFail, NotFoundError, StaleVersionError } from '@commend/core';
import type { CreateCategoryDto, CriterionDto, UpdateCategoryDto } from './dto/category.dto';
import { CategoryUsage } from './category-usage';
import { Category } from './entities/category.entity';
import { Criterion } from './entities/criterion.entity';
import { Programme } from './entities/programme.entity';
import { CriteriaLockedError, NoCriteriaError, ProgrammeStateError } from './programmes.errors';
import { ProgrammesService } from './programmes.service';

@Injectable()
export class CategoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesService,
    private readonly audit: AuditService,
    private readonly usage: CategoryUsage,
  ) {}

  async create(programmeId: string, dto: CreateCategoryDto, actor: AuthUser): Promise<Category> {
    const id = await this.dataSource.transaction(async (manager) => {
      const programme = await lockOrFail(manager, Programme, programmeId, 'programme');
      if (programme.status !== 'draft' && programme.status !== 'open') {
        throw new ProgrammeStateError(
          `Categories can be added while a programme is draft or open; this one is ${programme.status}`,
        );
      }
      const { criteria, ...fields } = dto;
      if (criteria.length === 0 && programme.status !== 'draft') throw new NoCriteriaError();
      const category = await manager
        .getRepository(Category)
        .save(manager.getRepository(Category).create({ ...fields, programmeId }));
      await this.saveCriteria(manager, category.id, criteria);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'category.created',
        entityType: 'category',
        entityId: category.id,
        data: { programmeId },
      });
      return category.id;
    });
    return this.get(id, actor);
  }

  async list(programmeId: string, user: AuthUser): Promise<Category[]> {
    await this.programmes.get(programmeId, user);
    return this.dataSource.getRepository(Category).find({
      where: { programmeId },
      relations: { criteria: true },
      order: { createdAt: 'ASC', criteria: { position: 'ASC' } },
    });
  }

  /**
   * A programme and the categories an export or report covers: all of them, or the one asked
   * for, which must be the programme's (else `category.not_found`).
   */
  async scope(
    programmeId: string,
    categoryId: string | undefined,
    user: AuthUser,
  ): Promise<{ programme: Programme; categories: Category[] }> {
    const programme = await this.programmes.get(programmeId, user);
    const all = await this.list(programmeId, user);
    const categories = categoryId ? all.filter((c) => c.id === categoryId) : all;
    if (categoryId && categories.length === 0) throw new NotFoundError('category');
    return { programme, categories };
  }

  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<Category> {
    const category = await manager.getRepository(Category).findOne({
      where: { id },
      relations: { criteria: true },
      order: { criteria: { position: 'ASC' } },
    });
    if (!category) throw new NotFoundError('category');
    await this.programmes.get(category.programmeId, user, manager).catch(() => {
      throw new NotFoundError('category');
    });
    return category;
  }

  async update(id: string, dto: UpdateCategoryDto, actor: AuthUser): Promise<Category> {
    await this.dataSource.transaction(async (manager) => {
      const category = await lockOrFail(manager, Category, id, 'category');
      if (category.version !== dto.version) throw new StaleVersionError('category', category.version);
      const { version: _version, criteria, ...changes } = dto;
      if (criteria) {
        if (await this.usage.inUse(manager, id)) throw new CriteriaLockedError();
        if (criteria.length === 0) {
          const programme = await manager.getRepository(Programme).findOneByOrFail({ id: category.programmeId });
          if (programme.status !== 'draft') throw new NoCriteriaError();
        }
        await manager.getRepository(Criterion).delete({ categoryId: id });
        await this.saveCriteria(manager, id, criteria);
      }
      Object.assign(category, changes);
      // Bump the version even when only the criteria changed.
      await manager.getRepository(Category).save({ ...category, updatedAt: new Date() });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'category.updated',
        entityType: 'category',
        entityId: id,
        data: { fields: Object.keys(dto).filter((f) => f !== 'version') },
      });
    });
    return this.get(id, actor);
  }

  private async saveCriteria(manager: EntityManager, categoryId: string, criteria: CriterionDto[]): Promise<void> {
    const repo = manager.getRepository(Criterion);
    await repo.save(
      criteria.map((c, position) => repo.create({ ...c, guidance: c.guidance ?? '', categoryId, position })),
    );
  }
}
