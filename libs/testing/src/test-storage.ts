import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { azureContainerClient, type AppConfig } from '@commend/core';
import { freePort, startAzurite, type AzuriteHandle } from '../../../scripts/services';
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

/** What a suite looks at in an app's storage, whichever driver holds it. */
export interface StorageProbe {
  /**
   * Every name in the store, sorted, including what an unfinished write leaves: the local driver's
   * temp files (dot names), or a blob name holding only uncommitted blocks.
   */
  entries(): Promise<string[]>;
  /** Whether an object (committed, whole) is stored under `key`. */
  has(key: string): Promise<boolean>;
  /** Removes the object under `key` behind the app's back, as a lost file would be. */
  lose(key: string): Promise<void>;
}

export function storageProbe(config: AppConfig): StorageProbe {
  const { storage } = config;
  if (storage.driver === 'local') {
    const root = config.evidenceStorageDir;
    return {
      entries: () => {
        try {
          return Promise.resolve(
            readdirSync(root, { recursive: true, withFileTypes: true })
              .filter((e) => e.isFile())
              .map((e) => relative(root, join(e.parentPath, e.name)))
              .sort(),
          );
        } catch {
          return Promise.resolve([]); // nothing written yet
        }
      },
      has: (key) => Promise.resolve(existsSync(join(root, key))),
      lose: (key) => Promise.resolve(rmSync(join(root, key), { force: true })),
    };
  }
  const container = azureContainerClient(storage);
  return {
    entries: async () => {
      if (!(await container.exists())) return [];
      const names: string[] = [];
      for await (const blob of container.listBlobsFlat({ includeUncommitedBlobs: true })) names.push(blob.name);
      return names.sort();
    },
    has: (key) => container.getBlobClient(key).exists(),
    lose: async (key) => {
      await container.getBlobClient(key).deleteIfExists();
    },
  };
}

export interface AzuriteWithClock extends AzuriteHandle {
  /** Moves Azurite's clock `offsetMs` from now (negative: the past), and resolves once it has. */
  setClock(offsetMs: number): Promise<void>;
}

/**
 * An Azurite of a suite's own whose clock the suite moves, so blobs can be stored "days ago" for
 * the orphan sweep (the local driver's files are aged with utimes instead).
 */
export async function startAzuriteWithClock(): Promise<AzuriteWithClock> {
  const folder = mkdtempSync(join(tmpdir(), 'commend-azurite-'));
  const clockFile = join(folder, 'clock');
  writeFileSync(clockFile, '0');
  const azurite = await startAzurite({
    port: await freePort(),
    location: join(folder, 'data'),
    nodeArgs: ['--require', resolve(__dirname, '../../../test/harness/shifted-clock.js')],
    env: { COMMEND_CLOCK_FILE: clockFile },
  });
  return {
    ...azurite,
    setClock: async (offsetMs) => {
      rmSync(`${clockFile}.ack`, { force: true });
      writeFileSync(clockFile, String(offsetMs));
      azurite.process.kill('SIGUSR2');
      const deadline = Date.now() + 5_000;
      while (!existsSync(`${clockFile}.ack`) || readFileSync(`${clockFile}.ack`, 'utf8') !== String(offsetMs)) {
        if (Date.now() > deadline) throw new Error("Azurite's clock did not move within 5 s");
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    stop: async () => {
      await azurite.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
