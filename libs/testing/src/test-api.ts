import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApiApp } from '@commend/api';
import { DevIdp, type DevIdpOptions, type TokenRequest } from '@commend/dev-idp';
import { loadConfig, type AppConfig } from '@commend/core';
import { createTestDatabase, testRedisUrl } from './test-database';

export const TEST_TENANT_ID = '7e57e57e-0000-4000-8000-00000000a11d';
export const TEST_CLIENT_ID = '7e57e57e-0000-4000-8000-0000000c11e7';

export interface TestApi {
  app: INestApplication;
  http: TestAgent;
  idp: DevIdp;
  config: AppConfig;
  /** The app's own connection to this suite's database, for arranging and checking rows. */
  db: DataSource;
  /** An access token from the dev issuer for a demo user, or a user given inline. */
  token(user: TokenRequest['user'], roles?: string[], extra?: Omit<TokenRequest, 'user' | 'roles'>): string;
  /** What a built API or worker process needs to run beside this one: its database, issuer and evidence folder. */
  processEnv(): Record<string, string>;
  close(): Promise<void>;
}

/**
 * The real API on its own database, validating tokens from its own dev issuer over HTTPS
 * (trusted through AUTH_CA_FILE, as in the demo). `idpOptions` registers a web client at the
 * issuer or shortens its tokens' lifetime, for the browser sign-in.
 */
export async function startTestApi(
  env: Record<string, string> = {},
  idpOptions: Pick<DevIdpOptions, 'webClient' | 'tokenLifetimeSeconds'> = {},
): Promise<TestApi> {
  const dataDir = mkdtempSync(join(tmpdir(), 'commend-idp-'));
  const idp = await new DevIdp({
    port: 0,
    dataDir,
    tenantId: TEST_TENANT_ID,
    clientId: TEST_CLIENT_ID,
    ...idpOptions,
  }).start();
  const databaseUrl = await createTestDatabase();
  const evidenceDir = join(dataDir, 'evidence');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: testRedisUrl(),
    AUTH_TENANT_ID: TEST_TENANT_ID,
    AUTH_CLIENT_ID: TEST_CLIENT_ID,
    AUTH_METADATA_URL: idp.metadataUrl,
    AUTH_CA_FILE: idp.caFile,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', // TEST_LOG_LEVEL=error shows what a 500 hid
    EVIDENCE_STORAGE_DIR: evidenceDir,
    ...env,
  });
  const app = await createApiApp(config);
  await app.init();
  const db = app.get(DataSource);
  return {
    app,
    http: request(app.getHttpServer() as Server),
    idp,
    config,
    db,
    token: (user, roles, extra) => idp.mintToken({ user, roles, ...extra }),
    processEnv: () => ({
      NODE_ENV: 'test',
      DATABASE_URL: config.databaseUrl,
      REDIS_URL: config.redisUrl,
      AUTH_TENANT_ID: TEST_TENANT_ID,
      AUTH_CLIENT_ID: TEST_CLIENT_ID,
      AUTH_METADATA_URL: idp.metadataUrl,
      AUTH_CA_FILE: idp.caFile,
      EVIDENCE_STORAGE_DIR: config.evidenceStorageDir,
      LOG_LEVEL: 'info', // read for "ready" lines and kept, not shown
    }),
    close: async () => {
      await app.close();
      await idp.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
