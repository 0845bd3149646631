export * from './entities/notification.entity';
export * from './notification-jobs.service';
export * from './notifications-http.module';
export * from './notifications-jobs.module';
export * from './notifications.module';
export * from './recipients';
export * from './templates/message';
export * from './transports/mail-transport';
