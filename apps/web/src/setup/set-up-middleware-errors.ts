import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * Errors of the middleware before the pages (CSRF refused, a form too large, Redis gone)
 * reach Express, not Nest's filter: this answers them with a page, never a stack trace.
 * Registered before init(), so it sits after the middleware and before Nest's routes.
 */
export function setUpMiddlewareErrors(app: NestExpressApplication): void {
  const logger = new Logger('Web');
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const { status, code } = (error ?? {}) as { status?: unknown; code?: unknown };
    if (code === 'EBADCSRFTOKEN' || (status === 403 && error instanceof Error && /csrf/i.test(error.message))) {
      return res.status(403).render('errors/form-expired', { pageTitle: 'This form has expired' });
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return res
        .status(status)
        .render('errors/server-error', { pageTitle: 'Sorry, there is a problem with the service' });
    }
    logger.error(`Unexpected ${error instanceof Error ? error.name : typeof error} on ${req.method} ${req.path}`);
    res.status(503).render('errors/service-unavailable', { pageTitle: 'Sorry, the service is unavailable' });
  });
}
