/** What the browser app itself can fail with; the error filter renders each as a page. */
export class IssuerUnavailableError extends Error {
  readonly code = 'web.issuer_unavailable';
  constructor(cause: unknown) {
    super('The sign-in service did not answer', { cause });
    this.name = 'IssuerUnavailableError';
  }
}

/** The API did not answer (down, or refusing connections). */
export class ApiUnavailableError extends Error {
  readonly code = 'web.api_unavailable';
  constructor(cause: unknown) {
    super('The Commend API did not answer', { cause });
    this.name = 'ApiUnavailableError';
  }
}

/** A page needs a signed-in person; the filter sends them to sign in and back. */
export class SignInRequiredError extends Error {
  readonly code = 'web.sign_in_required';
  constructor() {
    super('Sign in to see this page');
    this.name = 'SignInRequiredError';
  }
}
