import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { closeOnSignals, logStartupFailure } from '@commend/core';
import { createWebApp } from './bootstrap';
import { loadWebConfig } from './config/web-config';

async function main(): Promise<void> {
  const config = loadWebConfig();
  const app = await createWebApp(config);
  closeOnSignals(app, (message) => new Logger('Web').log(message), config.shutdownTimeoutMs);
  await app.listen(config.port);
  new Logger('Web').log(`Listening on port ${config.port}`);
}

main().catch((error: unknown) => {
  logStartupFailure(error, 'Web');
  process.exit(1);
});
