import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** What an id from a proxy may look like: it goes into every log line, so nothing else. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

const context = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the request being handled here, for what it asks of others (the browser app's API calls). */
export function currentRequestId(): string | undefined {
  return context.getStore()?.requestId;
}

/**
 * The request's id: the one a trusted proxy sent (`trust proxy`, from TRUST_PROXY, says which
 * peers are proxies), when it has a safe shape; otherwise a new one. A client's own header is
 * not taken, so nobody can make their requests' log lines look like someone else's.
 */
export function chooseRequestId(header: unknown, fromTrustedProxy: boolean): string {
  return fromTrustedProxy && typeof header === 'string' && SAFE_ID.test(header) ? header : randomUUID();
}

type TrustFn = (address: string | undefined, hop: number) => boolean;

/**
 * First of all middleware: names the request (`req.id`, which pino-http then logs on every
 * line of it), answers with the id in X-Request-Id, and keeps it for the request's own calls.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const trusted = (req.app.get('trust proxy fn') as TrustFn)(req.socket.remoteAddress, 0);
  const id = chooseRequestId(req.headers['x-request-id'], trusted);
  (req as Request & { id: string }).id = id;
  res.setHeader(REQUEST_ID_HEADER, id);
  context.run({ requestId: id }, next);
}
