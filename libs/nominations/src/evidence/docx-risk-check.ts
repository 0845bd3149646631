import { EvidenceRiskError, ExpansionBudget, StreamingInflate } from './evidence-risk';
import { XmlTagReader } from './xml-tags';
import { ZipEntryNameScanner, type ZipEntryInfo } from './zip-entry-names';

const SAVE_AGAIN = 'open it in Word, save it again as a Word document (.docx) or as PDF/A, and upload that';

const macros = () =>
  new EvidenceRiskError(
    'docx_macros',
    'The document contains macros or ActiveX controls, which cannot be passed to judges: remove the macros ' +
      '(save it as a "Word Document (*.docx)", not a macro-enabled one) or save it as PDF/A, and upload it again',
  );
const externalLink = (type: string) =>
  new EvidenceRiskError(
    'docx_external_link',
    `The document links to content outside itself (an external ${type}), which Word would fetch when a judge ` +
      'opens it: remove the link (for a template: Developer > Document Template, clear it) or save it as PDF/A, ' +
      'and upload it again',
  );
const unreadable = (why: string) =>
  new EvidenceRiskError(
    'docx_unreadable',
    `The document's structure is unusual (${why}), so it cannot be checked: ${SAVE_AGAIN}`,
  );

const MAX_ENTRIES = 20_000;

/** Parts that hold or load code: VBA projects and ActiveX controls, wherever they are put. */
const CODE_PART = /(^|\/)(vbaproject\.bin|vbadata\.xml)$|(^|\/)activex\//i;
/** Content types of macro-enabled documents and templates, VBA projects and ActiveX controls. */
const CODE_CONTENT_TYPE = /macroenabled|vbaproject|activex/i;
/** A relationship to one of these kinds may point outside the file: a link someone clicks, no more. */
const HARMLESS_EXTERNAL = /\/hyperlink$/;

/**
 * Reads a DOCX (a ZIP) as it streams past: refuses macros and ActiveX (by part name, content type
 * and relationship type), relationships that fetch from outside the file (an attached template, a
 * linked picture or object; hyperlinks are allowed), and entries that inflate past the budget.
 * Every deflated entry is inflated to count its real size, piece by piece, nothing kept; only
 * `[Content_Types].xml` and `.rels` parts are read, tag by tag.
 */
export class DocxRiskCheck {
  private problem: EvidenceRiskError | null = null;
  private inflate: StreamingInflate | null = null;
  private xml: XmlTagReader | null = null;
  /** Entries ended in this chunk whose inflation may still be running. */
  private ending: Promise<void>[] = [];
  /** Where each walked entry's local header starts, and its name. */
  private readonly walked = new Map<number, string>();
  private directory: CentralDirectoryReader | null = null;
  private readonly scanner = new ZipEntryNameScanner((name, info) => this.startEntry(name, info), {
    data: (chunk) => this.entryData(chunk),
    end: () => this.endEntry(),
  });

  constructor(private readonly budget: ExpansionBudget) {}

  /** Takes the next bytes of the file; rejects with the first problem found. */
  async push(chunk: Buffer): Promise<void> {
    this.check();
    if (this.directory) {
      this.directory.push(chunk);
    } else {
      const read = this.scanner.push(chunk);
      if (this.scanner.centralHead) {
        this.directory = new CentralDirectoryReader();
        this.directory.push(this.scanner.centralHead);
        this.directory.push(chunk.subarray(read));
      }
    }
    await this.settled();
    this.check();
  }

  private check(): void {
    if (this.problem) throw this.problem;
  }

  private async settled(): Promise<void> {
    const ending = this.ending;
    this.ending = [];
    await Promise.all([...ending, this.inflate?.settled()]);
  }

  /** The file has ended: checks that the walk reached the central directory, every entry seen. */
  async finish(): Promise<void> {
    await this.settled();
    this.check();
    if (this.scanner.endedAt !== 'central_directory') {
      this.inflate?.stop();
      throw unreadable('its entries do not run in order to the ZIP directory');
    }
    // Word opens the entries the directory lists, where it says they are: each must be one we read.
    const listed = this.directory?.finish() ?? null;
    if (!listed) throw unreadable('its ZIP directory is damaged');
    const offsets = new Set<number>();
    for (const { name, offset } of listed) {
      if (this.walked.get(offset) !== name || offsets.has(offset)) {
        throw unreadable('its ZIP directory lists an entry that is not where it says');
      }
      offsets.add(offset);
    }
  }

  /** Stops any inflation in progress, e.g. when the upload was refused for another reason. */
  abandon(): void {
    this.inflate?.stop();
  }

  private fail(problem: EvidenceRiskError): boolean {
    this.problem ??= problem;
    this.inflate?.stop();
    return true; // stops the scanner
  }

