import { Readable } from 'node:stream';
import { All, Controller, Inject, NotFoundException, PayloadTooLargeException, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { requestIdHeader } from '../api-client/api-client';
import { ApiError } from '../api-client/api-error';
import { WEB_CONFIG, type WebConfig } from '../config/web-config';
import { ApiUnavailableError } from '../web.errors';
import { coordinatorToken } from './coordinator-token';

/** Where the web app shows the board, and where the API serves it (apps/api/src/queue-board). */
export const QUEUE_BOARD_WEB_PATH = '/coordinating/queues';
const QUEUE_BOARD_API_PATH = '/admin/queues';

/** The board's own answers that reach the browser; the API's other headers (X-Powered-By among them) do not. */
const PASSED_HEADERS = ['content-type', 'content-length', 'cache-control', 'etag', 'last-modified'];
const BODY_LIMIT = 100 * 1024;
const TIMEOUT_MS = 15_000;

/**
 * Whether a request is one of the board's own script's calls that change something (retry,
 * clean, pause): that script sends no CSRF token, so CSRF lets it through on the browser's
 * word that it comes from this origin (`Sec-Fetch-Site`, which no page can set). A cross-site
 * request carries no session cookie anyway (SameSite=Lax) and cannot send JSON without a CORS
 * preflight this app never answers.
 */
export function isQueueBoardCall(req: Request): boolean {
  return req.path.startsWith(`${QUEUE_BOARD_WEB_PATH}/api/`) && req.headers['sec-fetch-site'] === 'same-origin';
}

/**
 * The queue dashboard (Bull Board) through the web session. The API serves the board behind a
 * bearer token, which a browser cannot send; this forwards the page, its files and its calls
 * with the session's token, so the API still decides who may see it (Awards.Admin). The
 * responses go out with this app's security headers, set before any route runs.
 */
@Controller('coordinating')
export class QueueBoardController {
  private readonly board: string;

  constructor(@Inject(WEB_CONFIG) config: WebConfig) {
    this.board = `${config.apiUrl.replace(/\/api\/v1$/, '')}${QUEUE_BOARD_API_PATH}`;
  }

  @All(['queues', 'queues/*path'])
  async forward(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = coordinatorToken(req);
    const target = new URL(`${this.board}${req.originalUrl.slice(QUEUE_BOARD_WEB_PATH.length)}`);
    // A path such as queues/../../api/v1/… resolves outside the board: only the board is forwarded.
    if (!`${target.pathname}/`.startsWith(`${QUEUE_BOARD_API_PATH}/`)) throw new NotFoundException();
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await rawBody(req);
    const type = req.headers['content-type'];
    let upstream: globalThis.Response;
    try {
      upstream = await fetch(target, {
        method: req.method,
        headers: {
          ...requestIdHeader(),
          authorization: `Bearer ${token}`,
          accept: req.headers.accept ?? '*/*',
          ...(type ? { 'content-type': type } : {}),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new ApiUnavailableError(error);
    }
    // Refusals become this app's pages: 401 ends the session, 403 is the 403 page.
    if (upstream.status === 401 || upstream.status === 403) {
      const json = (await upstream.json().catch(() => ({}))) as { message?: string };
      throw new ApiError(upstream.status, undefined, json.message ?? 'This needs the role Awards.Admin', undefined);
    }
    if (upstream.status >= 502 && upstream.status <= 504) throw new ApiUnavailableError(upstream.status);
    res.status(upstream.status);
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name);
      if (value) res.setHeader(name, value);
    }
    const isPage = upstream.headers.get('content-type')?.startsWith('text/html') ?? false;
    if (isPage) {
      // The board's page names its base path (the API's) for its files and calls: here it is ours.
      const html = (await upstream.text()).replace(
        `<base href="${QUEUE_BOARD_API_PATH}/"`,
        `<base href="${QUEUE_BOARD_WEB_PATH}/"`,
      );
      res.removeHeader('content-length');
      res.send(html);
      return;
    }
    if (!upstream.body) {
      res.end();
      return;
    }
    Readable.fromWeb(upstream.body).pipe(res);
  }
}

/** The board's JSON body, unread so far: the app parses only forms (urlencoded) before its routes. */
async function rawBody(req: Request): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) throw new PayloadTooLargeException();
    chunks.push(chunk);
  }
  return chunks.length ? Buffer.concat(chunks) : undefined;
}
