import { DomainError } from '@commend/core';

export class ProgrammeStateError extends DomainError {
  constructor(message: string) {
    super('unprocessable', 'programme.invalid_state', message);
  }
}

/** A transition the lifecycle does not list, e.g. closing a draft. */
export class ProgrammeTransitionRefusedError extends ProgrammeStateError {
  constructor(from: string, to: string, allowedFrom: readonly string[]) {
    super(
      allowedFrom.length
        ? `The programme is ${from}; only a ${allowedFrom.join(' or ')} programme can become ${to}`
        : `The programme is ${from}; no programme can become ${to}`,
    );
  }
}

/** Dates in the wrong order; `details` names the date that is wrong, for a form to mark it. */
export class ProgrammeDatesError extends DomainError {
  constructor(field: string, message: string) {
    super('invalid', 'programme.invalid_dates', message, { fields: { [field]: message } });
  }
}

export class ReferencePrefixTakenError extends DomainError {
  constructor(prefix: string) {
    super('conflict', 'programme.prefix_taken', `Another programme already uses the reference prefix ${prefix}`);
  }
}

export class CriteriaLockedError extends DomainError {
  constructor() {
    super(
      'unprocessable',
      'category.criteria_locked',
      'The criteria cannot change now that the category has nominations: their statements answer these criteria',
    );
  }
}

/** Opening refused until "check before you open" is clear; `details.problems` lists each thing missing. */
export class ProgrammeNotReadyError extends DomainError {
  constructor(problems: { code: string; message: string; categoryId?: string }[]) {
    super(
      'unprocessable',
      'programme.not_ready',
      // One problem reads as before this check existed; several are each named.
      problems.map((p) => p.message).join('; '),
      { problems },
    );
  }
}

/** Only a draft's category may lack criteria: once open, nominators answer them. */
export class NoCriteriaError extends DomainError {
  constructor() {
    super('invalid', 'category.no_criteria', 'criteria must have at least one criterion once the programme is open');
  }
}
