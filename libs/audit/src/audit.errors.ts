import { DomainError } from '@commend/core';

/**
 * The trail filtered by an e-mail address no one who has signed in has (the message does not
 * repeat it): 422, a filter that cannot be met, which a form shows in place.
 */
export class AuditActorUnknownError extends DomainError {
  constructor() {
    super(
      'unprocessable',
      'audit.actor_unknown',
      'No one who has signed in has that e-mail address, so no record has them as its actor: check the address',
    );
  }
}
