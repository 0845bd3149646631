/** What a local file header says about its entry, beyond its name. */
export interface ZipEntryInfo {
  /** 0 stored, 8 deflated; anything else is a method Word does not write. */
  method: number;
  /** General purpose flag bit 0: the entry is encrypted. */
  encrypted: boolean;
  /** The name was longer than `MAX_NAME_BYTES`, so `name` is only its first part. */
  nameCut: boolean;
  /** Where the entry's local header starts in the file, as the central directory records it. */
  offset: number;
}

/** Optional hooks for a reader that needs the entries' bytes, not only their names. */
export interface ZipDataListener {
  /** The entry's data as stored (compressed or not). For an entry with a data descriptor this also carries the descriptor and the start of the next signature, which an inflater ignores. */
  data(chunk: Buffer): void;
  /** The entry's data is complete. */
  end(): void;
}

/**
 * Reads the entry names from a ZIP's local file headers as bytes stream past, holding at most one
 * 30-byte header and one name, never the file. It walks header → name → extra → data, skipping
 * data by its recorded size (passing it to `listener` when there is one). An entry written with a
 * data descriptor (general purpose flag bit 3) records no size up front, so for that entry it
 * scans for the next header signature instead. Stops at the central directory, at anything that
 * is not a local header, or when told to; `endedAt` says which.
 */
export class ZipEntryNameScanner {
  /** Where the walk stopped: at the central directory, at bytes that are no header, or when `onEntry` said so. */
  endedAt: 'central_directory' | 'not_a_header' | 'stopped' | null = null;
  private state: State = 'header';
  private readonly header = Buffer.alloc(LOCAL_HEADER_SIZE);
  private headerLength = 0;
  private readonly name = Buffer.alloc(MAX_NAME_BYTES);
  private nameLength = 0;
  private nameWanted = 0;
  private extraWanted = 0;
  private dataWanted = 0;
  private scanForNext = false;
  private flags = 0;
  private method = 0;
  private signatureMatched = 0;
  private firstHeaderSeen = false;
  /** Where the current chunk starts in the file, and where the header being read starts. */
  private base = 0;
  private headerStart = 0;
  /** When the walk ended at the central directory: the bytes of it already read, so a reader can go on from there. */
  centralHead: Buffer | null = null;

  /** `onEntry` gets each entry name (names longer than `MAX_NAME_BYTES` are not reported unless there is a `listener`); return true to stop. */
  constructor(
    private readonly onEntry: (name: string, info: ZipEntryInfo) => boolean,
    private readonly listener?: ZipDataListener,
  ) {}

  /** True once the input has begun with a valid local file header. */
  get isZip(): boolean {
    return this.firstHeaderSeen;
  }

  get done(): boolean {
    return this.state === 'done';
  }

  /** Reads `chunk`; returns how much of it was read (all of it unless the walk ended inside it). */
  push(chunk: Buffer): number {
    let offset = 0;
    while (offset < chunk.length && this.state !== 'done') offset = this.step(chunk, offset);
    this.base += chunk.length;
    return offset;
  }

  /** Consumes some bytes of `chunk` from `offset` in the current state; returns the new offset. */
  private step(chunk: Buffer, offset: number): number {
    switch (this.state) {
      case 'header':
        return this.readHeader(chunk, offset);
      case 'name':
        return this.readName(chunk, offset);
      case 'extra':
        return this.skipExtra(chunk, offset);
      case 'data':
        return this.skipData(chunk, offset);
      case 'scan':
        return this.scan(chunk, offset);
      case 'done':
        return chunk.length;
    }
  }

  private readHeader(chunk: Buffer, offset: number): number {
    if (this.headerLength === 0) this.headerStart = this.base + offset;
    const take = Math.min(LOCAL_HEADER_SIZE - this.headerLength, chunk.length - offset);
    chunk.copy(this.header, this.headerLength, offset, offset + take);
    this.headerLength += take;
    if (this.headerLength === LOCAL_HEADER_SIZE) this.startEntry();
    return offset + take;
  }

  private startEntry(): void {
    if (this.header.readUInt32LE(0) !== LOCAL_FILE_HEADER) {
      this.state = 'done'; // the central directory, or not a ZIP at all
      this.endedAt = this.header.readUInt32LE(0) === CENTRAL_FILE_HEADER ? 'central_directory' : 'not_a_header';
      if (this.endedAt === 'central_directory') this.centralHead = Buffer.from(this.header);
      return;
    }
    this.firstHeaderSeen = true;
    const flags = this.header.readUInt16LE(6);
    this.flags = flags;
    this.method = this.header.readUInt16LE(8);
    this.nameWanted = this.header.readUInt16LE(26);
    this.extraWanted = this.header.readUInt16LE(28);
    this.scanForNext = (flags & FLAG_DATA_DESCRIPTOR) !== 0;
    this.dataWanted = this.scanForNext ? 0 : this.header.readUInt32LE(18);
    // A ZIP64 entry keeps its real size in the extra field; scanning finds the next header just as well.
    if (this.dataWanted === ZIP64_SIZE) this.scanForNext = true;
    this.nameLength = 0;
    this.state = 'name';
  }

