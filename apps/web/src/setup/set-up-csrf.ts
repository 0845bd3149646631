import type { NestExpressApplication } from '@nestjs/platform-express';
import { csrfSync } from 'csrf-sync';
import type { NextFunction, Request, Response } from 'express';
import { isQueueBoardCall } from '../coordinating/queue-board.controller';

/**
 * The synchroniser token pattern: one token in the session, sent back in every form as
 * `_csrf`. A multipart form's body is parsed inside its route, after this check, so such a
 * form carries the token in its action URL instead.
 */
export function setUpCsrf(app: NestExpressApplication): void {
  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    getTokenFromRequest: (req) => {
      const fromBody = (req.body as Record<string, unknown> | undefined)?._csrf;
      if (typeof fromBody === 'string') return fromBody;
      if (req.is('multipart/form-data') && typeof req.query._csrf === 'string') return req.query._csrf;
      return req.headers['x-csrf-token'] as string | undefined;
    },
  });
  // The queue dashboard's own script sends no token: see isQueueBoardCall for what stands in for it.
  app.use((req: Request, res: Response, next: NextFunction) =>
    isQueueBoardCall(req) ? next() : csrfSynchronisedProtection(req, res, next),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    // Only a signed-in or signing-in session needs one; a visitor's first page stores nothing.
    if (req.session.user) res.locals.csrfToken = generateToken(req);
    next();
  });
}