  private startEntry(name: string, info: ZipEntryInfo): boolean {
    if (this.walked.size >= MAX_ENTRIES) return this.fail(unreadable(`it has more than ${MAX_ENTRIES} entries`));
    this.walked.set(info.offset, name);
    if (info.encrypted) return this.fail(unreadable('an entry is encrypted'));
    if (info.nameCut) return this.fail(unreadable('an entry has an overlong name'));
    if (info.method !== 0 && info.method !== 8)
      return this.fail(unreadable(`an entry uses compression ${info.method}`));
    if (CODE_PART.test(name)) return this.fail(macros());
    const lower = name.toLowerCase();
    this.xml = null;
    if (lower === '[content_types].xml') this.xml = new XmlTagReader((a) => this.contentType(a));
    else if (lower.endsWith('.rels')) this.xml = new XmlTagReader((a) => this.relationship(a));
    const xml = this.xml;
    this.inflate =
      info.method === 8
        ? new StreamingInflate(
            this.budget,
            (out) => xml?.push(out),
            (problem) =>
              this.fail(problem === 'too_large' ? this.budget.error('document') : unreadable('an entry is damaged')),
          )
        : null;
    return false;
  }

  private entryData(chunk: Buffer): void {
    if (this.inflate) this.inflate.write(chunk);
    else this.xml?.push(chunk);
  }

  private endEntry(): void {
    const xml = this.xml;
    const inflate = this.inflate;
    if (!inflate) return xml ? this.finishXml(xml) : undefined;
    inflate.end();
    this.ending.push(inflate.settled().then(() => (xml ? this.finishXml(xml) : undefined)));
  }

  private finishXml(xml: XmlTagReader): void {
    xml.finish();
    if (xml.tooLong) this.fail(unreadable('a part has a tag too long to check'));
  }

  private contentType(attributes: Map<string, string>): void {
    if (CODE_CONTENT_TYPE.test(attributes.get('ContentType') ?? '')) this.fail(macros());
  }

  private relationship(attributes: Map<string, string>): void {
    const type = (attributes.get('Type') ?? '').trim();
    if (/\/vbaproject$/i.test(type)) return void this.fail(macros());
    const mode = (attributes.get('TargetMode') ?? '').trim().toLowerCase();
    if (mode === 'external' && !HARMLESS_EXTERNAL.test(type)) {
      this.fail(externalLink(type.split('/').pop() || 'relationship'));
    }
  }
}

const CENTRAL_HEADER = 0x02014b50;
const CENTRAL_HEADER_SIZE = 46;
const END_OF_DIRECTORY = [0x06054b50, 0x06064b50]; // the end record, or ZIP64's
const MAX_NAME_BYTES = 1024;

/**
 * Reads the central directory's file headers (name and local header offset of each entry) as they
 * stream past, holding one header at a time. `finish` returns them, or null when the directory is
 * cut short or malformed.
 */
class CentralDirectoryReader {
  private readonly entries: { name: string; offset: number }[] = [];
  private buffer = Buffer.alloc(0);
  private skip = 0;
  private state: 'reading' | 'ended' | 'bad' = 'reading';

  push(chunk: Buffer): void {
    if (this.state !== 'reading') return;
    let at = 0;
    if (this.skip > 0) {
      at = Math.min(this.skip, chunk.length);
      this.skip -= at;
    }
    if (at < chunk.length) this.buffer = Buffer.concat([this.buffer, chunk.subarray(at)]);
    while (this.state === 'reading' && this.skip === 0 && this.readRecord());
  }

  finish(): { name: string; offset: number }[] | null {
    return this.state === 'ended' ? this.entries : null;
  }

  /** Reads one record if it has all arrived; false when it needs more bytes or the directory has ended. */
  private readRecord(): boolean {
    if (this.buffer.length < 4) return false;
    const signature = this.buffer.readUInt32LE(0);
    if (END_OF_DIRECTORY.includes(signature)) {
      this.state = 'ended';
      this.buffer = Buffer.alloc(0);
      return false;
    }
    if (signature !== CENTRAL_HEADER) {
      this.state = 'bad';
      return false;
    }
    if (this.buffer.length < CENTRAL_HEADER_SIZE) return false;
    const nameLength = this.buffer.readUInt16LE(28);
    const rest = this.buffer.readUInt16LE(30) + this.buffer.readUInt16LE(32); // extra field and comment
    const offset = this.buffer.readUInt32LE(42);
    if (nameLength > MAX_NAME_BYTES || offset === 0xffffffff || this.entries.length >= MAX_ENTRIES) {
      this.state = 'bad'; // ZIP64 offsets only come with files far over any evidence limit
      return false;
    }
    if (this.buffer.length < CENTRAL_HEADER_SIZE + nameLength) return false;
    const name = this.buffer.toString('utf8', CENTRAL_HEADER_SIZE, CENTRAL_HEADER_SIZE + nameLength);
    this.entries.push({ name, offset });
    const used = CENTRAL_HEADER_SIZE + nameLength;
    const skipped = Math.min(rest, this.buffer.length - used);
    this.buffer = this.buffer.subarray(used + skipped);
    this.skip = rest - skipped;
    return true;
  }
}
