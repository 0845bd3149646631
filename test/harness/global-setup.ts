import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chmodSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../migrations/data-source';
import { ensureBinaries, freePort, startPostgres, startRedis } from '../../scripts/services';
import { HARNESS, TEMPLATE_DATABASE, type HarnessHandles } from '@commend/testing';

/**
 * Starts the real services once for the whole e2e run: PostgreSQL (durability off, for
 * speed) with a migrated template database that each suite file clones, and Redis.
 */
export default async function globalSetup(): Promise<void> {
  const { pgBin, redisServer } = ensureBinaries((line) => process.stderr.write(`${line}\n`));
  const root = mkdtempSync(join(tmpdir(), 'commend-test-'));
  chmodSync(root, 0o755); // the postgres user (when running as root) must reach its data folder
  const postgres = startPostgres({ pgBin, dataDir: join(root, 'pg'), port: await freePort(), fast: true });
  const redis = await startRedis({ redisServer, port: await freePort() });
  (globalThis as { __commendHarness?: HarnessHandles }).__commendHarness = { postgres, redis, root };

  const admin = await new DataSource({ type: 'postgres', url: postgres.url('postgres') }).initialize();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.destroy();
  const template = await new DataSource(dataSourceOptions(postgres.url(TEMPLATE_DATABASE))).initialize();
  await template.runMigrations({ transaction: 'each' });
  await template.destroy();

  process.env[HARNESS.pgPort] = String(postgres.port);
  process.env[HARNESS.redisUrl] = redis.url;
  process.env[HARNESS.root] = root;
}
