import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { NotFoundError } from '../errors/common-errors';

/** The row with this id, locked (FOR UPDATE) until the transaction ends; NotFoundError(`what`) when absent. */
export async function lockOrFail<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  what: string,
): Promise<T> {
  const row = await manager
    .getRepository(entity)
    .findOne({ where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
  if (!row) throw new NotFoundError(what);
  return row;
}
