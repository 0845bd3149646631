import type { EntityManager } from 'typeorm';
import { CategoryUsage } from './category-usage';

describe('CategoryUsage', () => {
  const manager = {} as EntityManager;

  it('refuses to answer when no lib registered how a category is in use, rather than unlock its criteria', async () => {
    const usage = new CategoryUsage();

    await expect(usage.inUse(manager, 'c1')).rejects.toThrow('No lib registered');
  });

  it('says a category is in use when any registered check finds it so', async () => {
    const usage = new CategoryUsage();
    usage.register(() => Promise.resolve(false));
    usage.register((_m, id) => Promise.resolve(id === 'c1'));

    expect(await usage.inUse(manager, 'c1')).toBe(true);
    expect(await usage.inUse(manager, 'c2')).toBe(false);
  });
});
