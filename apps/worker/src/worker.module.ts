import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AuditJobsModule } from '@commend/audit';
import { ConfigModule, DatabaseModule, loggerParams, type AppConfig } from '@commend/core';
import { JobRegistry } from './job-registry';
import { QueueWorkers } from './queue-workers.service';

/** Composes the feature modules' job halves. No controllers load here. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config.logLevel)),
        DatabaseModule.forRoot(),
        DiscoveryModule,
        AuditJobsModule,
      ],
      providers: [JobRegistry, QueueWorkers],
    };
  }
}
