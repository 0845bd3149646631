import type { Request, Response } from 'express';
import { SESSION_COOKIE } from '../setup/set-up-web-session';

/** Removes the session from Redis and its cookie from the browser, then calls `then`. */
export function endSession(req: Request, res: Response, then: () => void): void {
  req.session.destroy(() => {
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    then();
  });
}
