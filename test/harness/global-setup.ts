import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureChromium, startScratchServices } from '../../scripts/services';
import { HARNESS, TEMPLATE_DATABASE, type HarnessHandles } from '@commend/testing';

/**
 * Starts the real services once for the whole e2e run: PostgreSQL (durability off, for
 * speed) with a migrated template database that each suite file clones, Redis, and Azurite
 * for the blob storage driver (each suite takes containers of its own); and finds Chromium for
 * the browser suites.
 */
export default async function globalSetup(): Promise<void> {
  // Once, before the suites run in parallel: the browser suites need it (installed when root).
  ensureChromium((line) => process.stderr.write(`${line}\n`));
  const services = await startScratchServices({
    database: TEMPLATE_DATABASE,
    fast: true,
    azurite: true,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  (globalThis as { __commendHarness?: HarnessHandles }).__commendHarness = services;

  process.env[HARNESS.pgPort] = String(services.postgres.port);
  process.env[HARNESS.redisUrl] = services.redis.url;
  process.env[HARNESS.root] = services.root;
  process.env[HARNESS.azurite] = services.azurite!.connectionString;
  process.env[HARNESS.openapi] = writeOpenApiDocument(services.root);
}

/**
 * The contract the suites' responses are checked against, as `npm run openapi` writes it from
 * the build: the swagger plugin that reads the DTOs and JSDoc runs in `nest build`, not in Jest.
 */
function writeOpenApiDocument(dir: string): string {
  const script = resolve(__dirname, '../../dist/scripts/openapi.js');
  if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build first`);
  const file = join(dir, 'openapi.json');
  const result = spawnSync(process.execPath, [script, file], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('Building the OpenAPI document failed');
  return file;
}
