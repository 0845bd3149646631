import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { closeOnSignals, ConfigError, loadConfig } from '@commend/core';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  closeOnSignals(app, (message) => new Logger('Api').log(message));
  await app.listen(config.port);
  new Logger('Api').log(`Listening on port ${config.port}`);
}

main().catch((error: unknown) => {
  // Configuration errors name the variable; print them plainly, not as a stack.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
