import { Module, type DynamicModule, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { loggerParams, RATE_LIMIT_REDIS, RateLimitModule } from '@commend/core';
import type { RedisClientType } from 'redis';
import { ApiClient } from './api-client/api-client';
import { AuditingApi } from './auditing/auditing-api';
import { AuditingController } from './auditing/auditing.controller';
import { AuthController } from './auth/auth.controller';
import { ChairingApi } from './chairing/chairing-api';
import { ChairingController } from './chairing/chairing.controller';
import { OidcService } from './auth/oidc.service';
import { DashboardApi } from './coordinating/dashboard-api';
import { DashboardController } from './coordinating/dashboard.controller';
import { ExportsApi } from './coordinating/exports-api';
import { ExportsController } from './coordinating/exports.controller';
import { SettingUpApi } from './coordinating/setting-up-api';
import { SettingUpController } from './coordinating/setting-up.controller';
import { WEB_CONFIG, type WebConfig } from './config/web-config';
import { OperationsApi } from './coordinating/operations-api';
import { OperationsController } from './coordinating/operations.controller';
import { DirectingApi } from './directing/directing-api';
import { DirectingController } from './directing/directing.controller';
import { HealthController } from './health/health.controller';
import { PagesController } from './home/pages.controller';
import { JudgingController } from './judging/judging.controller';
import { JudgingApi } from './judging/judging-api';
import { NominatingController } from './nominating/nominating.controller';
import { NominationsApi } from './nominating/nominations-api';
import { PanelsApi } from './coordinating/panels-api';
import { QueueBoardController } from './coordinating/queue-board.controller';
import { PanelsController } from './coordinating/panels.controller';
import { ScreeningApi } from './coordinating/screening-api';
import { ScreeningController } from './coordinating/screening.controller';
import { WebErrorFilter } from './web-error.filter';
import { WinnersController } from './winners/winners.controller';
import { WEB_REDIS } from './web-redis';

@Module({})
export class WebModule implements OnApplicationShutdown {
  constructor(@Inject(WEB_REDIS) private readonly redis: RedisClientType) {}

  static forRoot(config: WebConfig, redis: RedisClientType): DynamicModule {
    return {
      module: WebModule,
      imports: [
        LoggerModule.forRoot(loggerParams(config.logLevel)),
        RateLimitModule.forRoot(
          {
            limits: { 'sign-in': config.rateLimit.signInPerMinute, write: config.rateLimit.writesPerMinute },
            windowMs: 60_000,
            keyPrefix: 'commend:web:rate:',
            // The session stands for the signed-in person: the web app holds no user id of its own.
            tracker: (req) => (req.session?.user ? `session:${req.sessionID}` : `ip:${req.ip}`),
          },
          {
            provide: RATE_LIMIT_REDIS,
            useValue: {
              run: (script: string, keys: string[], args: string[]) => redis.eval(script, { keys, arguments: args }),
            },
          },
        ),
      ],
      controllers: [
        ExportsController,
        HealthController,
        AuthController,
        PagesController,
        NominatingController,
        JudgingController,
        ChairingController,
        DirectingController,
        WinnersController,
        SettingUpController,
        ScreeningController,
        PanelsController,
        OperationsController,
        DashboardController,
        QueueBoardController,
        AuditingController,
      ],
      providers: [
        { provide: WEB_CONFIG, useValue: config },
        { provide: WEB_REDIS, useValue: redis },
        { provide: APP_FILTER, useClass: WebErrorFilter },
        OidcService,
        ApiClient,
        ExportsApi,
        NominationsApi,
        JudgingApi,
        ChairingApi,
        DirectingApi,
        SettingUpApi,
        ScreeningApi,
        PanelsApi,
        OperationsApi,
        DashboardApi,
        AuditingApi,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis.isOpen) await this.redis.close();
  }
}
