import { BlobServiceClient, BlockBlobClient, RestError, type ContainerClient } from '@azure/storage-blob';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import {
  AzureBlobStorageDriver,
  DEFAULT_BLOCK_SIZE,
  InvalidStorageKeyError,
  StorageIntegrityError,
  StorageNotFoundError,
} from '@commend/core';
import { azuriteConnectionString, freshContainerName } from '@commend/testing';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const MiB = 1024 * 1024;

/** A source that yields some bytes and then fails, as an aborted upload does. */
function failingSource(): Readable {
  return Readable.from(
    (async function* () {
      yield Buffer.alloc(300_000, 'a'); // more than one block of the small-block driver
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('connection reset');
    })(),
  );
}

type StageBlock = BlockBlobClient['stageBlock'];

/**
 * Puts `around` between the driver and the SDK's stageBlock (the SDK's method, not our code):
 * it sees each block's bytes and stages them, or others, with the driver's id and MD5.
 */
function aroundStageBlock(
  around: (body: Buffer, stage: (body: Buffer) => ReturnType<StageBlock>) => ReturnType<StageBlock>,
): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the client as `this`
  const original = BlockBlobClient.prototype.stageBlock;
  jest.spyOn(BlockBlobClient.prototype, 'stageBlock').mockImplementation(function (
    this: BlockBlobClient,
    id,
    body,
    _length,
    options,
  ) {
    return around(body as Buffer, (bytes) => original.call(this, id, bytes, bytes.length, options));
  });
}

