import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { isDatabaseUnavailable } from '@commend/core';
import { ALLOWED_ROLES, IS_PUBLIC } from './access.decorators';
import { InvalidTokenError, RoleRequiredError } from './auth.errors';
import type { AuthUser } from './auth-user';
import { hasRole, type Role } from './role';

/**
 * The one global guard: every route needs a valid Entra ID access token unless marked
 * `@Public()`, and the roles named by `@Allow(...)`. Ownership is checked in services.
 */
@Injectable()
export class AccessGuard extends AuthGuard('entra-id') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    await super.canActivate(context);

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!allowed?.length) return true;
    const user = context.switchToHttp().getRequest<Request & { user: AuthUser }>().user;
    if (!hasRole(user, ...allowed)) throw new RoleRequiredError(allowed);
    return true;
  }

  override handleRequest<TUser = AuthUser>(error: unknown, user: TUser | false): TUser {
    // An outage while provisioning the user goes to the error filter as it is, to become a 503.
    if (error instanceof Error || isDatabaseUnavailable(error)) throw error;
    if (error) throw new Error('Authentication failed');
    if (!user) throw new InvalidTokenError();
    return user;
  }
}
