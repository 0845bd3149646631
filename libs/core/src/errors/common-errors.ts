import { DomainError } from './domain-error';

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not_found', `${what}.not_found`, `No such ${what}, or it is not yours to see`);
  }
}

/** An edit based on an old version: never overwrites. */
export class StaleVersionError extends DomainError {
  constructor(what: string, current: number) {
    super(
      'conflict',
      `${what}.stale`,
      `Someone changed this ${what} since you read it (it is now at version ${current}): reload it and make your change again`,
    );
  }
}

/** Request input refused before any DTO sees it: characters that cannot be stored, absurd nesting. */
export class InvalidInputError extends DomainError {
  constructor(code: 'request.invalid_text' | 'request.too_deep', message: string) {
    super('invalid', code, message);
  }
}

/** A body of a type the route does not read: it would otherwise be taken as an empty body. */
export class UnsupportedBodyTypeError extends DomainError {
  constructor(accepted: string) {
    super('unsupported', 'request.unsupported_type', `Send the request body as ${accepted}`);
  }
}