  private readName(chunk: Buffer, offset: number): number {
    const take = Math.min(this.nameWanted - this.nameLength, chunk.length - offset);
    const keep = Math.max(0, Math.min(take, MAX_NAME_BYTES - this.nameLength));
    chunk.copy(this.name, this.nameLength, offset, offset + keep);
    this.nameLength += take;
    if (this.nameLength === this.nameWanted) this.finishName();
    return offset + take;
  }

  private finishName(): void {
    const nameCut = this.nameLength > MAX_NAME_BYTES;
    const info = {
      method: this.method,
      encrypted: (this.flags & FLAG_ENCRYPTED) !== 0,
      nameCut,
      offset: this.headerStart,
    };
    const name = this.name.toString('utf8', 0, Math.min(this.nameLength, MAX_NAME_BYTES));
    if ((!nameCut || this.listener) && this.onEntry(name, info)) {
      this.state = 'done';
      this.endedAt = 'stopped';
      return;
    }
    this.state = 'extra';
    if (this.extraWanted === 0) this.startData();
  }

  private skipExtra(chunk: Buffer, offset: number): number {
    const take = Math.min(this.extraWanted, chunk.length - offset);
    this.extraWanted -= take;
    if (this.extraWanted === 0) this.startData();
    return offset + take;
  }

  private startData(): void {
    this.signatureMatched = 0;
    this.state = this.scanForNext ? 'scan' : 'data';
    if (this.state === 'data' && this.dataWanted === 0) this.endData();
  }

  private skipData(chunk: Buffer, offset: number): number {
    const take = Math.min(this.dataWanted, chunk.length - offset);
    this.dataWanted -= take;
    if (take > 0) this.listener?.data(chunk.subarray(offset, offset + take));
    if (this.dataWanted === 0) this.endData();
    return offset + take;
  }

  private endData(): void {
    this.listener?.end();
    this.nextHeader();
  }

  private nextHeader(): void {
    this.headerLength = 0;
    this.state = 'header';
  }

  /**
   * Looks for `PK\x03\x04` (the next entry) or `PK\x01\x02` (the central directory), which may be
   * split across chunks, so the match so far is carried over in `signatureMatched`.
   */
  private scan(chunk: Buffer, offset: number): number {
    let at = offset;
    while (at < chunk.length) {
      if (this.signatureMatched === 0) {
        const p = chunk.indexOf(P, at); // let the native search skip the bytes that cannot start a match
        if (p === -1) {
          at = chunk.length;
          break;
        }
        at = p;
      }
      const byte = chunk[at++];
      this.signatureMatched = advanceMatch(this.signatureMatched, byte);
      if (this.signatureMatched === LOCAL_SIGNATURE_FOUND) return this.resumeAtHeader(chunk, offset, at);
      if (this.signatureMatched === CENTRAL_SIGNATURE_FOUND) {
        this.listener?.data(chunk.subarray(offset, at));
        this.listener?.end();
        this.state = 'done';
        this.endedAt = 'central_directory';
        this.centralHead = Buffer.from([P, K, 0x01, 0x02]);
        return at;
      }
    }
    if (at > offset) this.listener?.data(chunk.subarray(offset, at));
    return at;
  }

  private resumeAtHeader(chunk: Buffer, offset: number, at: number): number {
    this.listener?.data(chunk.subarray(offset, at));
    this.listener?.end();
    this.header.writeUInt32LE(LOCAL_FILE_HEADER, 0);
    this.headerLength = 4;
    this.headerStart = this.base + at - 4;
    this.state = 'header';
    return at;
  }
}

type State = 'header' | 'name' | 'extra' | 'data' | 'scan' | 'done';

const LOCAL_FILE_HEADER = 0x04034b50; // 'PK\x03\x04' read little-endian
const CENTRAL_FILE_HEADER = 0x02014b50; // 'PK\x01\x02'
const FLAG_ENCRYPTED = 0x0001;
const LOCAL_HEADER_SIZE = 30;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const ZIP64_SIZE = 0xffffffff;
/** Longer than any part name Word writes; longer names are reported cut (with a listener) or skipped. */
const MAX_NAME_BYTES = 1024;

const P = 0x50;
const K = 0x4b;
/** Match states: 0 nothing, 1 'P', 2 'PK', 3 'PK\x03', 4 'PK\x01', then the two complete signatures. */
const LOCAL_SIGNATURE_FOUND = 5;
const CENTRAL_SIGNATURE_FOUND = 6;

function advanceMatch(matched: number, byte: number): number {
  if (matched === 1 && byte === K) return 2;
  if (matched === 2 && byte === 0x03) return 3;
  if (matched === 2 && byte === 0x01) return 4;
  if (matched === 3 && byte === 0x04) return LOCAL_SIGNATURE_FOUND;
  if (matched === 4 && byte === 0x02) return CENTRAL_SIGNATURE_FOUND;
  return byte === P ? 1 : 0; // 'P' occurs only first in both signatures, so a restart is all we need
}
