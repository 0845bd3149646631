import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = join(__dirname, 'check-lockfile.js');

function check(packages: Record<string, object>) {
  const file = join(mkdtempSync(join(tmpdir(), 'lock-')), 'package-lock.json');
  writeFileSync(file, JSON.stringify({ lockfileVersion: 3, packages }));
  return spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
}

describe('check-lockfile', () => {
  it('fails, naming the entry, when a package has no version', () => {
    const result = check({
      '': { name: 'commend' },
      'node_modules/pg': { version: '8.23.1' },
      'node_modules/@swc/core/node_modules/@swc/core-darwin-arm64': { dev: true, optional: true },
    });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('1 entry without a version');
    expect(result.stderr).toContain('node_modules/@swc/core/node_modules/@swc/core-darwin-arm64');
    expect(result.stderr).not.toContain('node_modules/pg\n');
  });

  it('passes a lock whose every entry has a version, links included', () => {
    const result = check({
      '': { name: 'commend' },
      'node_modules/pg': { version: '8.23.1' },
      'node_modules/local': { link: true, resolved: 'packages/local' },
    });

    expect(result.status).toBe(0);
    expect(result.stdout).toContain('every one of 2 entries has a version');
  });

  it("passes the project's own lock", () => {
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
