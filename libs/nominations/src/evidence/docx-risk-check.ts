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
  private readonly scanner = new ZipEntryNameScanner((name, info) => this.startEntry(name, info), {
    data: (chunk) => this.entryData(chunk),
    end: () => this.endEntry(),
  });

  constructor(private readonly budget: ExpansionBudget) {}

  /** Takes the next bytes of the file; rejects with the first problem found. */
  async push(chunk: Buffer): Promise<void> {
    this.check();
    this.scanner.push(chunk);
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