/** The driver against the harness's Azurite, in a container of its own per test. */
describe('AzureBlobStorageDriver against Azurite', () => {
  const service = BlobServiceClient.fromConnectionString(azuriteConnectionString());
  let container: ContainerClient;
  let driver: AzureBlobStorageDriver;

  /** The committed blobs' names, as Azure lists them (no uncommitted block lists). */
  const blobNames = async () => {
    const names: string[] = [];
    for await (const blob of container.listBlobsFlat()) names.push(blob.name);
    return names.sort();
  };

  beforeEach(() => {
    container = service.getContainerClient(freshContainerName());
    driver = new AzureBlobStorageDriver(container, { blockSize: 256 * 1024, listPageSize: 2 });
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await container.deleteIfExists();
  });

  it('creates its container, private, at first use', async () => {
    expect(await container.exists()).toBe(false);

    await driver.write('evidence/a', Readable.from(['x']));

    const properties = await container.getProperties();
    expect(properties.blobPublicAccess).toBeUndefined();
  });

  it('refuses a container that allows public access', async () => {
    await container.create({ access: 'blob' });

    await expect(driver.write('evidence/a', Readable.from(['x']))).rejects.toThrow(/allows public read access/);
    expect(await blobNames()).toEqual([]);
  });

  it('reads back what it wrote, across several blocks, and says its SHA-256 and size', async () => {
    const bytes = Buffer.from('Evidence: café, naïve, 🎉\n'.repeat(40_000)); // ~1.2 MB: 5 blocks of 256 KiB

    const stored = await driver.write('evidence/0b7e1c9a-1d2f-4c3b-9a8e-7f6d5c4b3a21', Readable.from([bytes]));

    expect(stored).toEqual({ sha256: sha256(bytes), size: bytes.length });
    const stream = await driver.read('evidence/0b7e1c9a-1d2f-4c3b-9a8e-7f6d5c4b3a21');
    expect(Buffer.concat(await stream.toArray()).equals(bytes)).toBe(true); // toEqual on a megabyte takes seconds
    const blocks = await container
      .getBlockBlobClient('evidence/0b7e1c9a-1d2f-4c3b-9a8e-7f6d5c4b3a21')
      .getBlockList('all');
    expect(blocks.committedBlocks?.map((b) => b.size)).toEqual([
      ...Array(4).fill(256 * 1024),
      bytes.length - 4 * 256 * 1024,
    ]);
    expect(blocks.uncommittedBlocks).toEqual([]);
  });

  it('stores an empty object', async () => {
    expect(await driver.write('evidence/empty', Readable.from([]))).toEqual({ sha256: sha256(''), size: 0 });

    expect(await text(await driver.read('evidence/empty'))).toBe('');
  });

  it('overwrites an object', async () => {
    await driver.write('evidence/a', Readable.from(['first version, longer than the second']));
    await driver.write('evidence/a', Readable.from(['second']));

    expect(await text(await driver.read('evidence/a'))).toBe('second');
    expect(await blobNames()).toEqual(['evidence/a']);
  });

  it('reads a byte range, inclusive, cut at the end, and empty from the end on', async () => {
    await driver.write('evidence/a', Readable.from(['0123456789']));

    expect(await text(await driver.read('evidence/a', { start: 2, end: 5 }))).toBe('2345');
    expect(await text(await driver.read('evidence/a', { start: 0, end: 0 }))).toBe('0');
    expect(await text(await driver.read('evidence/a', { start: 7, end: 100 }))).toBe('789');
    expect(await text(await driver.read('evidence/a', { start: 10, end: 20 }))).toBe('');
    await expect(driver.read('evidence/a', { start: 5, end: 4 })).rejects.toBeInstanceOf(RangeError);
    await expect(driver.read('evidence/missing', { start: 0, end: 4 })).rejects.toBeInstanceOf(StorageNotFoundError);
  });

  it('deletes an object, and deleting it again is not an error', async () => {
    await driver.write('evidence/a', Readable.from(['x']));

    await driver.delete('evidence/a');
    await driver.delete('evidence/a');

    await expect(driver.read('evidence/a')).rejects.toBeInstanceOf(StorageNotFoundError);
    await expect(driver.delete('never/written')).resolves.toBeUndefined();
    expect(await blobNames()).toEqual([]);
  });

  it('rejects with StorageNotFoundError for a missing object, also a "folder" of others', async () => {
    await expect(driver.read('evidence/missing')).rejects.toBeInstanceOf(StorageNotFoundError);
    await driver.write('evidence/a/b', Readable.from(['x']));
    await expect(driver.read('evidence/a')).rejects.toBeInstanceOf(StorageNotFoundError);
  });

  it('leaves no blob when the source fails, and keeps the previous version', async () => {
    await expect(driver.write('evidence/upload', failingSource())).rejects.toThrow('connection reset');
    await expect(driver.read('evidence/upload')).rejects.toBeInstanceOf(StorageNotFoundError);
    expect(await blobNames()).toEqual([]);

    await driver.write('evidence/kept', Readable.from(['kept']));
    await expect(driver.write('evidence/kept', failingSource())).rejects.toThrow('connection reset');
    expect(await text(await driver.read('evidence/kept'))).toBe('kept');
    expect(await blobNames()).toEqual(['evidence/kept']);
  });

  it('is refused by the service when a block arrives other than its MD5 says, and stores nothing', async () => {
    // Corrupt the bytes after the driver hashed them, as a fault on the way would.
    aroundStageBlock((body, stage) => {
      const corrupted = Buffer.from(body);
      corrupted[0] ^= 0xff;
      return stage(corrupted);
    });

    const refusal = await driver.write('evidence/a', Readable.from(['some evidence'])).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(RestError);
    expect(refusal).toMatchObject({ statusCode: 400, code: 'Md5Mismatch' });
    jest.restoreAllMocks();
    await expect(driver.read('evidence/a')).rejects.toBeInstanceOf(StorageNotFoundError);
  });

  it('fails a full read of bytes that no longer match their SHA-256, before handing over the last of them', async () => {
    const original = Buffer.alloc(600_000, 'o');
    const { sha256: recorded } = await driver.write('evidence/a', Readable.from([original]));
    // Other bytes of the same length under the same name, keeping the metadata: corruption at rest.
    const tampered = Buffer.from(original);
    tampered[500_000] = 'x'.charCodeAt(0);
    await container
      .getBlockBlobClient('evidence/a')
      .upload(tampered, tampered.length, { metadata: { sha256: recorded } });

    const stream = await driver.read('evidence/a');
    let received = 0;
    stream.on('data', (chunk: Buffer) => (received += chunk.length));
    await expect(stream.toArray()).rejects.toBeInstanceOf(StorageIntegrityError);
    expect(received).toBeLessThan(tampered.length);

    // A range read is not verified (the checksum is of the whole): it serves the bytes as stored.
    expect(await text(await driver.read('evidence/a', { start: 499_999, end: 500_001 }))).toBe('oxo');
  });

  describe('for the orphan sweep', () => {
    const list = async (prefix: string, before: Date) => {
      const keys: string[] = [];
      for await (const key of driver.listOlderThan(prefix, before)) keys.push(key);
      return keys.sort();
    };
    /** The next whole second: Azure's Last-Modified has one-second resolution. */
    const nextSecond = async () => {
      const boundary = new Date(Math.ceil((Date.now() + 1) / 1000) * 1000);
      await new Promise((resolve) => setTimeout(resolve, boundary.getTime() - Date.now() + 20));
      return boundary;
    };

    it('lists, page by page, the keys under a prefix written before a time, and no other prefix', async () => {
      for (const key of ['evidence/n1/a', 'evidence/n1/b', 'evidence/n2/c', 'certificates/p/d']) {
        await driver.write(key, Readable.from(['x']));
      }
      await expect(driver.write('evidence/n3/failed', failingSource())).rejects.toThrow();
      const between = await nextSecond();
      await driver.write('evidence/n1/new', Readable.from(['x']));

      // Three old keys with pages of two: the listing follows the continuation.
      expect(await list('evidence/', between)).toEqual(['evidence/n1/a', 'evidence/n1/b', 'evidence/n2/c']);
      expect(await list('evidence/n1/', new Date(Date.now() + 60_000))).toEqual([
        'evidence/n1/a',
        'evidence/n1/b',
        'evidence/n1/new',
      ]);
    });

    it('lists nothing under a prefix never written, and refuses a prefix of another shape', async () => {
      expect(await list('evidence/', new Date())).toEqual([]);
      await expect(list('evidence', new Date())).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(list('../', new Date())).rejects.toBeInstanceOf(InvalidStorageKeyError);
    });

    it('has no abandoned writes to remove: the service discards uncommitted blocks', async () => {
      await expect(driver.write('evidence/n1/failed', failingSource())).rejects.toThrow();

      expect(await driver.removeAbandonedWrites(new Date(Date.now() + 60_000))).toBe(0);
    });
  });

  it('streams 30 MB in 4 MiB blocks, reading the source only as fast as blocks are staged', async () => {
    const big = new AzureBlobStorageDriver(container); // the production block size
    const total = 30 * 1000 * 1000;
    const chunk = Buffer.alloc(64 * 1024, 'z');
    let produced = 0;
    let staged = 0;
    let furthestAhead = 0;
    const source = Readable.from(
      (function* () {
        while (produced < total) {
          const piece = chunk.subarray(0, Math.min(chunk.length, total - produced));
          produced += piece.length;
          furthestAhead = Math.max(furthestAhead, produced - staged);
          yield piece;
        }
      })(),
    );
    const blockSizes: number[] = [];
    aroundStageBlock(async (body, stage) => {
      blockSizes.push(body.length);
      const response = await stage(body);
      staged += body.length;
      return response;
    });

    const stored = await big.write('evidence/big', source);

    expect(stored.size).toBe(total);
    expect(blockSizes).toHaveLength(Math.ceil(total / DEFAULT_BLOCK_SIZE));
    expect(Math.max(...blockSizes)).toBe(DEFAULT_BLOCK_SIZE);
    // Read-ahead is bounded by the block being filled plus the source's own small buffer: never the file.
    expect(furthestAhead).toBeLessThan(DEFAULT_BLOCK_SIZE + 2 * MiB);

    // Read back as a stream, hashed as it goes (verified by the driver against the stored SHA-256 too).
    const hash = createHash('sha256');
    let largestChunk = 0;
    let length = 0;
    for await (const piece of await big.read('evidence/big')) {
      hash.update(piece as Buffer);
      length += (piece as Buffer).length;
      largestChunk = Math.max(largestChunk, (piece as Buffer).length);
    }
    expect(length).toBe(total);
    expect(hash.digest('hex')).toBe(stored.sha256);
    expect(largestChunk).toBeLessThanOrEqual(DEFAULT_BLOCK_SIZE);
  });

  it.each(['../x', '/etc/passwd', 'A', '', 'a//b', 'a/', 'a.b', 'é'])(
    'refuses the key %j for every operation',
    async (key) => {
      await expect(driver.write(key, Readable.from(['x']))).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(driver.read(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(driver.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      expect(await container.exists()).toBe(false);
    },
  );
});
