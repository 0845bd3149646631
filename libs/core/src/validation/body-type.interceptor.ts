import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { UnsupportedBodyTypeError } from '../errors/common-errors';

const READS_OWN_BODY = 'commend:reads-own-body';

/**
 * The route reads the raw request itself (a multipart upload) and checks its type there, so any
 * body type reaches it.
 */
export const ReadsOwnBody = (): MethodDecorator => SetMetadata(READS_OWN_BODY, true);

/**
 * Every other route takes JSON only. A body of another type (text/plain, a form) is not parsed as
 * JSON, so the handler would see an empty body and act on it: a text/plain POST would create an
 * empty draft and use up a reference. Refused with 415 before anything runs.
 */
@Injectable()
export class BodyTypeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http' && !this.reflector.get<boolean>(READS_OWN_BODY, context.getHandler())) {
      const req = context.switchToHttp().getRequest<Request>();
      if (hasBody(req) && !req.is('application/json')) throw new UnsupportedBodyTypeError('application/json');
    }
    return next.handle();
  }
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
