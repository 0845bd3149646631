import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApiApp } from '@commend/api';
import { DevIdp, type DevIdpOptions, type TokenRequest } from '@commend/dev-idp';
import { loadConfig, type AppConfig } from '@commend/core';
import { ContractCheck, type CheckedResponse } from './contract';
import { GENEROUS_RATE_LIMITS, HARNESS } from './harness-env';
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
  /** What a built API or worker process needs to run beside this one: its database, issuer and storage. */
  processEnv(): Record<string, string>;
  /** An agent like `http`, with the same contract check, for another API process at `baseUrl`. */
  agent(baseUrl: string): TestAgent;
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
    RATE_LIMIT_WRITES_PER_MINUTE: GENEROUS_RATE_LIMITS.RATE_LIMIT_WRITES_PER_MINUTE,
    ...env,
  });
  const app = await createApiApp(config);
  await app.init();
  const db = app.get(DataSource);
  const contract = new ContractCheck(JSON.parse(readFileSync(openApiFile(), 'utf8')) as OpenAPIObject);
  return {
    app,
    http: checkedAgent(request(app.getHttpServer() as Server), contract),
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
      ...(config.storage.driver === 'azure-blob'
        ? {
            STORAGE_DRIVER: 'azure-blob',
            AZURE_STORAGE_CONNECTION_STRING: config.storage.connectionString ?? '',
            AZURE_STORAGE_CONTAINER: config.storage.container,
          }
        : {}),
      RATE_LIMIT_WRITES_PER_MINUTE: String(config.rateLimit.writesPerMinute),
      LOG_LEVEL: 'info', // read for "ready" lines and kept, not shown
    }),
    agent: (baseUrl) => checkedAgent(request(baseUrl), contract),
    close: async () => {
      contract.report();
      await app.close();
      await idp.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The document the e2e global setup wrote from the build. */
function openApiFile(): string {
  const file = process.env[HARNESS.openapi];
  if (!file) throw new Error(`${HARNESS.openapi} is not set: the e2e global setup writes the OpenAPI document`);
  return file;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

/**
 * The suites' agent: every request it makes has the contract check as its first assertion, so
 * a response the OpenAPI document does not describe fails the test with the path and the mismatch.
 */
function checkedAgent(agent: TestAgent, contract: ContractCheck): TestAgent {
  return new Proxy(agent, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !HTTP_METHODS.has(property) || typeof value !== 'function') return value;
      return (url: string, ...rest: unknown[]) => {
        const test = (value as (url: string, ...rest: unknown[]) => request.Test).call(target, url, ...rest);
        return test.expect((res: CheckedResponse) => {
          const problem = contract.problem(property, url, res);
          if (problem) throw new Error(problem);
        });
      };
    },
  });
}
