import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';
import { TRUST_PROXY_MESSAGE, TRUST_PROXY_PATTERN } from '@commend/core';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
const HTTP_URL = { protocols: ['http', 'https'], require_tld: false, require_protocol: true };

/** Every environment variable the browser app reads (the API's are in libs/core's EnvSchema). */
export class WebEnvSchema {
  @IsIn(['development', 'test', 'production'], {
    message: 'NODE_ENV must be one of development, test, production',
  })
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt({ message: 'WEB_PORT must be a whole number between 0 and 65535' })
  @Min(0, { message: 'WEB_PORT must be a whole number between 0 and 65535' })
  @Max(65535, { message: 'WEB_PORT must be a whole number between 0 and 65535' })
  WEB_PORT = 8080;

  @IsUrl(HTTP_URL, { message: 'WEB_API_URL must be the URL of the API, e.g. http://localhost:3000/api/v1' })
  WEB_API_URL: string;

  @IsUrl(
    { protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true },
    { message: 'REDIS_URL must be a URL like redis://localhost:6379' },
  )
  REDIS_URL: string;

  @IsUrl(
    { protocols: ['https'], require_tld: false, require_protocol: true },
    {
      message:
        'AUTH_METADATA_URL must be the https URL of the OpenID metadata, e.g. https://login.microsoftonline.com/<tenant>/v2.0/.well-known/openid-configuration',
    },
  )
  AUTH_METADATA_URL: string;

  @IsOptional()
  @IsString({ message: 'AUTH_CA_FILE must be the path of a PEM file' })
  AUTH_CA_FILE?: string;

  /** The API's app registration: the web app asks for `api://<AUTH_CLIENT_ID>/<AUTH_SCOPE>`. */
  @Matches(GUID, { message: 'AUTH_CLIENT_ID must be the API app registration client id (a GUID)' })
  AUTH_CLIENT_ID: string;

  @Matches(/^[A-Za-z0-9._-]{1,120}$/, {
    message: 'AUTH_SCOPE must be the name of the API scope, e.g. Awards.Access (no api://… prefix, no spaces)',
  })
  AUTH_SCOPE = 'Awards.Access';

  @Matches(GUID, { message: 'WEB_CLIENT_ID must be the web app registration client id (a GUID)' })
  WEB_CLIENT_ID: string;

  @IsString({ message: 'WEB_CLIENT_SECRET must be the web app registration client secret' })
  @MinLength(1, { message: 'WEB_CLIENT_SECRET must be the web app registration client secret' })
  WEB_CLIENT_SECRET: string;

  @IsUrl(HTTP_URL, {
    message: 'WEB_REDIRECT_URI must be the URL of /auth/callback, e.g. https://awards.example.nhs.uk/auth/callback',
  })
  WEB_REDIRECT_URI: string;

  @IsUrl(HTTP_URL, {
    message: 'WEB_POST_LOGOUT_URI must be the URL of /signed-out, e.g. https://awards.example.nhs.uk/signed-out',
  })
  WEB_POST_LOGOUT_URI: string;

  @IsString({ message: 'WEB_SESSION_SECRET must be a random string of at least 32 characters' })
  @MinLength(32, { message: 'WEB_SESSION_SECRET must be a random string of at least 32 characters' })
  WEB_SESSION_SECRET: string;

  @Transform(toInt)
  @IsInt({ message: 'WEB_IDLE_TIMEOUT_SECONDS must be a whole number of seconds, 1 or more' })
  @Min(1, { message: 'WEB_IDLE_TIMEOUT_SECONDS must be a whole number of seconds, 1 or more' })
  WEB_IDLE_TIMEOUT_SECONDS = 30 * 60;

  @IsIn(['nhs', 'council'], { message: 'WEB_BRAND must be nhs (an NHS organisation) or council' })
  WEB_BRAND: 'nhs' | 'council' = 'nhs';

  @Matches(/^[^\p{Cc}]{1,120}$/u, { message: 'WEB_ORGANISATION_NAME must be one line of up to 120 characters' })
  WEB_ORGANISATION_NAME = 'Northshire NHS Foundation Trust';

  /** The council's logo (a URL or a path of this app); the NHS brand uses the NHS logo. */
  @IsOptional()
  @Matches(/^(\/[^\s]*|https:\/\/[^\s]+)$/, { message: 'WEB_LOGO_URL must be a path of this app or an https URL' })
  WEB_LOGO_URL?: string;

  @IsOptional()
  @Matches(/^[^\p{Cc}]{1,200}$/u, { message: 'WEB_FOOTER_TEXT must be one line of up to 200 characters' })
  WEB_FOOTER_TEXT?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  /** As the API's (libs/core trust-proxy.ts); unset: one proxy in production, none otherwise. */
  @IsOptional()
  @Matches(TRUST_PROXY_PATTERN, { message: TRUST_PROXY_MESSAGE })
  TRUST_PROXY?: string;

  @Transform(toInt)
  @IsInt({ message: 'SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds, 1000 or more' })
  @Min(1000, { message: 'SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds, 1000 or more' })
  SHUTDOWN_TIMEOUT_MS = 10_000;

  /** Per client address and minute: the sign-in page and the issuer's answer (/sign-in, /auth/callback). */
  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_SIGN_IN_PER_MINUTE must be a whole number, 1 or more' })
  @Min(1, { message: 'RATE_LIMIT_SIGN_IN_PER_MINUTE must be a whole number, 1 or more' })
  RATE_LIMIT_SIGN_IN_PER_MINUTE = 300;

  /** Per signed-in session (else per client address) and minute, over every form post. */
  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_WRITES_PER_MINUTE must be a whole number, 1 or more' })
  @Min(1, { message: 'RATE_LIMIT_WRITES_PER_MINUTE must be a whole number, 1 or more' })
  RATE_LIMIT_WRITES_PER_MINUTE = 300;
}
