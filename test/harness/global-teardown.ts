import { rmSync } from 'node:fs';
import type { HarnessHandles } from '@commend/testing';

export default async function globalTeardown(): Promise<void> {
  const handles = (globalThis as { __commendHarness?: HarnessHandles }).__commendHarness;
  if (!handles) return;
  await handles.redis.stop();
  handles.postgres.stop();
  rmSync(handles.root, { recursive: true, force: true });
}
