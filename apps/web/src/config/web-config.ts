import { ConfigError, parseEnv, parseTrustProxy, readCaFile, type TrustProxy } from '@commend/core';
import { WebEnvSchema } from './web-env.schema';

export interface Brand {
  kind: 'nhs' | 'council';
  organisationName: string;
  /** The council's own logo; undefined for the NHS brand (the design system's NHS logo). */
  logoUrl?: string;
  /** The footer's copyright line. */
  footerText: string;
}

export interface WebConfig {
  env: WebEnvSchema['NODE_ENV'];
  port: number;
  /** Ends in /api/v1, without a trailing slash. */
  apiUrl: string;
  redisUrl: string;
  logLevel: string;
  sessionSecret: string;
  idleTimeoutMs: number;
  brand: Brand;
  /** Express's `trust proxy`: which peers' X-Forwarded-For and X-Request-Id are believed. */
  trustProxy: TrustProxy;
  shutdownTimeoutMs: number;
  rateLimit: { signInPerMinute: number; writesPerMinute: number };
  auth: {
    metadataUrl: string;
    /** Extra CA certificates (PEM) trusted for the issuer (the dev issuer's own CA). */
    extraCa?: string;
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    postLogoutRedirectUri: string;
    /** What the web app asks the issuer for: the API's delegated scope among them. */
    scopes: string[];
  };
}

export const WEB_CONFIG = Symbol('WEB_CONFIG');

/** Reads and validates the environment once; throws ConfigError naming every bad variable. */
export function loadWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const { parsed, problems } = parseEnv(WebEnvSchema, env);
  const extraCa = readCaFile(parsed.AUTH_CA_FILE, problems);
  if (parsed.WEB_BRAND === 'council' && !parsed.WEB_LOGO_URL) {
    problems.push("WEB_BRAND=council needs WEB_LOGO_URL, the council's logo");
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const organisationName = parsed.WEB_ORGANISATION_NAME;
  return {
    env: parsed.NODE_ENV,
    port: parsed.WEB_PORT,
    apiUrl: parsed.WEB_API_URL.replace(/\/+$/, ''),
    redisUrl: parsed.REDIS_URL,
    logLevel: parsed.LOG_LEVEL,
    sessionSecret: parsed.WEB_SESSION_SECRET,
    idleTimeoutMs: parsed.WEB_IDLE_TIMEOUT_SECONDS * 1000,
    brand: {
      kind: parsed.WEB_BRAND,
      organisationName,
      logoUrl: parsed.WEB_BRAND === 'council' ? parsed.WEB_LOGO_URL : undefined,
      footerText: parsed.WEB_FOOTER_TEXT ?? (parsed.WEB_BRAND === 'nhs' ? '© NHS England' : `© ${organisationName}`),
    },
    // Behind a TLS-terminating proxy in production: Secure cookies need Express to know it.
    trustProxy: parseTrustProxy(parsed.TRUST_PROXY, parsed.NODE_ENV === 'production' ? 1 : false),
    shutdownTimeoutMs: parsed.SHUTDOWN_TIMEOUT_MS,
    rateLimit: {
      signInPerMinute: parsed.RATE_LIMIT_SIGN_IN_PER_MINUTE,
      writesPerMinute: parsed.RATE_LIMIT_WRITES_PER_MINUTE,
    },
    auth: {
      metadataUrl: parsed.AUTH_METADATA_URL,
      extraCa,
      clientId: parsed.WEB_CLIENT_ID,
      clientSecret: parsed.WEB_CLIENT_SECRET,
      redirectUri: parsed.WEB_REDIRECT_URI,
      postLogoutRedirectUri: parsed.WEB_POST_LOGOUT_URI,
      scopes: ['openid', 'profile', 'offline_access', `api://${parsed.AUTH_CLIENT_ID}/${parsed.AUTH_SCOPE}`],
    },
  };
}
