import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AnnouncementsJobsModule } from '@commend/announcements';
import { AuditJobsModule } from '@commend/audit';
import {
  ConfigModule,
  DatabaseModule,
  JobQueuesModule,
  loggerParams,
  OutboxModule,
  StorageModule,
  type AppConfig,
} from '@commend/core';
import { DataProtectionJobsModule } from '@commend/data-protection';
import { JudgingJobsModule } from '@commend/judging';
import { NominationsJobsModule } from '@commend/nominations';
import { NotificationsJobsModule } from '@commend/notifications';
import { ProgrammesJobsModule } from '@commend/programmes';
import { EventsProcessor } from './events.processor';
import { Heartbeat } from './heartbeat';
import { JobRegistry } from './job-registry';
import { OutboxRelay } from './outbox-relay.service';
import { QueueWorkers } from './queue-workers.service';

/** Composes the feature modules' job halves, the outbox relay and the schedules. No controllers load here. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config.logLevel)),
        DatabaseModule.forRoot({ poolSize: 60 }),
        DiscoveryModule,
        OutboxModule,
        StorageModule,
        JobQueuesModule,
        AuditJobsModule,
        ProgrammesJobsModule,
        JudgingJobsModule,
        NotificationsJobsModule,
        NominationsJobsModule,
        AnnouncementsJobsModule,
        DataProtectionJobsModule,
      ],
      // Heartbeat after QueueWorkers: Nest runs bootstrap hooks in the order providers are listed.
      providers: [JobRegistry, QueueWorkers, EventsProcessor, OutboxRelay, Heartbeat],
    };
  }
}
