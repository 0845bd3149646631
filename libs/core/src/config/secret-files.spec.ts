import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';
import { secretFromEnv, withSecretFiles } from './secret-files';

const dir = mkdtempSync(join(tmpdir(), 'commend-secrets-'));
function secretFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const valid = {
  REDIS_URL: 'redis://localhost:6379',
  AUTH_TENANT_ID: '5f1c2a3b-1111-4222-8333-444455556666',
  AUTH_CLIENT_ID: '9a8b7c6d-1111-4222-8333-444455556666',
  AUTH_METADATA_URL:
    'https://login.microsoftonline.com/5f1c2a3b-1111-4222-8333-444455556666/v2.0/.well-known/openid-configuration',
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('secrets given as files', () => {
  it('reads X_FILE for a secret, without the trailing newline', () => {
    const path = secretFile('database-url', 'postgres://commend:s3cret@db:5432/commend\n');

    const config = loadConfig({ ...valid, DATABASE_URL_FILE: path });

    expect(config.databaseUrl).toBe('postgres://commend:s3cret@db:5432/commend');
  });

  it('keeps the rest of the content as it is, inner newlines and spaces included', () => {
    const path = secretFile('key', ' two\nlines\n\n');

    expect(withSecretFiles({ NOTIFY_API_KEY_FILE: path }).env.NOTIFY_API_KEY).toBe(' two\nlines\n');
  });

  it('reads every declared secret the same way, the mail settings among them', () => {
    const smtp = secretFile('smtp', 'smtp://user:pw@relay.example.nhs.uk:587\r\n');
    const apiKey = 'commend-0d3f4a5b-1111-4222-8333-444455556666-9a8b7c6d-1111-4222-8333-444455556666';
    const key = secretFile('notify', `${apiKey}\n`);

    const config = loadConfig({
      ...valid,
      DATABASE_URL: 'postgres://commend@db/commend',
      SMTP_URL_FILE: smtp,
      NOTIFY_API_KEY_FILE: key,
      NOTIFY_TEMPLATE_ID: '0d3f4a5b-1111-4222-8333-444455556666',
      MAIL_TRANSPORT: 'notify',
    });

    expect(config.mail.smtpUrl).toBe('smtp://user:pw@relay.example.nhs.uk:587');
    expect(config.mail.notify?.apiKey).toBe(apiKey);
  });

  it('refuses X and X_FILE set together, naming both', () => {
    const path = secretFile('redis', 'redis://cache:6379\n');

    expect(problemsOf({ ...valid, DATABASE_URL: 'postgres://commend@db/commend', REDIS_URL_FILE: path })).toEqual([
      'REDIS_URL and REDIS_URL_FILE are both set: set one of them',
    ]);
  });

  it('names the path of a file it cannot read, and does not call the variable missing as well', () => {
    expect(problemsOf({ ...valid, DATABASE_URL_FILE: '/nonexistent/database-url' })).toEqual([
      'DATABASE_URL_FILE must name a readable file (cannot read /nonexistent/database-url)',
    ]);
  });

  it('leaves a variable that is not a secret alone: LOG_LEVEL_FILE is not read', () => {
    const path = secretFile('level', 'debug\n');

    const { env } = withSecretFiles({ LOG_LEVEL_FILE: path });

    expect(env.LOG_LEVEL).toBeUndefined();
  });

  it('gives one secret to the migration step, from the file or the variable', () => {
    const path = secretFile('db', 'postgres://migrate@db/commend\n');

    expect(secretFromEnv('DATABASE_URL', { DATABASE_URL_FILE: path })).toBe('postgres://migrate@db/commend');
    expect(secretFromEnv('DATABASE_URL', { DATABASE_URL: 'postgres://plain@db/commend' })).toBe(
      'postgres://plain@db/commend',
    );
    expect(secretFromEnv('DATABASE_URL', {})).toBeUndefined();
    expect(() => secretFromEnv('DATABASE_URL', { DATABASE_URL: 'x', DATABASE_URL_FILE: path })).toThrow(
      'DATABASE_URL and DATABASE_URL_FILE are both set',
    );
  });
});
