import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Whether something a lib above this one holds was made in the category, inside the caller's transaction. */
export type CategoryInUse = (manager: EntityManager, categoryId: string) => Promise<boolean>;

/**
 * A category's criteria are fixed once it is in use, and the facts of "in use" (its nominations)
 * live in a lib that depends on this one. So that lib registers its check here when its module
 * starts (the call is inverted), and this lib never reads the other's table.
 */
@Injectable()
export class CategoryUsage {
  private readonly checks: CategoryInUse[] = [];

  register(check: CategoryInUse): void {
    this.checks.push(check);
  }

  async inUse(manager: EntityManager, categoryId: string): Promise<boolean> {
    // Fail closed: without a registered check, "not in use" would silently unlock the criteria.
    if (this.checks.length === 0) throw new Error('No lib registered how a category is in use (NominationsModule)');
    for (const check of this.checks) if (await check(manager, categoryId)) return true;
    return false;
  }
}
