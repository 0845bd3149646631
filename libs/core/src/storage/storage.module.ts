import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { AzureBlobStorageDriver, azureContainerClient } from './azure-blob-storage.driver';
import { LocalStorageDriver } from './local-storage.driver';
import { STORAGE_DRIVER, type StorageDriver } from './storage-driver';

/** Provides STORAGE_DRIVER as configured: the local folder (the default) or an Azure Blob container. */
@Global()
@Module({
  providers: [
    {
      provide: STORAGE_DRIVER,
      inject: [APP_CONFIG],
      useFactory: ({ storage, evidenceStorageDir }: AppConfig): StorageDriver =>
        storage.driver === 'azure-blob'
          ? new AzureBlobStorageDriver(azureContainerClient(storage))
          : new LocalStorageDriver(evidenceStorageDir),
    },
  ],
  exports: [STORAGE_DRIVER],
})
export class StorageModule {}
