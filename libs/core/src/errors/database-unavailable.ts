import { DomainError } from './domain-error';

/** Socket errors: PostgreSQL is not listening, or the network to it is gone. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/**
 * SQLSTATEs of a server that is going away or cannot take a connection now: class 08
 * (connection exception), 57P01-57P03 (shut down by an administrator, crashed, starting up)
 * and 53300 (too many connections).
 */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
/** node-postgres says these without a code, when a connection drops or the pool cannot get one. */
const PG_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;
/** TypeORM's own: a query on a data source that is not (or no longer) connected. */
const TYPEORM_NAMES = new Set(['CannotExecuteNotConnectedError', 'ConnectionIsNotSetError']);

/**
 * Whether `error` says PostgreSQL cannot be reached (down, restarting, full), as opposed to a
 * query that failed on a working server. The one definition: the error filter answers 503 on
 * it and the worker's relay names PostgreSQL in its log. Looks through TypeORM's
 * QueryFailedError (`driverError`) and `cause`.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  // Not `instanceof Error`: socket errors come from Node's own realm, which is not Jest's.
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { code, message, name, driverError, cause } = error as Record<string, unknown>;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
  if (typeof message === 'string' && PG_MESSAGES.test(message)) return true;
  if (typeof name === 'string' && TYPEORM_NAMES.has(name)) return true;
  return isDatabaseUnavailable(driverError, depth + 1) || isDatabaseUnavailable(cause, depth + 1);
}

/** What a person reads while PostgreSQL is down: it is not their fault, and it will pass. */
export class DatabaseUnavailableError extends DomainError {
  /** Seconds a client should wait before trying again (the Retry-After header). */
  static readonly retryAfterSeconds = 30;
  static readonly code = 'service.unavailable';

  constructor() {
    super(
      'unavailable',
      DatabaseUnavailableError.code,
      'The service is temporarily unavailable: please try again in a minute.',
    );
  }
}
