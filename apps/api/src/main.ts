import 'reflect-metadata';
import { ConfigError, loadConfig } from '@commend/core';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen(config.port);
}

main().catch((error: unknown) => {
  // Configuration errors name the variable; print them plainly, not as a stack.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
