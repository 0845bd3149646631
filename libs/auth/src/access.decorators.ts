import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Role } from './role';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = Symbol('IS_PUBLIC');
export const ALLOWED_ROLES = Symbol('ALLOWED_ROLES');

/** Marks a public operation in the OpenAPI document, which then says it needs no token. */
export const PUBLIC_OPERATION = 'x-commend-public';

/** The route needs no sign-in. Every other route does. The guard and the API's contract both read it. */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_OPERATION, true));

/** The route needs a signed-in user holding at least one of these roles. */
export const Allow = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ALLOWED_ROLES, roles);

/** The signed-in user of this request. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser =>
    ctx.switchToHttp().getRequest<Request & { user: AuthUser }>().user,
);
