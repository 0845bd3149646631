import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { UnsupportedBodyTypeError } from '../errors/common-errors';

const ACCEPTS_BODY = 'commend:accepts-body';
const JSON_ONLY = ['application/json'];

/**
 * The body types a route takes instead of JSON only (as `req.is` reads them): a plain HTML
 * form, say, or any type (`*\/*`) for a route that parses and checks its body itself.
 */
export const AcceptsBody = (...mediaTypes: [string, ...string[]]): MethodDecorator =>
  SetMetadata(ACCEPTS_BODY, mediaTypes);

/**
 * Routes take JSON unless they say otherwise with @AcceptsBody. A body of another type
 * (text/plain, say) is not parsed, so the handler would see an empty body and act on it: a
 * text/plain POST would create an empty draft and use up a reference. Refused with 415 before
 * anything runs.
 */
@Injectable()
export class BodyTypeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const accepted = this.reflector.get<string[] | undefined>(ACCEPTS_BODY, context.getHandler()) ?? JSON_ONLY;
      const req = context.switchToHttp().getRequest<Request>();
      if (hasBody(req) && !req.is(accepted)) throw new UnsupportedBodyTypeError(accepted.join(' or '));
    }
    return next.handle();
  }
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
