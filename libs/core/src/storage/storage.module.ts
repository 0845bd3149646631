import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { LocalStorageDriver } from './local-storage.driver';
import { STORAGE_DRIVER } from './storage-driver';

/** Provides STORAGE_DRIVER: the local folder by default; object storage implements the same interface. */
@Global()
@Module({
  providers: [
    {
      provide: STORAGE_DRIVER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalStorageDriver(config.evidenceStorageDir),
    },
  ],
  exports: [STORAGE_DRIVER],
})
export class StorageModule {}
