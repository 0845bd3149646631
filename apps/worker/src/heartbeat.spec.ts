import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { heartbeatProblem } from './heartbeat';

describe('heartbeatProblem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'heartbeat-'));
  const file = join(dir, 'beat');
  const now = 1_800_000_000_000;

  it('is healthy within three beats of the last one', () => {
    writeFileSync(file, String(now - 29_000));

    expect(heartbeatProblem(file, 10, now)).toBeUndefined();
  });

  it('says the worker is stuck when three beats were missed', () => {
    writeFileSync(file, String(now - 31_000));

    expect(heartbeatProblem(file, 10, now)).toBe(
      'the last heartbeat is 31 s old (beats every 10 s): the worker is stuck',
    );
  });

  it('says the worker is not running when there is no heartbeat file', () => {
    expect(heartbeatProblem(join(dir, 'none'), 10, now)).toMatch(/^no heartbeat at .*none: the worker is not running/);
  });

  it('refuses a file that does not hold a time', () => {
    writeFileSync(file, 'garbage');

    expect(heartbeatProblem(file, 10, now)).toMatch(/is not a time$/);
  });
});
