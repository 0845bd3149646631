import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';

/** `node_modules/nhsuk-frontend/dist`: the design system's templates, CSS, JS and assets. */
export const NHSUK_DIST = join(dirname(require.resolve('nhsuk-frontend')), '..');

/** The design system's compiled CSS, JS and images, and the app's own (a council's logo). */
export function setUpStatic(app: NestExpressApplication): void {
  const options = { index: false, maxAge: '1h' };
  app.use('/assets', express.static(join(NHSUK_DIST, 'nhsuk', 'assets'), options));
  app.use('/assets/nhsuk', express.static(join(NHSUK_DIST, 'nhsuk'), { ...options, extensions: false }));
  app.use('/assets/app', express.static(join(__dirname, '..', 'public'), options));
}
