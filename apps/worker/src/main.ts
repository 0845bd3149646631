import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { Logger as NestLogger } from '@nestjs/common';
import { closeOnSignals, loadConfig, logStartupFailure, startupLogger } from '@commend/core';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: startupLogger(config.logLevel),
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  closeOnSignals(app, (message) => new NestLogger('Worker').log(message), config.shutdownTimeoutMs);
  await app.init();
}

main().catch((error: unknown) => {
  logStartupFailure(error, 'Worker');
  process.exit(1);
});
