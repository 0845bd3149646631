import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { WebConfig } from '../config/web-config';

/** Where the design system's CSS loads the Frutiger font from. */
const NHS_FONT_HOST = 'https://assets.nhs.uk';

/**
 * Security headers with a fresh CSP nonce per response: the one inline script of the
 * design system's template carries it, nothing else inline runs. `form-action` names the
 * issuer because Chromium applies it to the redirect that follows the sign-out post.
 */
export function setUpWebSecurity(app: NestExpressApplication, config: WebConfig): void {
  const issuerOrigin = new URL(config.auth.metadataUrl).origin;
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce as string}'`],
          styleSrc: ["'self'"],
          fontSrc: ["'self'", NHS_FONT_HOST],
          imgSrc: [
            "'self'",
            'data:',
            ...(config.brand.logoUrl?.startsWith('https://') ? [new URL(config.brand.logoUrl).origin] : []),
          ],
          connectSrc: ["'self'"],
          formAction: ["'self'", issuerOrigin],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: config.env === 'production' ? [] : null,
        },
      },
      // Same-origin pages only; the issuer is reached by navigation, which this does not affect.
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.disable('x-powered-by');
}
