import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { HARNESS, TEMPLATE_DATABASE } from './harness-env';

function harnessPort(): string {
  const port = process.env[HARNESS.pgPort];
  if (!port) throw new Error('No test PostgreSQL: run e2e suites through jest, whose global setup starts it');
  return port;
}

export const testDatabaseUrl = (database: string): string =>
  `postgres://commend@127.0.0.1:${harnessPort()}/${database}`;

/** A fresh database for one suite file, cloned from the migrated template (fast). */
export async function createTestDatabase(): Promise<string> {
  const name = `suite_${randomBytes(6).toString('hex')}`;
  const admin = await new DataSource({ type: 'postgres', url: testDatabaseUrl('postgres') }).initialize();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.destroy();
  }
  return testDatabaseUrl(name);
}

export function testRedisUrl(): string {
  const url = process.env[HARNESS.redisUrl];
  if (!url) throw new Error('No test Redis: run e2e suites through jest, whose global setup starts it');
  return url;
}
