import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AuditHttpModule } from '@commend/audit';
import { AuthHttpModule } from '@commend/auth';
import {
  ConfigModule,
  DatabaseModule,
  ErrorFilter,
  loggerParams,
  OutboxModule,
  StorageModule,
  type AppConfig,
} from '@commend/core';
import { AnnouncementsHttpModule, OUTCOMES_EMBARGO } from '@commend/announcements';
import { DataProtectionHttpModule } from '@commend/data-protection';
import { JudgingHttpModule } from '@commend/judging';
import { NotificationsHttpModule } from '@commend/notifications';
import { NominationsHttpModule } from '@commend/nominations';
import { ProgrammesHttpModule } from '@commend/programmes';
import { DashboardModule } from './dashboard/dashboard.module';
import { HealthModule } from './health/health.module';
import { QueueBoard } from './queue-board/queue-board';
import { AUDIT_PROGRAMME_SCOPES } from './audit-programme-scopes';

/** Composes the feature modules' HTTP halves. No processors run here. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config.logLevel)),
        DatabaseModule.forRoot(),
        OutboxModule,
        StorageModule,
        AuditHttpModule.register([OUTCOMES_EMBARGO], AUDIT_PROGRAMME_SCOPES),
        AuthHttpModule,
        ProgrammesHttpModule,
        NominationsHttpModule,
        JudgingHttpModule,
        AnnouncementsHttpModule,
        DataProtectionHttpModule,
        NotificationsHttpModule,
        DashboardModule,
        HealthModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ErrorFilter }, QueueBoard],
    };
  }
}
