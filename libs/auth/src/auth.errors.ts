import { DomainError } from '@commend/core';
import type { Role } from './role';

/** No token, or one that fails the library's checks (signature, issuer, audience, expiry). */
export class InvalidTokenError extends DomainError {
  constructor() {
    super(
      'unauthenticated',
      'auth.invalid_token',
      'Sign in: the access token is missing, expired or not valid for Commend',
    );
  }
}

/** The issuer's metadata or keys cannot be fetched (OidcKeysService), so no token can be checked. */
export class SignInUnavailableError extends DomainError {
  constructor() {
    super(
      'unavailable',
      'auth.issuer_unavailable',
      'Sign-in is unavailable: the identity provider cannot be reached. Try again in a few minutes.',
    );
  }
}

export class TokenIdentityMissingError extends DomainError {
  constructor() {
    super('unauthenticated', 'auth.identity_missing', 'The access token does not identify a user (tid and oid claims)');
  }
}

export class WrongTenantError extends DomainError {
  constructor() {
    super('unauthenticated', 'auth.wrong_tenant', 'The access token was issued for another organisation');
  }
}

/** A genuine token, but not one for Commend's API: it lacks the API's scope. */
export class TokenScopeError extends DomainError {
  constructor(scope: string) {
    super(
      'unauthenticated',
      'auth.scope_missing',
      `Sign in again: the access token is not for Commend (it lacks the ${scope} scope in scp)`,
    );
  }
}

export class TokenVersionError extends DomainError {
  constructor() {
    super(
      'unauthenticated',
      'auth.token_version',
      'Sign in again: Commend accepts only version 2.0 Entra ID access tokens (ver claim); see docs/entra-id.md, step 3',
    );
  }
}

/** Signed in, but outside whom this Commend is open to (AUTH_ALLOWED_EMAIL_DOMAINS, AUTH_REQUIRED_*). */
export class SignInNotAllowedError extends DomainError {
  constructor(reason: string, contact: string) {
    super(
      'forbidden',
      'auth.not_allowed',
      `You cannot use Commend with this account: ${reason}. Ask ${contact} for access.`,
    );
  }
}

/** Signed in, but without any of the roles a route is `@Allow`ed to. */
export class RoleRequiredError extends DomainError {
  constructor(allowed: Role[]) {
    super('forbidden', 'auth.role_required', `This needs one of these roles: ${allowed.join(', ')}`);
  }
}
