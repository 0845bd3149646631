import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { LocalStorageDriver } from './local-storage.driver';
import { InvalidStorageKeyError, StorageNotFoundError } from './storage-driver';

/** Every file under `folder`, relative to it, temp files (dot names) included. */
function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** A source that yields some bytes and then fails, as an aborted upload does. */
function failingSource(): Readable {
  return Readable.from(
    (async function* () {
      yield Buffer.from('the first part of an upload');
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('connection reset');
    })(),
  );
}

describe('LocalStorageDriver', () => {
  let root: string;
  let driver: LocalStorageDriver;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'commend-storage-'));
    driver = new LocalStorageDriver(root);
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reads back what it wrote, and says its SHA-256 and size', async () => {
    const bytes = Buffer.from('Evidence: café, naïve, 🎉\n'.repeat(5000));

    const stored = await driver.write('evidence/0b7e1c9a-1d2f-4c3b-9a8e-7f6d5c4b3a21', Readable.from([bytes]));

    expect(stored).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
    const stream = await driver.read('evidence/0b7e1c9a-1d2f-4c3b-9a8e-7f6d5c4b3a21');
    expect(Buffer.concat(await stream.toArray())).toEqual(bytes);
  });

  it('reads a byte range, inclusive, cut at the end, and empty from the end on', async () => {
    await driver.write('evidence/a', Readable.from(['0123456789']));

    expect(await text(await driver.read('evidence/a', { start: 2, end: 5 }))).toBe('2345');
    expect(await text(await driver.read('evidence/a', { start: 0, end: 0 }))).toBe('0');
    expect(await text(await driver.read('evidence/a', { start: 7, end: 100 }))).toBe('789');
    expect(await text(await driver.read('evidence/a', { start: 10, end: 20 }))).toBe('');
    await expect(driver.read('evidence/a', { start: 5, end: 4 })).rejects.toBeInstanceOf(RangeError);
    await expect(driver.read('evidence/a', { start: -1, end: 4 })).rejects.toBeInstanceOf(RangeError);
    await expect(driver.read('evidence/missing', { start: 0, end: 4 })).rejects.toBeInstanceOf(StorageNotFoundError);
  });

  it('stores an empty object', async () => {
    await driver.write('evidence/empty', Readable.from([]));

    expect(await text(await driver.read('evidence/empty'))).toBe('');
    expect(await text(await driver.read('evidence/empty', { start: 0, end: 10 }))).toBe('');
  });

  it('keeps files and folders private to the service user', async () => {
    await driver.write('evidence/deep/er/key', Readable.from(['secret']));

    expect(fs.statSync(path.join(root, 'evidence/deep/er/key')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(root, 'evidence/deep/er')).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(root, 'evidence')).mode & 0o777).toBe(0o700);
  });

  it('overwrites an object', async () => {
    await driver.write('evidence/a', Readable.from(['first version, longer than the second']));
    await driver.write('evidence/a', Readable.from(['second']));

    expect(await text(await driver.read('evidence/a'))).toBe('second');
    expect(filesUnder(root)).toEqual(['evidence/a']);
  });

  it('deletes an object, and deleting it again is not an error', async () => {
    await driver.write('evidence/a', Readable.from(['x']));

    await driver.delete('evidence/a');
    await driver.delete('evidence/a');

    await expect(driver.read('evidence/a')).rejects.toBeInstanceOf(StorageNotFoundError);
    await expect(driver.delete('never/written')).resolves.toBeUndefined();
  });

  it('rejects with StorageNotFoundError for a missing object', async () => {
    await expect(driver.read('evidence/missing')).rejects.toBeInstanceOf(StorageNotFoundError);
    // Under a key that is itself an object, and at a key that is only a folder of objects.
    await driver.write('evidence/a', Readable.from(['x']));
    await expect(driver.read('evidence/a/b')).rejects.toBeInstanceOf(StorageNotFoundError);
    await expect(driver.read('evidence')).rejects.toBeInstanceOf(StorageNotFoundError);
  });

  it('leaves no file and no temp file when the source fails', async () => {
    await expect(driver.write('evidence/upload', failingSource())).rejects.toThrow('connection reset');

    expect(filesUnder(root)).toEqual([]);
    await expect(driver.read('evidence/upload')).rejects.toBeInstanceOf(StorageNotFoundError);
  });

  it('keeps the previous version intact when an overwrite fails', async () => {
    await driver.write('evidence/a', Readable.from(['kept']));

    await expect(driver.write('evidence/a', failingSource())).rejects.toThrow('connection reset');

    expect(await text(await driver.read('evidence/a'))).toBe('kept');
    expect(filesUnder(root)).toEqual(['evidence/a']);
  });

  it('cleans up when the target cannot be replaced', async () => {
    await driver.write('evidence/a/b', Readable.from(['x']));

    // 'evidence/a' is a folder, so the rename fails after the bytes were written.
    await expect(driver.write('evidence/a', Readable.from(['y']))).rejects.toThrow();

    expect(filesUnder(root)).toEqual(['evidence/a/b']);
  });

  describe('for the orphan sweep', () => {
    const hourAgo = () => new Date(Date.now() - 3_600_000);
    const age = (relativePath: string, hours: number) => {
      const when = new Date(Date.now() - hours * 3_600_000);
      fs.utimesSync(path.join(root, relativePath), when, when);
    };
    const list = async (prefix: string, before: Date) => {
      const keys: string[] = [];
      for await (const key of driver.listOlderThan(prefix, before)) keys.push(key);
      return keys.sort();
    };

    it('lists the keys under a prefix written before a time, and no temp file or other prefix', async () => {
      for (const key of ['evidence/n1/old', 'evidence/n1/new', 'evidence/n2/old', 'certificates/p/old']) {
        await driver.write(key, Readable.from(['x']));
      }
      for (const key of ['evidence/n1/old', 'evidence/n2/old', 'certificates/p/old']) age(key, 48);
      fs.writeFileSync(path.join(root, 'evidence/n1/.old.0123456789abcdef.tmp'), 'half');
      age('evidence/n1/.old.0123456789abcdef.tmp', 48);

      expect(await list('evidence/', hourAgo())).toEqual(['evidence/n1/old', 'evidence/n2/old']);
    });

    it('lists nothing under a prefix never written, and refuses a prefix of another shape', async () => {
      expect(await list('evidence/', hourAgo())).toEqual([]);
      await expect(list('evidence', hourAgo())).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(list('../', hourAgo())).rejects.toBeInstanceOf(InvalidStorageKeyError);
    });

    it('removes the temp files of writes abandoned before a time, and nothing else', async () => {
      await driver.write('evidence/n1/kept', Readable.from(['x']));
      age('evidence/n1/kept', 48);
      fs.writeFileSync(path.join(root, 'evidence/n1/.a.0123456789abcdef.tmp'), 'crashed mid-write');
      age('evidence/n1/.a.0123456789abcdef.tmp', 48);
      fs.writeFileSync(path.join(root, 'evidence/n1/.b.fedcba9876543210.tmp'), 'still being written');

      expect(await driver.removeAbandonedWrites(hourAgo())).toBe(1);

      expect(filesUnder(root)).toEqual(['evidence/n1/.b.fedcba9876543210.tmp', 'evidence/n1/kept']);
    });
  });

  it.each(['../x', '/etc/passwd', 'a/../../b', 'A', '', 'a//b', 'a/', 'a/./b', '.hidden', 'a.b', 'a\\b', 'a\0b', 'é'])(
    'refuses the key %j for every operation',
    async (key) => {
      await expect(driver.write(key, Readable.from(['x']))).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(driver.read(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(driver.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      expect(fs.readdirSync(root)).toEqual([]);
    },
  );

  it('refuses a key longer than 201 characters', async () => {
    await driver.write('a'.repeat(201), Readable.from(['x']));

    await expect(driver.write('a'.repeat(202), Readable.from(['x']))).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });
});
