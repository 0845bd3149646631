import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';
import { TRUST_PROXY_MESSAGE, TRUST_PROXY_PATTERN } from './trust-proxy';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `{key name}-{service id}-{secret}`: Notify's client reads the last two GUIDs. */
const NOTIFY_KEY =
  /^.+-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

/** Every environment variable Commend reads. `.env.example` documents each one. */
export class EnvSchema {
  @IsIn(['development', 'test', 'production'], {
    message: 'NODE_ENV must be one of development, test, production',
  })
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number between 0 and 65535' })
  @Min(0, { message: 'PORT must be a whole number between 0 and 65535' })
  @Max(65535, { message: 'PORT must be a whole number between 0 and 65535' })
  PORT = 3000;

  @IsUrl(
    { protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true },
    { message: 'DATABASE_URL must be a URL like postgres://user:password@host:5432/commend' },
  )
  DATABASE_URL: string;

  @IsUrl(
    { protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true },
    { message: 'REDIS_URL must be a URL like redis://localhost:6379' },
  )
  REDIS_URL: string;

  @Matches(GUID, { message: 'AUTH_TENANT_ID must be the Entra ID tenant id (a GUID)' })
  AUTH_TENANT_ID: string;

  @Matches(GUID, { message: 'AUTH_CLIENT_ID must be the API app registration client id (a GUID)' })
  AUTH_CLIENT_ID: string;

  @IsUrl(
    { protocols: ['https'], require_tld: false, require_protocol: true },
    {
      message:
        'AUTH_METADATA_URL must be the https URL of the OpenID metadata, e.g. https://login.microsoftonline.com/<tenant>/v2.0/.well-known/openid-configuration',
    },
  )
  AUTH_METADATA_URL: string;

  @IsOptional()
  @IsString({ message: 'AUTH_AUDIENCE must be the accepted token audience' })
  AUTH_AUDIENCE?: string;

  @IsOptional()
  @IsString({ message: 'AUTH_CA_FILE must be the path of a PEM file' })
  AUTH_CA_FILE?: string;

  /** Entra ID sends `scp` without the `api://<client-id>/` prefix. */
  @Matches(/^[A-Za-z0-9._-]{1,120}$/, {
    message:
      "AUTH_SCOPE must be the name of the API scope as the token's scp claim carries it, e.g. Awards.Access (no api://… prefix, no spaces)",
  })
  AUTH_SCOPE = 'Awards.Access';

