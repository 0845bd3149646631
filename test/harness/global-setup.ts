import { ensureChromium, startScratchServices } from '../../scripts/services';
import { HARNESS, TEMPLATE_DATABASE, type HarnessHandles } from '@commend/testing';

/**
 * Starts the real services once for the whole e2e run: PostgreSQL (durability off, for
 * speed) with a migrated template database that each suite file clones, and Redis; and
 * finds Chromium for the browser suites.
 */
export default async function globalSetup(): Promise<void> {
  // Once, before the suites run in parallel: the browser suites need it (installed when root).
  ensureChromium((line) => process.stderr.write(`${line}\n`));
  const services = await startScratchServices({
    database: TEMPLATE_DATABASE,
    fast: true,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  (globalThis as { __commendHarness?: HarnessHandles }).__commendHarness = services;

  process.env[HARNESS.pgPort] = String(services.postgres.port);
  process.env[HARNESS.redisUrl] = services.redis.url;
  process.env[HARNESS.root] = services.root;
}
