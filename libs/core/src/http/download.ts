import { Logger, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Readable } from 'node:stream';
import { toErrorBody } from '../errors/error.filter';
import { LONE_SURROGATE } from '../validation/text';

const logger = new Logger('Download');

/** What a download response says about its file. */
export interface DownloadFile {
  /** Offered to the person saving it; data only, never a path. */
  fileName: string;
  mediaType: string;
  size: number;
}

/**
 * The headers of every file the API hands out (evidence, certificates): its type, its length,
 * the name to save it under, and never kept in a shared cache (these files are personal data).
 */
export function setDownloadHeaders(res: Response, file: DownloadFile): void {
  res.set({
    'Content-Type': file.mediaType,
    'Content-Disposition': contentDisposition(file.fileName),
    'Content-Length': String(file.size),
    'Cache-Control': 'no-store',
  });
}

/**
 * A stored file as the response body. Should its stream fail (the store's checksum refused the
 * bytes, the store went away): before any byte was sent, a 500 like any other fault (Nest's own
 * handler would answer 400); after, the connection is cut, so the client sees a transfer cut
 * short, never a complete-looking file. Logged by name and stack only.
 */
export function storedFileBody(stream: Readable): StreamableFile {
  return new StreamableFile(stream).setErrorHandler((error, handlerResponse) => {
    logger.error({ err: { name: error.name, stack: error.stack } }, 'A stored file could not be sent');
    const res = handlerResponse as unknown as Response;
    if (res.destroyed) return;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    for (const header of ['Content-Type', 'Content-Disposition', 'Content-Length']) res.removeHeader(header);
    const body = toErrorBody(error);
    res.status(body.statusCode).json(body);
  });
}

/**
 * A Content-Disposition value offering `name` as a download (RFC 6266): an ASCII `filename` for old
 * clients and the exact name as UTF-8 in `filename*` (RFC 8187). Safe for any input, cleaned or not:
 * neither part can carry a quote, a backslash, a control character or a line break.
 */
export function contentDisposition(name: string): string {
  const wellFormed = name.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\ufffd');
  return `attachment; filename="${asciiFallback(wellFormed)}"; filename*=UTF-8''${encodeExtValue(wellFormed)}`;
}
/** Accents dropped where that leaves a letter (é → e); anything else outside printable ASCII becomes '_'. */
function asciiFallback(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/gu, '_')
    // Quote and backslash would end or escape the quoted string; '%' some clients decode; '/' is a path.
    .replace(/["\\%/]/g, '_')
    .trim();
  return ascii === '' ? 'download' : ascii;
}

/** Percent-encodes everything but RFC 8187's attr-char; encodeURIComponent leaves ' ( ) * as they are. */
function encodeExtValue(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
