import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS } from '@commend/audit';
import { EventType, JobName, LEGACY_EVENT_TYPES } from '@commend/core';
import { NotificationKind } from '@commend/notifications';

const root = join(__dirname, '..', '..', '..');

/** Every error code: the dotted literals of the errors files (codes are written out there, and only there). */
function errorCodes(): string[] {
  const libs = join(root, 'libs');
  const files = readdirSync(libs).flatMap((lib) => {
    const src = join(libs, lib, 'src');
    const here = readdirSync(src)
      .filter((f) => f.endsWith('.errors.ts'))
      .map((f) => join(src, f));
    return lib === 'core' ? [...here, join(src, 'errors', 'common-errors.ts')] : here;
  });
  return files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)].map((m) => m[1]));
}

/**
 * Event types, audit actions, error codes, notification kinds and job names are five
 * namespaces (CONVENTIONS.md, "Names"): a string in two of them is read as the wrong thing.
 * An event and the audit action of the same change may share a name: they record one fact.
 */
describe('the names of events, audit actions, error codes, notification kinds and jobs', () => {
  const events = [...Object.values(EventType), ...Object.keys(LEGACY_EVENT_TYPES)];
  const namespaces: Record<string, readonly string[]> = {
    'error code': errorCodes(),
    'notification kind': Object.values(NotificationKind),
    'job name': Object.values(JobName),
  };

  it('found the error codes', () => {
    expect(namespaces['error code']).toEqual(
      expect.arrayContaining(['nomination.closed', 'outcomes.already_approved']),
    );
  });

  it.each([
    ['event type', events],
    ['audit action', AUDIT_ACTIONS],
  ])('uses no %s as an error code, a notification kind or a job name', (_name, names) => {
    const clashes = Object.entries(namespaces).flatMap(([other, theirs]) =>
      names.filter((n) => theirs.includes(n)).map((n) => `${n} (also a ${other})`),
    );
    expect(clashes).toEqual([]);
  });

  it('uses no string for two of error codes, notification kinds and job names', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [space, names] of Object.entries(namespaces)) {
      for (const n of new Set(names)) {
        const before = seen.get(n);
        if (before) clashes.push(`${n} (a ${before} and a ${space})`);
        seen.set(n, space);
      }
    }
    expect(clashes).toEqual([]);
  });
});
