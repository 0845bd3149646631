import type { NextFunction, Request, Response } from 'express';
import type { WebConfig } from '../config/web-config';
import { REFRESH_MARGIN_MS, type OidcService } from './oidc.service';
import { endSession } from './end-session';

/**
 * Runs before every page of a signed-in person: ends a session idle longer than the
 * timeout (sending them to "session ended"), and refreshes the access token when it has
 * under five minutes left, so the API never sees an expired one.
 */
export function sessionLifecycle(oidc: OidcService, config: WebConfig) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const session = req.session;
    if (!session?.user) return next();
    const now = Date.now();
    if (session.lastSeenAt !== undefined && now - session.lastSeenAt > config.idleTimeoutMs) {
      endSession(req, res, () => res.redirect(303, '/session-ended'));
      return;
    }
    session.lastSeenAt = now;
    const tokens = session.tokens;
    if (!tokens || tokens.expiresAt - now >= REFRESH_MARGIN_MS) return next();
    oidc.refresh(tokens).then(
      (fresh) => {
        session.tokens = fresh;
        next();
      },
      // A refused refresh (revoked, expired) means signing in again; nothing else is kept.
      () => endSession(req, res, () => res.redirect(303, '/session-ended')),
    );
  };
}
