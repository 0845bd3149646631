import type { INestApplicationContext } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT: stop taking work, let hooks close connections and finish running
 * jobs, then exit 0. A second signal exits at once, and so does a close that takes longer than
 * `timeoutMs` (a request or a job that never ends must not hold a deploy): exit 1, saying so.
 */
export function closeOnSignals(app: INestApplicationContext, log: (message: string) => void, timeoutMs: number): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing) process.exit(1);
    closing = true;
    log(`${signal} received: shutting down`);
    setTimeout(() => {
      log(`Still closing after ${timeoutMs} ms (SHUTDOWN_TIMEOUT_MS): exiting without waiting further`);
      process.exit(1);
    }, timeoutMs).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
