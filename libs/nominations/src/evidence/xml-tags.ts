import { TextDecoder } from 'node:util';

/** Longer than any tag an Office part needs; a longer one is refused, not buffered without end. */
export const MAX_TAG_CHARS = 64 * 1024;

/**
 * Reads the start tags of an XML part as its bytes arrive (UTF-8, or UTF-16 by its byte order
 * mark, as OPC allows) and hands each tag's attributes, values decoded, to `onTag`, with the tag
 * as written (its name first: `w:p`, `/w:p`, `w:br/`). With `onText`, the character data between
 * tags is handed on as it arrives, entities not yet resolved (`decodeEntities`). It keeps only the
 * tag being read. Comments and declarations pass through as tags too: reading too much only ever
 * refuses a file, never lets one through.
 */
export class XmlTagReader {
  private decoder: TextDecoder | null = null;
  private head = Buffer.alloc(0);
  private tag: string | null = null;
  private quote: string | null = null;
  /** Set when a tag ran past `MAX_TAG_CHARS`. */
  tooLong = false;

  constructor(
    private readonly onTag: (attributes: Map<string, string>, tag: string) => void,
    private readonly onText?: (text: string) => void,
  ) {}

  push(chunk: Buffer): void {
    if (!this.decoder) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < 2) return;
      this.decoder = new TextDecoder(encodingOf(this.head)); // strips the BOM; bad bytes become U+FFFD
      chunk = this.head;
      this.head = Buffer.alloc(0);
    }
    this.read(this.decoder.decode(chunk, { stream: true }));
  }

  finish(): void {
    if (this.decoder) this.read(this.decoder.decode());
    else if (this.head.length > 0) this.read(this.head.toString('utf8'));
  }

  private read(text: string): void {
    let start = 0;
    /** Where the character data being read began in `text`, or -1 inside a tag. */
    let data = this.tag === null ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (this.tag === null) {
        if (c === '<') {
          if (this.onText && i > data) this.onText(text.slice(data, i));
          this.tag = '';
          start = i + 1;
          data = -1;
        }
        continue;
      }
      if (this.quote) {
        if (c === this.quote) this.quote = null;
      } else if (c === '"' || c === "'") {
        this.quote = c;
      } else if (c === '>') {
        const tag = this.tag + text.slice(start, i);
        this.tag = null;
        data = i + 1;
        this.onTag(attributesOf(tag), tag);
      }
    }
    if (this.tag !== null) {
      this.tag += text.slice(start);
      if (this.tag.length > MAX_TAG_CHARS) {
        this.tooLong = true;
        this.tag = null;
      }
    } else if (this.onText && data >= 0 && data < text.length) {
      this.onText(text.slice(data));
    }
  }
}

function encodingOf(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

const ATTRIBUTE = /([^\s=/<>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attribute names as written (prefixes kept), values with character and entity references resolved. */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) attributes.set(match[1], decodeEntities(match[2] ?? match[3] ?? ''));
  return attributes;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Resolves `&#69;`, `&#x45;` and the five named entities, as an XML parser does before Word reads the value. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
