import type { INestApplicationContext } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT: stop taking work, let hooks close connections and finish running
 * jobs, then exit 0. A second signal exits at once.
 */
export function closeOnSignals(app: INestApplicationContext, log: (message: string) => void): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing) process.exit(1);
    closing = true;
    log(`${signal} received: shutting down`);
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
