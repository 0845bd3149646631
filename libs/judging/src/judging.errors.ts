import { DomainError } from '@commend/core';

export class NotChairError extends DomainError {
  constructor() {
    super('forbidden', 'judging.not_chair', "Only the chair of this category's panel can do this");
  }
}

export class RecusedError extends DomainError {
  constructor() {
    super('forbidden', 'judging.recused', 'You are recused from this nomination because of a conflict of interest');
  }
}

export class JudgingInvalidError extends DomainError {
  constructor(message: string) {
    super('invalid', 'judging.invalid', message);
  }
}

export class JudgingClosedError extends DomainError {
  constructor(message: string) {
    super('unprocessable', 'judging.closed', message);
  }
}

export class ScorecardSubmittedError extends DomainError {
  constructor() {
    super(
      'conflict',
      'scorecard.submitted',
      'This scorecard is already submitted and cannot change; ask the panel chair to reopen it',
    );
  }
}

export class ScorecardIncompleteError extends DomainError {
  constructor(missing: string[]) {
    super('unprocessable', 'scorecard.incomplete', `Score every criterion before submitting: ${missing.join('; ')}`, {
      missing,
    });
  }
}
