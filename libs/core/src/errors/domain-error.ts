/** What went wrong, in terms the error filter turns into an HTTP status. */
export type ErrorKind =
  | 'invalid' // 400
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409: stale version, duplicate
  | 'too_large' // 413
  | 'unsupported' // 415: content of a type not accepted
  | 'unprocessable' // 422: the state forbids the action
  | 'too_many' // 429: over a rate limit
  | 'unavailable'; // 503: a dependency is down

/**
 * Services throw DomainErrors; one global filter maps them to responses.
 * `code` is stable for clients (e.g. `nomination.closed`); `message` is for a person.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    /** Structured detail a client can act on (e.g. the privacy findings that block a submission). */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
