import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const API_TYPES_FILE = join(__dirname, '..', 'apps', 'web', 'src', 'api-client', 'api-types.ts');

// openapi-typescript's dependencies are ESM that Jest cannot load, and the document needs the
// swagger plugin of `nest build`: the check runs the built script (npm test builds first).
const SCRIPT = join(__dirname, '..', 'dist', 'scripts', 'api-client.js');
const check = () => spawnSync(process.execPath, [SCRIPT, '--check'], { encoding: 'utf8' });

describe('the browser app API types', () => {
  beforeAll(() => {
    if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run npm run build first`);
  });

  it('match a fresh generation from the OpenAPI document (run npm run api-client when this fails)', () => {
    const result = check();

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);

  it('are reported stale when the committed file differs', () => {
    const backup = `${API_TYPES_FILE}.bak`;
    copyFileSync(API_TYPES_FILE, backup);
    try {
      writeFileSync(API_TYPES_FILE, '// edited by hand\n', { flag: 'a' });

      const result = check();

      expect(result.status).toBe(1);
      expect(result.stderr).toContain('run npm run api-client');
    } finally {
      copyFileSync(backup, API_TYPES_FILE);
      rmSync(backup);
    }
  }, 120_000);
});
