import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import nunjucks from 'nunjucks';
import type { WebConfig } from '../config/web-config';
import { NHSUK_DIST } from './set-up-static';

/** The app's views; `nest build` copies them beside the compiled code (nest-cli.json assets). */
export const VIEWS_DIR = join(__dirname, '..', 'views');

/** Nunjucks with the design system's macros on the search path; what every page's layout reads. */
export function setUpNunjucks(app: NestExpressApplication, config: WebConfig): nunjucks.Environment {
  const environment = nunjucks.configure([VIEWS_DIR, NHSUK_DIST], {
    autoescape: true,
    throwOnUndefined: false,
    noCache: config.env === 'development',
    express: app.getHttpAdapter().getInstance(),
  });
  app.setViewEngine('njk');
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.locals.brand = config.brand;
    res.locals.currentPath = req.path;
    res.locals.user = req.session?.user;
    next();
  });
  return environment;
}
