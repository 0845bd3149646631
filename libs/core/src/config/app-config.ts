import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EnvSchema } from './env.schema';
import { withSecretFiles } from './secret-files';
import { parseTrustProxy, type TrustProxy } from './trust-proxy';

export interface AppConfig {
  env: EnvSchema['NODE_ENV'];
  port: number;
  databaseUrl: string;
  redisUrl: string;
  logLevel: string;
  /** Folder of the local storage driver: the same folder for every API and worker instance. */
  evidenceStorageDir: string;
  /** Where evidence and certificates are stored: the local folder above, or an Azure Blob container. */
  storage: StorageConfig;
  /** How old a stored evidence file no row references must be before the sweep removes it. */
  evidenceOrphanGraceHours: number;
  /** Where people open Commend: links in e-mails start here. */
  appUrl: string;
  mail: {
    transport: 'smtp' | 'notify';
    smtpUrl: string;
    from: string;
    notify?: {
      apiKey: string;
      templateId: string;
      /** Where the Notify API is (its real address but in tests, which point it at a fake). */
      baseUrl: string;
      /** The service's rate limit: the worker stays within it, across all workers. */
      ratePerMinute: number;
    };
    /** Tries per message, with exponential backoff from `backoffMs`. */
    attempts: number;
    backoffMs: number;
  };
  clock: { intervalSeconds: number; judgingReminderHours: number };
  /** Express's `trust proxy`: which peers' X-Forwarded-For and X-Request-Id are believed. */
  trustProxy: TrustProxy;
  /** After SIGTERM, how long closing may take before the process exits regardless. */
  shutdownTimeoutMs: number;
  rateLimit: { writesPerMinute: number };
  heartbeat: { file: string; intervalSeconds: number };
  auth: {
    tenantId: string;
    clientId: string;
    metadataUrl: string;
    audience: string[];
    /** Extra CA certificates (PEM) trusted when fetching the issuer's metadata and keys. */
    extraCa?: string;
    /** The API's scope: a token must carry it in `scp`. */
    scope: string;
    /** Who may sign in, beyond the tenant (NHSmail is one tenant for the whole NHS). Each one set must hold. */
    allowedEmailDomains: string[];
    requiredRole?: string;
    requiredGroup?: string;
    /** Whom a refused person should ask, in the 403's message. */
    accessContact: string;
  };
}

export type StorageConfig =
  | { driver: 'local' }
  | {
      driver: 'azure-blob';
      /** Exactly one of the two: a connection string (with the account key), or the account URL for managed identity. */
      connectionString?: string;
      accountUrl?: string;
      container: string;
    };

/** A host name of two or more labels: what follows the @ of a work address. */
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The environment read into `schema` (an empty value counts as unset; a secret may come from a
 * file, `withSecretFiles`), with a line naming each variable that is missing or wrong. The
 * API's and the browser app's configuration both start here.
 */
