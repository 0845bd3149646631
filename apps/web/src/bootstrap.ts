import { urlencoded } from 'express';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { noStore, requestIdMiddleware, startupLogger } from '@commend/core';
import { sessionLifecycle } from './auth/session-lifecycle';
import { OidcService } from './auth/oidc.service';
import type { WebConfig } from './config/web-config';
import { setUpCsrf } from './setup/set-up-csrf';
import { setUpMiddlewareErrors } from './setup/set-up-middleware-errors';
import { setUpNunjucks } from './setup/set-up-nunjucks';
import { setUpStatic } from './setup/set-up-static';
import { setUpWebSecurity } from './setup/set-up-web-security';
import { setUpWebSession } from './setup/set-up-web-session';
import { WebModule } from './web.module';
import { connectWebRedis } from './web-redis';

/**
 * Builds the browser app exactly as production runs it; tests call this too. The middleware
 * runs in this order: the request's id, security headers, static files (no session for them),
 * no-store for everything after them, the session, its
 * idle timeout and token refresh, the templates' locals, the form parser, CSRF, the
 * answer to their errors, then the pages. Nest's own body
 * parsers are off: it would add them at init(), after CSRF, which would then see no form.
 */
export async function createWebApp(config: WebConfig): Promise<NestExpressApplication> {
  const redis = await connectWebRedis(config.redisUrl);
  const app = await NestFactory.create<NestExpressApplication>(WebModule.forRoot(config, redis), {
    bodyParser: false,
    logger: startupLogger(config.logLevel),
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.use(requestIdMiddleware);
  setUpWebSecurity(app, config);
  setUpStatic(app);
  app.use(noStore);
  setUpWebSession(app, config, redis);
  app.use(sessionLifecycle(app.get(OidcService), config));
  setUpNunjucks(app, config);
  app.use(urlencoded({ extended: false, limit: '100kb', parameterLimit: 200 }));
  setUpCsrf(app);
  setUpMiddlewareErrors(app);
  return app;
}
