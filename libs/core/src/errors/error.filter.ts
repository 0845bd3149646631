import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './database-unavailable';
import { DomainError, ErrorKind } from './domain-error';

const STATUS: Record<ErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  unsupported: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  too_many: HttpStatus.TOO_MANY_REQUESTS,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: string;
  details?: unknown;
}

function messageOf(response: string | object): string {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : 'Request failed';
}

/** PostgreSQL's unique_violation. */
const UNIQUE_VIOLATION = '23505';

/**
 * Two requests racing for one unique value (a reference prefix, say) both pass the service's
 * check; the database refuses the second. That is the same conflict the check reports, so 409,
 * naming the column(s) from PostgreSQL's detail ("Key (reference_prefix)=(…) already exists")
 * but not the value.
 */
function uniqueViolation(error: unknown): ErrorBody | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: unknown; detail?: unknown };
  if (driverError.code !== UNIQUE_VIOLATION) return null;
  const columns = /^Key \(([^)]*)\)=/.exec(typeof driverError.detail === 'string' ? driverError.detail : '')?.[1];
  const what = columns ? columns.replace(/_/g, ' ') : 'value';
  return {
    statusCode: HttpStatus.CONFLICT,
    error: STATUS_CODES[HttpStatus.CONFLICT]!,
    message: `Another record already has this ${what}: choose another, or reload and try again`,
    code: 'duplicate',
  };
}

/** Turns any thrown error into `{statusCode, error, message}`; never leaks internals on a 500. */
export function toErrorBody(error: unknown): ErrorBody {
  if (isDatabaseUnavailable(error)) return toErrorBody(new DatabaseUnavailableError());
  const duplicate = uniqueViolation(error);
  if (duplicate) return duplicate;
  if (error instanceof DomainError) {
    const statusCode = STATUS[error.kind];
    const body: ErrorBody = {
      statusCode,
      error: STATUS_CODES[statusCode] ?? 'Error',
      message: error.message,
      code: error.code,
    };
    if (error.details !== undefined) body.details = error.details;
    return body;
  }
  if (error instanceof HttpException) {
    const statusCode = error.getStatus();
    // Nest wraps body-parser's errors; its JSON parser's own message names no field.
    const parseFailed = (error.cause as { type?: unknown } | undefined)?.type === 'entity.parse.failed';
    const message = parseFailed ? 'The request body is not valid JSON' : messageOf(error.getResponse());
    return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
  }
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    error: 'Internal Server Error',
    message: 'Something went wrong on our side; it has been logged',
  };
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const body = toErrorBody(error);
    const response = host.switchToHttp().getResponse<Response>();
    if (body.code === DatabaseUnavailableError.code) {
      // An outage, not a defect: one line naming it, no stack per request.
      this.logger.warn({ err: { name: (error as Error).name } }, 'PostgreSQL unavailable');
      if (!response.headersSent) response.setHeader('Retry-After', String(DatabaseUnavailableError.retryAfterSeconds));
    } else if (body.statusCode >= 500) {
      // Log the error's name and stack only: messages may quote user input.
      const err = error instanceof Error ? error : new Error(String(error));
      this.logger.error({ err: { name: err.name, stack: err.stack } }, 'Unhandled error');
    }
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }
}
