import type { NestExpressApplication } from '@nestjs/platform-express';
import { RedisStore } from 'connect-redis';
import session from 'express-session';
import type { RedisClientType } from 'redis';
import type { WebConfig } from '../config/web-config';

export const SESSION_COOKIE = 'commend.sid';

/** How long Redis keeps a session nobody uses: past the idle timeout, so the app can still say it ended. */
const STORE_TTL_SECONDS = 12 * 60 * 60;

/**
 * Sessions in Redis through connect-redis and its own node-redis client: connect-redis 10
 * speaks node-redis only (with ioredis its SET fails), and one more connection is cheaper than
 * keeping our own store. The token set lives here, never in the cookie.
 */
export function setUpWebSession(app: NestExpressApplication, config: WebConfig, redis: RedisClientType): void {
  // Secure cookies behind a TLS-terminating proxy need `trust proxy` (config.trustProxy, set first).
  const production = config.env === 'production';
  app.use(
    session({
      name: SESSION_COOKIE,
      store: new RedisStore({ client: redis, prefix: 'commend:web:sess:', ttl: STORE_TTL_SECONDS }),
      secret: config.sessionSecret,
      resave: false,
      saveUninitialized: false,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        // Plain http://localhost in development and tests; always Secure in production.
        secure: production ? true : 'auto',
        path: '/',
      },
    }),
  );
}
