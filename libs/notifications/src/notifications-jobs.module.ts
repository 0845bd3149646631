import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@commend/core';
import { NotificationsProcessor } from './jobs/notifications.processor';
import { NotificationsModule } from './notifications.module';
import { createMailTransport, MAIL_TRANSPORT } from './transports/mail-transport';

/** Processors only: loaded by the worker. */
@Module({
  imports: [NotificationsModule],
  providers: [
    NotificationsProcessor,
    { provide: MAIL_TRANSPORT, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createMailTransport(config) },
  ],
  exports: [NotificationsProcessor],
})
export class NotificationsJobsModule {}
