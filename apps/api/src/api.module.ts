import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AuditHttpModule } from '@commend/audit';
import { AuthHttpModule } from '@commend/auth';
import {
  ConfigModule,
  DatabaseModule,
  ErrorFilter,
  IoredisRateLimitRedis,
  loggerParams,
  RATE_LIMIT_REDIS,
  RateLimitModule,
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
        // After AuthHttpModule: its guard names the person the limit counts for (rate-limit.module.ts).
        RateLimitModule.forRoot(
          {
            limits: { write: config.rateLimit.writesPerMinute },
            windowMs: 60_000,
            keyPrefix: 'commend:api:rate:',
            tracker: (req) => {
              const user = (req as { user?: { id?: string } }).user;
              return user?.id ? `user:${user.id}` : `ip:${req.ip}`;
            },
          },
          { provide: RATE_LIMIT_REDIS, useClass: IoredisRateLimitRedis },
        ),
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