export function parseEnv<T extends object>(
  schema: new () => T,
  env: NodeJS.ProcessEnv,
): { parsed: T; problems: string[] } {
  const secrets = withSecretFiles(env);
  const present = Object.fromEntries(
    Object.entries(secrets.env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = plainToInstance(schema, present, { exposeDefaultValues: true });
  const problems = validateSync(parsed, { skipMissingProperties: false })
    // A variable whose file could not be read is named by that problem, not again as missing.
    .filter((error) => !(error.value === undefined && secrets.unread.has(error.property)))
    .map((error) => {
      const first = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
      return error.value === undefined ? `${error.property} is missing: ${first}` : first;
    });
  return { parsed, problems: [...secrets.problems, ...problems] };
}

/** The PEM file AUTH_CA_FILE names (read only when the rest is valid), or a problem saying why not. */
export function readCaFile(path: string | undefined, problems: string[]): string | undefined {
  if (!path || problems.length > 0) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    problems.push(`AUTH_CA_FILE must name a readable PEM file (cannot read ${path})`);
    return undefined;
  }
}

/** Reads and validates the environment once; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const { parsed, problems } = parseEnv(EnvSchema, env);
  const extraCa = readCaFile(parsed.AUTH_CA_FILE, problems);
  const allowedEmailDomains = (parsed.AUTH_ALLOWED_EMAIL_DOMAINS ?? '')
    .split(',')
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
  for (const domain of allowedEmailDomains) {
    if (!DOMAIN.test(domain)) {
      problems.push(
        `AUTH_ALLOWED_EMAIL_DOMAINS must be a comma-separated list of e-mail domains such as trust.nhs.uk; "${domain}" is not one`,
      );
    }
  }
  if (parsed.MAIL_TRANSPORT === 'notify' && (!parsed.NOTIFY_API_KEY || !parsed.NOTIFY_TEMPLATE_ID)) {
    problems.push('MAIL_TRANSPORT=notify needs NOTIFY_API_KEY and NOTIFY_TEMPLATE_ID');
  }
  const storage = storageConfig(parsed, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: parsed.NODE_ENV,
    port: parsed.PORT,
    databaseUrl: parsed.DATABASE_URL,
    redisUrl: parsed.REDIS_URL,
    logLevel: parsed.LOG_LEVEL,
    evidenceStorageDir: resolve(parsed.EVIDENCE_STORAGE_DIR),
    evidenceOrphanGraceHours: parsed.EVIDENCE_ORPHAN_GRACE_HOURS,
    storage,
    appUrl: parsed.APP_URL.replace(/\/+$/, ''),
    mail: {
      transport: parsed.MAIL_TRANSPORT,
      smtpUrl: parsed.SMTP_URL,
      from: parsed.MAIL_FROM,
      notify:
        parsed.NOTIFY_API_KEY && parsed.NOTIFY_TEMPLATE_ID
          ? {
              apiKey: parsed.NOTIFY_API_KEY,
              templateId: parsed.NOTIFY_TEMPLATE_ID,
              baseUrl: parsed.NOTIFY_BASE_URL.replace(/\/+$/, ''),
              ratePerMinute: parsed.NOTIFY_RATE_LIMIT_PER_MINUTE,
            }
          : undefined,
      attempts: parsed.NOTIFICATION_ATTEMPTS,
      backoffMs: parsed.NOTIFICATION_BACKOFF_MS,
    },
    clock: { intervalSeconds: parsed.CLOCK_INTERVAL_SECONDS, judgingReminderHours: parsed.JUDGING_REMINDER_HOURS },
    trustProxy: parseTrustProxy(parsed.TRUST_PROXY),
    shutdownTimeoutMs: parsed.SHUTDOWN_TIMEOUT_MS,
    rateLimit: { writesPerMinute: parsed.RATE_LIMIT_WRITES_PER_MINUTE },
    heartbeat: { file: resolve(parsed.WORKER_HEARTBEAT_FILE), intervalSeconds: parsed.WORKER_HEARTBEAT_SECONDS },
    auth: {
      tenantId: parsed.AUTH_TENANT_ID,
      clientId: parsed.AUTH_CLIENT_ID,
      metadataUrl: parsed.AUTH_METADATA_URL,
      audience: parsed.AUTH_AUDIENCE
        ? [parsed.AUTH_AUDIENCE]
        : [parsed.AUTH_CLIENT_ID, `api://${parsed.AUTH_CLIENT_ID}`],
      extraCa,
      scope: parsed.AUTH_SCOPE,
      allowedEmailDomains,
      requiredRole: parsed.AUTH_REQUIRED_ROLE,
      requiredGroup: parsed.AUTH_REQUIRED_GROUP?.toLowerCase(),
      accessContact: parsed.AUTH_ACCESS_CONTACT?.trim() || "your organisation's awards coordinator or IT service desk",
    },
  };
}

/** The storage driver's settings; azure-blob needs one way to reach the account, and only one. */
function storageConfig(parsed: EnvSchema, problems: string[]): StorageConfig {
  if (parsed.STORAGE_DRIVER !== 'azure-blob') return { driver: 'local' }; // another value is reported already
  const connectionString = parsed.AZURE_STORAGE_CONNECTION_STRING;
  const accountUrl = parsed.AZURE_STORAGE_ACCOUNT_URL;
  if (!connectionString && !accountUrl) {
    problems.push(
      'STORAGE_DRIVER=azure-blob needs AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_ACCOUNT_URL to sign in with managed identity',
    );
  } else if (connectionString && accountUrl) {
    problems.push(
      'STORAGE_DRIVER=azure-blob takes AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT_URL, not both: unset one',
    );
  }
  return { driver: 'azure-blob', connectionString, accountUrl, container: parsed.AZURE_STORAGE_CONTAINER };
}
