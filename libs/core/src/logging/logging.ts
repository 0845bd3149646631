import { ConsoleLogger, type LoggerService, type LogLevel } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { ConfigError } from '../config/app-config';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Structured request logs that carry the request's id (X-Request-Id), the method, the path (no query string: it may hold
 * e-mail addresses), status and timing — never headers, bodies or tokens.
 */
export function loggerParams(level: string): Params {
  return {
    pinoHttp: {
      level,
      // requestIdMiddleware names each request first (from a trusted proxy or anew); this is
      // only for a request that did not pass through it.
      genReqId: () => randomUUID(),
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers', 'res.headers', '*.authorization', '*.token', '*.access_token'], remove: true },
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    },
  };
}

const NEST_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const FROM_PINO: Record<string, number> = { fatal: 1, error: 2, warn: 3, info: 4, debug: 5, trace: 6, silent: 0 };

/**
 * Nest's logger while an app starts, before the pino logger takes over, and for a start that
 * fails: one JSON object a line, like every other log line, not coloured text.
 */
export function startupLogger(level = 'info'): LoggerService {
  return new ConsoleLogger({ json: true, logLevels: NEST_LEVELS.slice(0, FROM_PINO[level] ?? 4) });
}

/** The last line of a failed start. A ConfigError's message names each bad variable: no stack. */
export function logStartupFailure(error: unknown, context: string): void {
  const logger = startupLogger();
  if (error instanceof ConfigError) logger.fatal?.(error.message, context);
  else if (error instanceof Error) logger.error(`Start-up failed: ${error.message}`, error.stack, context);
  else logger.error(`Start-up failed: ${String(error)}`, undefined, context);
}
