import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SECRET_VARIABLES } from '@commend/core';

// No Docker engine runs here: these read the files as text, for what a review would check by eye.
const ROOT = join(__dirname, '..');
const compose = readFileSync(join(ROOT, 'docker', 'compose.yaml'), 'utf8');
const dockerfile = readFileSync(join(ROOT, 'docker', 'Dockerfile'), 'utf8');

describe('docker/compose.yaml and the Dockerfile', () => {
  it('pin every image by version, never a bare major or latest', () => {
    const images = [...compose.matchAll(/^\s+image:\s*(\S+)/gm)].map((m) => m[1]);
    const thirdParty = images.filter((image) => !image.startsWith('commend'));
    const nodeImage = /^ARG NODE_IMAGE=(\S+)$/m.exec(dockerfile)?.[1];

    expect(thirdParty.map((image) => image.split(':')[0])).toEqual([
      'postgres',
      'redis',
      'maildev/maildev',
      'mcr.microsoft.com/azure-storage/azurite',
    ]);
    for (const image of [...thirdParty, nodeImage]) expect(image).toMatch(/:\d+\.\d+(\.\d+)?(-[a-z0-9-]+)?$/);
  });

  it('give no secret to a container in its environment: each comes as a file (X_FILE)', () => {
    for (const name of SECRET_VARIABLES) {
      // The bundled Redis has no password: its URL is no secret.
      const plain = new RegExp(`^\\s+${name}:(?! redis://redis:6379$)`, 'm');
      expect(compose).not.toMatch(plain);
    }
    expect(compose).toMatch(/^\s+DATABASE_URL_FILE: \/run\/secrets\/database_url$/m);
    expect(compose).toMatch(/^\s+WEB_SESSION_SECRET_FILE: \/run\/secrets\/web_session_secret$/m);
  });

  it('have no default database password', () => {
    expect(compose).not.toMatch(/POSTGRES_PASSWORD:/);
    expect(compose).toMatch(/POSTGRES_PASSWORD_FILE: \/run\/secrets\/postgres_password/);
    expect(compose).not.toMatch(/postgres:\/\/commend:[^@]*@/);
  });

  it('check the health of api (the image), web and the worker (its heartbeat)', () => {
    expect(dockerfile).toMatch(/^HEALTHCHECK [^\n]*\n[^\n]*\/api\/v1\/health/m);
    expect(compose).toMatch(/fetch\('http:\/\/127\.0\.0\.1:8080\/health'/);
    expect(compose).toMatch(/test: \['CMD', 'node', 'dist\/apps\/worker\/src\/health-check\.js'\]/);
  });

  it('run the migration step on DATABASE_URL alone', () => {
    const migrate = /^ {2}migrate:\n([\s\S]*?)\n {2}\w/m.exec(compose)?.[1] ?? '';
    const environment = /environment:\n((?: {6}\S.*\n?)+)/.exec(migrate)?.[1] ?? '';

    expect(
      environment
        .trim()
        .split('\n')
        .map((line) => line.trim().split(':')[0]),
    ).toEqual(['NODE_ENV', 'DATABASE_URL_FILE']);
  });
});
