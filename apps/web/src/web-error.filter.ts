import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { TooManyRequestsError } from '@commend/core';
import { ApiError } from './api-client/api-error';
import { endSession } from './auth/end-session';
import { ApiUnavailableError, IssuerUnavailableError, SignInRequiredError } from './web.errors';

/** The API's window is a minute; its Retry-After is not passed through its client. */
const API_RETRY_AFTER_SECONDS = 60;

/** What a refused or failed request shows: one page per kind of failure, never a stack trace. */
@Catch()
export class WebErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Web');

  catch(error: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;

    if (error instanceof SignInRequiredError) {
      return res.redirect(303, `/sign-in?returnTo=${encodeURIComponent(req.originalUrl)}`);
    }
    // The API no longer accepts this session's token: sign in again, keeping nothing.
    if (error instanceof ApiError && error.status === 401) {
      return endSession(req, res, () => res.redirect(303, '/session-ended'));
    }
    // Over this app's limit (the guard set Retry-After) or the API's, for the calls a page makes.
    if (error instanceof TooManyRequestsError || (error instanceof ApiError && error.status === 429)) {
      if (!res.hasHeader('Retry-After')) res.setHeader('Retry-After', String(API_RETRY_AFTER_SECONDS));
      return this.render(res, 429, 'errors/too-many-requests', 'You have done that too many times in a short time');
    }
    const status = error instanceof ApiError || error instanceof HttpException ? statusOf(error) : undefined;
    if (status === 403) {
      const message = error instanceof ApiError ? error.message : 'You do not have access to this page.';
      return this.render(res, 403, 'errors/forbidden', 'You do not have access to this page', { message });
    }
    if (status === 404) return this.render(res, 404, 'errors/not-found', 'Page not found');
    if (error instanceof ApiUnavailableError || error instanceof IssuerUnavailableError) {
      this.logger.warn(`${error.code}: ${error.message}`);
      return this.render(res, 503, 'errors/service-unavailable', 'Sorry, the service is unavailable');
    }
    if (status !== undefined && status < 500 && error instanceof HttpException) {
      return this.render(res, status, 'errors/server-error', 'Sorry, there is a problem with the service');
    }
    // The name only: messages may quote what the person typed.
    this.logger.error(`Unexpected ${error instanceof Error ? error.name : typeof error} on ${req.method} ${req.path}`);
    this.render(res, 500, 'errors/server-error', 'Sorry, there is a problem with the service');
  }

  private render(res: Response, status: number, view: string, pageTitle: string, extra: object = {}): void {
    res.status(status).render(view, { pageTitle, ...extra });
  }
}

function statusOf(error: ApiError | HttpException): number {
  return error instanceof ApiError ? error.status : error.getStatus();
}
