import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { closeOnSignals, loadConfig, logStartupFailure } from '@commend/core';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  closeOnSignals(app, (message) => new Logger('Api').log(message), config.shutdownTimeoutMs);
  await app.listen(config.port);
  new Logger('Api').log(`Listening on port ${config.port}`);
}

main().catch((error: unknown) => {
  logStartupFailure(error, 'Api');
  process.exit(1);
});
