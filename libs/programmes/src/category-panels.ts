import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What the lib that owns panels (judging) answers for this one, inside the caller's transaction. */
export interface PanelsOfCategories {
  /** Of these categories, the ids of those with at least one panel member. */
  withPanel(manager: EntityManager, categoryIds: string[]): Promise<Set<string>>;
  /** Gives category `to` the same panel as `from` (a programme copied from last year's). */
  copy(manager: EntityManager, from: string, to: string, actorId: string): Promise<void>;
}

/**
 * Readiness and copying need a category's panel, and panels live in a lib that depends on this
 * one. So that lib registers its answers here when its module starts (as with CategoryUsage),
 * and this lib never reads the other's table.
 */
@Injectable()
export class CategoryPanels {
  private owner: PanelsOfCategories | undefined;

  register(owner: PanelsOfCategories): void {
    this.owner = owner;
  }

  get panels(): PanelsOfCategories {
    // Fail closed: without it, every category would read as "no panel" and copies would drop panels.
    if (!this.owner) throw new Error('No lib registered how categories have panels (JudgingModule)');
    return this.owner;
  }
}
