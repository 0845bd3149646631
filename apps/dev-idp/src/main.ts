import { resolve } from 'node:path';
import { secretFromEnv } from '@commend/core';
import { DevIdp } from './dev-idp';

/** Starts the dev issuer for the demo. Tests start it in-process with `new DevIdp(...)`. */
async function main(): Promise<void> {
  const env = process.env;
  const idp = await new DevIdp({
    port: Number(env.DEV_IDP_PORT ?? 4010),
    host: env.DEV_IDP_HOST || undefined,
    publicHost: env.DEV_IDP_PUBLIC_HOST || undefined,
    apiUrl: env.DEV_IDP_API_URL || undefined,
    dataDir: resolve(env.DEV_IDP_DATA_DIR ?? '.data/dev-idp'),
    tenantId: env.AUTH_TENANT_ID ?? '',
    clientId: env.AUTH_CLIENT_ID ?? '',
    scope: env.AUTH_SCOPE || undefined,
    // The web app's registration: the same WEB_* values the web app is started with.
    webClient: env.WEB_CLIENT_ID
      ? {
          clientId: env.WEB_CLIENT_ID,
          // The same secret file the web app reads, in the compose demo.
          clientSecret: secretFromEnv('WEB_CLIENT_SECRET') ?? '',
          redirectUris: list(env.WEB_REDIRECT_URI),
          postLogoutRedirectUris: list(env.WEB_POST_LOGOUT_URI),
        }
      : undefined,
    tokenLifetimeSeconds: env.DEV_IDP_TOKEN_LIFETIME ? Number(env.DEV_IDP_TOKEN_LIFETIME) : undefined,
  }).start();
  console.log(`Dev issuer at ${idp.url} (metadata ${idp.metadataUrl}); CA ${idp.caFile}`);
  const stop = (): void => void idp.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** A comma-separated list, as an app registration can hold several URIs. */
function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
