import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@commend/core';
import { loadWebConfig } from './web-config';

const API = 'c0de0000-de70-4000-8000-0000000c0de1';
const valid = {
  WEB_API_URL: 'http://localhost:3000/api/v1/',
  REDIS_URL: 'redis://localhost:6379',
  AUTH_METADATA_URL: 'https://login.microsoftonline.com/t/v2.0/.well-known/openid-configuration',
  AUTH_CLIENT_ID: API,
  WEB_CLIENT_ID: 'c0de0000-de70-4000-8000-00000000eb01',
  WEB_CLIENT_SECRET: 'secret',
  WEB_REDIRECT_URI: 'https://awards.example.nhs.uk/auth/callback',
  WEB_POST_LOGOUT_URI: 'https://awards.example.nhs.uk/signed-out',
  WEB_SESSION_SECRET: 'x'.repeat(32),
};

function problems(env: Record<string, string>): string[] {
  try {
    loadWebConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadWebConfig', () => {
  it('reads the web secrets from files (Docker secrets), the same rule as the API', () => {
    const dir = mkdtempSync(join(tmpdir(), 'web-secrets-'));
    writeFileSync(join(dir, 'client'), 'from-a-file\n');
    writeFileSync(join(dir, 'session'), `${'s'.repeat(40)}\n`);
    const { WEB_CLIENT_SECRET: _c, WEB_SESSION_SECRET: _s, ...rest } = valid;

    const config = loadWebConfig({
      ...rest,
      WEB_CLIENT_SECRET_FILE: join(dir, 'client'),
      WEB_SESSION_SECRET_FILE: join(dir, 'session'),
    });

    expect(config.auth.clientSecret).toBe('from-a-file');
    expect(config.sessionSecret).toBe('s'.repeat(40));
    expect(problems({ ...valid, WEB_SESSION_SECRET_FILE: join(dir, 'session') })).toEqual([
      'WEB_SESSION_SECRET and WEB_SESSION_SECRET_FILE are both set: set one of them',
    ]);
  });

  it('takes the defaults: port 8080, a 30-minute idle timeout, the NHS brand, the API scope', () => {
    const config = loadWebConfig(valid);

    expect(config.port).toBe(8080);
    expect(config.idleTimeoutMs).toBe(30 * 60 * 1000);
    expect(config.apiUrl).toBe('http://localhost:3000/api/v1');
    expect(config.brand).toEqual({
      kind: 'nhs',
      organisationName: 'Northshire NHS Foundation Trust',
      logoUrl: undefined,
      footerText: '© NHS England',
    });
    expect(config.auth.scopes).toEqual(['openid', 'profile', 'offline_access', `api://${API}/Awards.Access`]);
  });

  it('names every missing variable', () => {
    const found = problems({});

    for (const name of [
      'WEB_API_URL',
      'REDIS_URL',
      'AUTH_METADATA_URL',
      'WEB_CLIENT_ID',
      'WEB_CLIENT_SECRET',
      'WEB_SESSION_SECRET',
    ]) {
      expect(found).toContainEqual(expect.stringContaining(`${name} is missing`));
    }
  });

  it('refuses a short session secret, an http issuer and a bad port, naming each', () => {
    const found = problems({
      ...valid,
      WEB_SESSION_SECRET: 'short',
      AUTH_METADATA_URL: 'http://issuer/x',
      WEB_PORT: '99999',
    });

    expect(found).toEqual(
      expect.arrayContaining([
        'WEB_SESSION_SECRET must be a random string of at least 32 characters',
        expect.stringMatching(/^AUTH_METADATA_URL must be the https URL/),
        'WEB_PORT must be a whole number between 0 and 65535',
      ]),
    );
  });

  it('gives a council its own logo and footer, and needs the logo', () => {
    expect(problems({ ...valid, WEB_BRAND: 'council' })).toEqual([
      "WEB_BRAND=council needs WEB_LOGO_URL, the council's logo",
    ]);

    const config = loadWebConfig({
      ...valid,
      WEB_BRAND: 'council',
      WEB_ORGANISATION_NAME: 'Northshire County Council',
      WEB_LOGO_URL: '/assets/app/council-logo.svg',
    });

    expect(config.brand).toEqual({
      kind: 'council',
      organisationName: 'Northshire County Council',
      logoUrl: '/assets/app/council-logo.svg',
      footerText: '© Northshire County Council',
    });
  });
});
