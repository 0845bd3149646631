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
