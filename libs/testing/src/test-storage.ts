import { randomBytes } from 'node:crypto';
import { HARNESS } from './harness-env';

/** The drivers the storage-touching suites run against, each in one run. */
export const STORAGE_DRIVERS = ['local', 'azure-blob'] as const;
export type TestStorageDriver = (typeof STORAGE_DRIVERS)[number];

export function azuriteConnectionString(): string {
  const value = process.env[HARNESS.azurite];
  if (!value) throw new Error('No test Azurite: run e2e suites through jest, whose global setup starts it');
  return value;
}

/** A container name no other suite or app uses, so parallel suites never see each other's blobs. */
export const freshContainerName = (): string => `test-${randomBytes(8).toString('hex')}`;

/**
 * The environment that puts an app's storage on `driver`: nothing for the local folder (the test
 * API gives each app its own), the harness's Azurite and a container of its own for azure-blob.
 */
export function storageEnv(driver: TestStorageDriver): Record<string, string> {
  if (driver === 'local') return {};
  return {
    STORAGE_DRIVER: 'azure-blob',
    AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(),
    AZURE_STORAGE_CONTAINER: freshContainerName(),
  };
}