  /** Comma-separated; checked (with a message naming the bad entry) in loadConfig. */
  @IsOptional()
  @IsString({ message: 'AUTH_ALLOWED_EMAIL_DOMAINS must be a comma-separated list of e-mail domains' })
  AUTH_ALLOWED_EMAIL_DOMAINS?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,120}$/, {
    message: "AUTH_REQUIRED_ROLE must be an app role value as the token's roles claim carries it, e.g. Awards.User",
  })
  AUTH_REQUIRED_ROLE?: string;

  @IsOptional()
  @Matches(GUID, { message: 'AUTH_REQUIRED_GROUP must be the object id (a GUID) of an Entra ID group' })
  AUTH_REQUIRED_GROUP?: string;

  @IsOptional()
  @Matches(/^[^\p{Cc}]{1,200}$/u, {
    message: 'AUTH_ACCESS_CONTACT must be one line of up to 200 characters saying whom to ask for access',
  })
  AUTH_ACCESS_CONTACT?: string;

  @IsIn(['local', 'azure-blob'], { message: 'STORAGE_DRIVER must be local or azure-blob' })
  STORAGE_DRIVER: 'local' | 'azure-blob' = 'local';

  /** Checked in loadConfig: azure-blob needs this or AZURE_STORAGE_ACCOUNT_URL, not both. */
  @IsOptional()
  @Matches(/^(?=.*(?:AccountKey|SharedAccessSignature)=)[^\p{Cc}]+$/u, {
    message:
      "AZURE_STORAGE_CONNECTION_STRING must be the storage account's connection string, with its AccountKey or SharedAccessSignature (DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=core.windows.net)",
  })
  AZURE_STORAGE_CONNECTION_STRING?: string;

  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_tld: false, require_protocol: true },
    {
      message:
        "AZURE_STORAGE_ACCOUNT_URL must be the account's blob endpoint, e.g. https://<account>.blob.core.windows.net",
    },
  )
  AZURE_STORAGE_ACCOUNT_URL?: string;

  /** Azure's rule for container names. */
  @Matches(/^(?=.{3,63}$)[a-z0-9](?:-?[a-z0-9])*$/, {
    message:
      'AZURE_STORAGE_CONTAINER must be a container name: 3 to 63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit',
  })
  AZURE_STORAGE_CONTAINER = 'commend';

  @IsString({ message: 'EVIDENCE_STORAGE_DIR must be the folder where evidence files are kept' })
  EVIDENCE_STORAGE_DIR = '.data/evidence';

  @Transform(toInt)
  @IsInt({ message: 'EVIDENCE_ORPHAN_GRACE_HOURS must be a whole number of hours, 1 or more' })
  @Min(1, { message: 'EVIDENCE_ORPHAN_GRACE_HOURS must be a whole number of hours, 1 or more' })
  EVIDENCE_ORPHAN_GRACE_HOURS = 24;

  @IsUrl(
    { protocols: ['http', 'https'], require_tld: false, require_protocol: true },
    { message: 'APP_URL must be the URL people open Commend at, e.g. https://awards.example.nhs.uk' },
  )
  APP_URL = 'http://localhost:3000';

  @IsIn(['smtp', 'notify'], { message: 'MAIL_TRANSPORT must be smtp or notify' })
  MAIL_TRANSPORT: 'smtp' | 'notify' = 'smtp';

  @IsUrl(
    { protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true },
    { message: 'SMTP_URL must be a URL like smtp://user:password@smtp.example.nhs.uk:587' },
  )
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString({ message: 'MAIL_FROM must be the sender, e.g. "Staff Awards <awards@example.nhs.uk>"' })
  MAIL_FROM = 'Commend <awards@commend.example>';

  @IsOptional()
  @Matches(NOTIFY_KEY, {
    message: 'NOTIFY_API_KEY must be a GOV.UK Notify API key: its name, then the service id and the secret (two GUIDs)',
  })
  NOTIFY_API_KEY?: string;

  @IsOptional()
  @Matches(GUID, { message: 'NOTIFY_TEMPLATE_ID must be the id (a GUID) of a GOV.UK Notify e-mail template' })
  NOTIFY_TEMPLATE_ID?: string;

  @IsUrl(
    { protocols: ['http', 'https'], require_tld: false, require_protocol: true },
    {
      message:
        'NOTIFY_BASE_URL must be the URL of the GOV.UK Notify API, e.g. https://api.notifications.service.gov.uk',
    },
  )
  NOTIFY_BASE_URL = 'https://api.notifications.service.gov.uk';

  @Transform(toInt)
  @IsInt({ message: 'NOTIFY_RATE_LIMIT_PER_MINUTE must be a whole number of requests a minute, 1 or more' })
  @Min(1, { message: 'NOTIFY_RATE_LIMIT_PER_MINUTE must be a whole number of requests a minute, 1 or more' })
  NOTIFY_RATE_LIMIT_PER_MINUTE = 3000;

  @Transform(toInt)
  @IsInt({ message: 'CLOCK_INTERVAL_SECONDS must be a whole number of seconds, 1 or more' })
  @Min(1, { message: 'CLOCK_INTERVAL_SECONDS must be a whole number of seconds, 1 or more' })
  CLOCK_INTERVAL_SECONDS = 60;

  @Transform(toInt)
  @IsInt({ message: 'JUDGING_REMINDER_HOURS must be a whole number of hours' })
  @Min(0, { message: 'JUDGING_REMINDER_HOURS must be a whole number of hours' })
  JUDGING_REMINDER_HOURS = 48;

  @Transform(toInt)
  @IsInt({ message: 'NOTIFICATION_ATTEMPTS must be a whole number from 1 to 20' })
  @Min(1, { message: 'NOTIFICATION_ATTEMPTS must be a whole number from 1 to 20' })
  @Max(20, { message: 'NOTIFICATION_ATTEMPTS must be a whole number from 1 to 20' })
  NOTIFICATION_ATTEMPTS = 5;

  @Transform(toInt)
  @IsInt({ message: 'NOTIFICATION_BACKOFF_MS must be a whole number of milliseconds' })
  @Min(1, { message: 'NOTIFICATION_BACKOFF_MS must be a whole number of milliseconds' })
  NOTIFICATION_BACKOFF_MS = 30_000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  /** Which peers are proxies (trust-proxy.ts): whose X-Forwarded-For and X-Request-Id count. */
  @IsOptional()
  @Matches(TRUST_PROXY_PATTERN, { message: TRUST_PROXY_MESSAGE })
  TRUST_PROXY?: string;

  @Transform(toInt)
  @IsInt({ message: 'SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds, 1000 or more' })
  @Min(1000, { message: 'SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds, 1000 or more' })
  SHUTDOWN_TIMEOUT_MS = 10_000;

  /** Per signed-in person (else per client address) and minute, over every POST/PUT/PATCH/DELETE. */
  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_WRITES_PER_MINUTE must be a whole number, 1 or more' })
  @Min(1, { message: 'RATE_LIMIT_WRITES_PER_MINUTE must be a whole number, 1 or more' })
  RATE_LIMIT_WRITES_PER_MINUTE = 600;

  /** The worker's heartbeat, for its container's health check; on the container's own disk, not a shared volume. */
  @IsString({ message: 'WORKER_HEARTBEAT_FILE must be the path of a file the worker may write' })
  WORKER_HEARTBEAT_FILE = '/tmp/commend-worker-heartbeat';

  @Transform(toInt)
  @IsInt({ message: 'WORKER_HEARTBEAT_SECONDS must be a whole number of seconds from 1 to 300' })
  @Min(1, { message: 'WORKER_HEARTBEAT_SECONDS must be a whole number of seconds from 1 to 300' })
  @Max(300, { message: 'WORKER_HEARTBEAT_SECONDS must be a whole number of seconds from 1 to 300' })
  WORKER_HEARTBEAT_SECONDS = 10;
}
