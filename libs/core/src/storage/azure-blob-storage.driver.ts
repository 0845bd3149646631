import { DefaultAzureCredential } from '@azure/identity';
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { createHash, randomBytes } from 'node:crypto';
import { PassThrough, pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import {
  assertByteRange,
  assertStorageKey,
  InvalidStorageKeyError,
  isStorageKey,
  StorageIntegrityError,
  StorageNotFoundError,
  type ByteRange,
  type StorageDriver,
  type StoredObject,
} from './storage-driver';

/** The most of a write held in memory at once: one block being filled, then staged. */
export const DEFAULT_BLOCK_SIZE = 4 * 1024 * 1024;
/** Blob names per listing request: what the orphan sweep holds at a time. */
const LIST_PAGE_SIZE = 1000;
/** The metadata entry holding the SHA-256 of the whole blob, as lower-case hex. */
const SHA256_METADATA = 'sha256';

export interface AzureBlobSettings {
  /** A storage account connection string (it carries the account key; Azurite's in tests). */
  connectionString?: string;
  /** The account's blob endpoint, e.g. https://<account>.blob.core.windows.net, reached with managed identity. */
  accountUrl?: string;
  container: string;
}

/** The container client for `settings`: by connection string, or by account URL with DefaultAzureCredential. */
export function azureContainerClient(settings: AzureBlobSettings): ContainerClient {
  const service = settings.connectionString
    ? BlobServiceClient.fromConnectionString(settings.connectionString)
    : new BlobServiceClient(settings.accountUrl!, new DefaultAzureCredential());
  return service.getContainerClient(settings.container);
}

/**
 * Keeps objects as block blobs in one private container. A write stages blocks as the source
 * streams and commits the list at the end, so a blob appears only whole; each block carries its
 * MD5, which the service checks, and the blob carries the SHA-256 of the whole, which a full read
 * checks.
 */
export class AzureBlobStorageDriver implements StorageDriver {
  private readying?: Promise<void>;
  private readonly blockSize: number;
  private readonly listPageSize: number;

  constructor(
    private readonly container: ContainerClient,
    options: { blockSize?: number; listPageSize?: number } = {},
  ) {
    this.blockSize = options.blockSize ?? DEFAULT_BLOCK_SIZE;
    this.listPageSize = options.listPageSize ?? LIST_PAGE_SIZE;
  }

  async write(key: string, source: NodeJS.ReadableStream | Readable): Promise<StoredObject> {
    assertStorageKey(key);
    await this.ready();
    const blob = this.container.getBlockBlobClient(key);
    // Ids of one blob's blocks must all be the same length; a per-write prefix keeps two writers of
    // one key (a retried job, say) from committing each other's blocks.
    const writeId = randomBytes(8).toString('hex');
    const ids: string[] = [];
    const whole = createHash('sha256');
    let size = 0;
    const stage = async (block: Buffer): Promise<void> => {
      const id = Buffer.from(`${writeId}-${String(ids.length).padStart(6, '0')}`).toString('base64');
      whole.update(block);
      size += block.length;
      await blob.stageBlock(id, block, block.length, {
        transactionalContentMD5: createHash('md5').update(block).digest(),
      });
      ids.push(id);
    };

    // Reading pauses while a block is staged: the source is pulled only as fast as the service
    // takes it, and at most one block (plus the stream's own small buffer) is held.
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const chunk of source as AsyncIterable<Buffer | string>) {
      let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      while (pendingBytes + bytes.length >= this.blockSize) {
        const take = this.blockSize - pendingBytes;
        pending.push(bytes.subarray(0, take));
        await stage(Buffer.concat(pending, this.blockSize));
        pending = [];
        pendingBytes = 0;
        bytes = bytes.subarray(take);
      }
      if (bytes.length > 0) {
        pending.push(bytes);
        pendingBytes += bytes.length;
      }
    }
    if (pendingBytes > 0) await stage(Buffer.concat(pending, pendingBytes));

    // The one step that makes the blob visible (or replaces the earlier version), whole or not at all.
    // Had the source failed above, nothing is committed: the staged blocks are discarded by the
    // service (at the next commit to this name, or after a week).
    const sha256 = whole.digest('hex');
    await blob.commitBlockList(ids, { metadata: { [SHA256_METADATA]: sha256 } });
    return { sha256, size };
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    assertStorageKey(key);
    if (range) assertByteRange(range);
    await this.ready();
    const blob = this.container.getBlobClient(key);
    let response: Awaited<ReturnType<typeof blob.download>>;
    try {
      response = range ? await blob.download(range.start, range.end - range.start + 1) : await blob.download();
    } catch (error) {
      if (statusOf(error) === 404) throw new StorageNotFoundError(key);
      // 416: the range starts at or beyond the end, which the interface reads as no bytes.
      if (range && statusOf(error) === 416) return Readable.from([]);
      throw error;
    }
    const body = response.readableStreamBody!;
    const expected = response.metadata?.[SHA256_METADATA];
    // A range is not verified: the checksum is of the whole. Nor is a blob another tool put there
    // without our metadata (one copied in by azcopy, say); the evidence row's SHA-256 still says what it was.
    const check = range || !expected ? new PassThrough() : new VerifyingStream(key, expected);
    return pipeline(body, check, () => undefined);
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.ready();
    await this.container.getBlobClient(key).deleteIfExists({ deleteSnapshots: 'include' });
  }

  async *listOlderThan(prefix: string, before: Date): AsyncIterable<string> {
    assertStorageKey(`${prefix}x`); // a prefix is a key's start: the same shape, ending with '/'
    if (!prefix.endsWith('/')) throw new InvalidStorageKeyError(prefix);
    await this.ready();
    // A flat listing lists committed blobs only, a page at a time.
    const pages = this.container.listBlobsFlat({ prefix }).byPage({ maxPageSize: this.listPageSize });
    for await (const page of pages) {
      for (const item of page.segment.blobItems) {
        if (isStorageKey(item.name) && item.properties.lastModified < before) yield item.name;
      }
    }
  }

  /**
   * Nothing to remove: a write that never committed left only uncommitted blocks, which no listing
   * or read sees and which the service discards by itself (at the next commit to that name, or
   * after a week).
   */
  removeAbandonedWrites(_before: Date): Promise<number> {
    return Promise.resolve(0);
  }

  /** Once per driver (again after a failure): the container exists, and is private. */
  private ready(): Promise<void> {
    this.readying ??= this.prepare().catch((error: unknown) => {
      this.readying = undefined;
      throw error;
    });
    return this.readying;
  }

  private async prepare(): Promise<void> {
    // Properties first, so an identity allowed to use an existing container need not be allowed to create one.
    const properties = await this.container.getProperties().catch((error: unknown) => {
      if (statusOf(error) === 404) return null;
      throw error;
    });
    if (!properties) {
      await this.container.createIfNotExists(); // no `access` option: private, readable only with credentials
      return;
    }
    if (properties.blobPublicAccess) {
      throw new Error(
        `The storage container ${this.container.containerName} allows public read access (${properties.blobPublicAccess}); evidence must not be public: set its access level to private`,
      );
    }
  }
}

/**
 * Passes the bytes through while hashing them, holding the latest chunk back until the end: on a
 * mismatch the stream errors before its last bytes, so a client sees a transfer cut short, never a
 * complete-looking corrupt file.
 */
class VerifyingStream extends Transform {
  private readonly hash = createHash('sha256');
  private held: Buffer | null = null;

  constructor(
    private readonly key: string,
    private readonly expected: string,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    const previous = this.held;
    this.held = chunk;
    if (previous) this.push(previous);
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.hash.digest('hex') !== this.expected) return done(new StorageIntegrityError(this.key));
    if (this.held) this.push(this.held);
    done();
  }
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null ? (error as { statusCode?: number }).statusCode : undefined;
}
