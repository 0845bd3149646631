import type { NextFunction, Request, Response } from 'express';

/**
 * `Cache-Control: no-store` on every response from here on: pages and JSON carry a person's
 * data, which no browser or proxy cache may keep (a shared computer, a proxy's disk). Mounted
 * after the static files, which keep their own caching; a route may still set its own.
 */
export function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}
