import type { ScratchServices } from '../../../scripts/services';

/** Environment variables through which the global setup tells suites where services run. */
export const HARNESS = {
  pgPort: 'COMMEND_TEST_PG_PORT',
  redisUrl: 'COMMEND_TEST_REDIS_URL',
  root: 'COMMEND_TEST_ROOT',
  /** A connection string for the harness's Azurite (its blob service, development account). */
  azurite: 'COMMEND_TEST_AZURITE',
  /** The API's OpenAPI document, built from `dist` (the swagger plugin runs in `nest build`, not in Jest). */
  openapi: 'COMMEND_TEST_OPENAPI',
} as const;

export const TEMPLATE_DATABASE = 'commend_template';

/** What the global setup started, for the global teardown to stop. */
export type HarnessHandles = ScratchServices;

/**
 * Rate limits the suites and benchmarks run under: far above what they send, so only the suite
 * about the limit (which sets its own) meets one. The limit stays on, as in production.
 */
export const GENEROUS_RATE_LIMITS = {
  RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
  RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000000',
} as const;
