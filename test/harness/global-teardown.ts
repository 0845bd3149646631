import type { HarnessHandles } from '@commend/testing';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __commendHarness?: HarnessHandles }).__commendHarness?.stop();
}
