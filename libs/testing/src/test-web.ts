import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { createWebApp, loadWebConfig, type WebConfig } from '@commend/web';
import { freeTcpPort } from './spawn-app';
import { TEST_CLIENT_ID, startTestApi, type TestApi } from './test-api';
import { GENEROUS_RATE_LIMITS } from './harness-env';
import { testRedisUrl } from './test-database';

export const TEST_WEB_CLIENT_ID = '7e57e57e-0000-4000-8000-00000000eb01';
const TEST_WEB_CLIENT_SECRET = 'test-web-client-secret';

export interface TestWeb {
  /** The API (listening on a port of its own) with its dev issuer and database. */
  api: TestApi;
  app: INestApplication;
  config: WebConfig;
  /** e.g. http://localhost:41234 */
  url: string;
  close(): Promise<void>;
}

/**
 * The browser app in this process, calling the real API over HTTP and signing in at the
 * API's own dev issuer, where it is registered as the web client, as in the demo.
 * `env` overrides the web app's environment (WEB_BRAND, NODE_ENV, WEB_IDLE_TIMEOUT_SECONDS, …).
 */
export async function startTestWeb(
  options: { env?: Record<string, string>; apiEnv?: Record<string, string>; tokenLifetimeSeconds?: number } = {},
): Promise<TestWeb> {
  const webPort = await freeTcpPort();
  const url = `http://localhost:${webPort}`;
  const api = await startTestApi(options.apiEnv, {
    webClient: {
      clientId: TEST_WEB_CLIENT_ID,
      clientSecret: TEST_WEB_CLIENT_SECRET,
      redirectUris: [`${url}/auth/callback`],
      postLogoutRedirectUris: [`${url}/signed-out`],
    },
    tokenLifetimeSeconds: options.tokenLifetimeSeconds,
  });
  await api.app.listen(0, '127.0.0.1');
  const apiPort = ((api.app.getHttpServer() as Server).address() as AddressInfo).port;
  const config = loadWebConfig({
    NODE_ENV: 'test',
    WEB_PORT: String(webPort),
    WEB_API_URL: `http://127.0.0.1:${apiPort}/api/v1`,
    REDIS_URL: testRedisUrl(),
    AUTH_METADATA_URL: api.idp.metadataUrl,
    AUTH_CA_FILE: api.idp.caFile,
    AUTH_CLIENT_ID: TEST_CLIENT_ID,
    WEB_CLIENT_ID: TEST_WEB_CLIENT_ID,
    WEB_CLIENT_SECRET: TEST_WEB_CLIENT_SECRET,
    WEB_REDIRECT_URI: `${url}/auth/callback`,
    WEB_POST_LOGOUT_URI: `${url}/signed-out`,
    WEB_SESSION_SECRET: 'a-test-session-secret-of-at-least-32-characters',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...GENEROUS_RATE_LIMITS,
    ...options.env,
  });
  const app = await createWebApp(config);
  await app.listen(webPort, '127.0.0.1');
  return {
    api,
    app,
    config,
    url,
    close: async () => {
      await app.close();
      await api.close();
    },
  };
}
