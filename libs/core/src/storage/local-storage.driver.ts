import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, opendir, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertByteRange,
  assertStorageKey,
  InvalidStorageKeyError,
  isStorageKey,
  StorageNotFoundError,
  type ByteRange,
  type StorageDriver,
  type StoredObject,
} from './storage-driver';

const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

/**
 * Keeps objects as files under `root`. Evidence is the most sensitive data we hold, so files and
 * folders are readable by the service's own user only, and a write is all-or-nothing.
 */
export class LocalStorageDriver implements StorageDriver {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async write(key: string, source: NodeJS.ReadableStream | Readable): Promise<StoredObject> {
    const target = this.pathOf(key);
    const folder = dirname(target);
    await mkdir(folder, { recursive: true, mode: FOLDER_MODE });

    const temp = tempPathFor(target);
    // O_EXCL never follows or reuses an existing file; opening before piping means the file exists
    // before anything can fail, so the cleanup below always finds it.
    const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, FILE_MODE);
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      // `flush` fsyncs before the stream closes the handle, so the bytes reach the disk before the
      // name does; pipeline settles only once the stream has closed.
      await pipeline(source, measure, handle.createWriteStream({ flush: true }));
      await rename(temp, target);
    } catch (error) {
      await handle.close().catch(ignore);
      await rm(temp, { force: true }).catch(ignore); // keep the original error, the one that explains
      throw error;
    }
    await syncFolder(folder);
    return { sha256: hash.digest('hex'), size };
  }

  /** A file keeps no checksum of its own: reads are not verified here (the rows record the SHA-256). */
  async read(key: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(key);
    if (range) assertByteRange(range);
    let handle: FileHandle;
    try {
      handle = await open(path, constants.O_RDONLY);
    } catch (error) {
      throw isAbsence(error) ? notFound(key) : error;
    }
    try {
      // A key that names a folder (a prefix of other keys) is not an object.
      if (!(await handle.stat()).isFile()) throw notFound(key);
    } catch (error) {
      await handle.close();
      throw error;
    }
    return handle.createReadStream(range && { start: range.start, end: range.end });
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    try {
      await unlink(path);
    } catch (error) {
      if (isAbsence(error) || (await isFolder(path))) return; // a folder of other objects is no object
      throw error; // e.g. a permission problem: the caller must know the data is still there
    }
  }

  async *listOlderThan(prefix: string, before: Date): AsyncIterable<string> {
    assertStorageKey(`${prefix}x`); // a prefix is a key's start: the same shape, ending with '/'
    if (!prefix.endsWith('/')) throw new InvalidStorageKeyError(prefix);
    for await (const path of filesUnder(this.pathOf(prefix.slice(0, -1)))) {
      const key = relative(this.root, path).split(sep).join('/');
      if (isStorageKey(key) && (await writtenBefore(path, before))) yield key;
    }
  }

  async removeAbandonedWrites(before: Date): Promise<number> {
    let removed = 0;
    for await (const path of filesUnder(this.root)) {
      if (!TEMP_NAME.test(basename(path)) || !(await writtenBefore(path, before))) continue;
      await rm(path, { force: true });
      removed += 1;
    }
    return removed;
  }

  /** The file for `key`; validates the key and, belt and braces, that the path stays inside root. */
  private pathOf(key: string): string {
    assertStorageKey(key);
    const path = resolve(this.root, ...key.split('/'));
    if (!path.startsWith(this.root + sep)) throw new InvalidStorageKeyError(key);
    return path;
  }
}

/** A sibling with a dot in its name: keys cannot contain dots, so no key can ever name a temp file. */
function tempPathFor(target: string): string {
  return resolve(dirname(target), `.${basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
}
const TEMP_NAME = /^\..+\.[0-9a-f]{16}\.tmp$/;

/** Every file below `folder`, depth first, read a directory entry at a time; nothing when it is absent. */
async function* filesUnder(folder: string): AsyncIterable<string> {
  const dir = await opendir(folder).catch((error: unknown) => {
    if (isAbsence(error)) return null;
    throw error;
  });
  if (!dir) return;
  for await (const entry of dir) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

async function writtenBefore(path: string, before: Date): Promise<boolean> {
  const stats = await stat(path).catch(() => null); // gone meanwhile: nothing to report
  return stats !== null && stats.mtime < before;
}

/** Makes the rename itself durable. Best effort: some file systems refuse to sync a folder. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, constants.O_RDONLY).catch(() => null);
  if (!handle) return;
  await handle.sync().catch(ignore);
  await handle.close();
}

function notFound(key: string): StorageNotFoundError {
  return new StorageNotFoundError(key);
}

async function isFolder(path: string): Promise<boolean> {
  const stats = await lstat(path).catch(() => null);
  return stats?.isDirectory() ?? false;
}

function isAbsence(error: unknown): boolean {
  return hasCode(error, 'ENOENT') || hasCode(error, 'ENOTDIR');
}

/** By `code`, not `instanceof Error`: system errors may come from another realm (Jest's VM, for one). */
function hasCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === code;
}

function ignore(): void {}
