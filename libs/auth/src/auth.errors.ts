import { DomainError } from '@commend/core';

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
