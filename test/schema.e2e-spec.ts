import { DataSource } from 'typeorm';
import { dataSourceOptions, ENTITIES } from '../migrations/data-source';
import { createTestDatabase, startTestApi } from '@commend/testing';

describe('The migrations', () => {
  it('produce exactly the schema the entities describe', async () => {
    const dataSource = await new DataSource(dataSourceOptions(await createTestDatabase())).initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();

      // Any query here means an entity changed without a migration: run npm run migration:generate.
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('cover every entity the API loads', async () => {
    const api = await startTestApi();
    try {
      const loaded = api.db.entityMetadatas.map((m) => m.target);

      expect(new Set(loaded)).toEqual(new Set(ENTITIES));
    } finally {
      await api.close();
    }
  });
});
