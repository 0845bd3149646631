import { DomainError } from '@commend/core';
import type { Category } from '@commend/programmes';

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
      'scorecard.already_submitted',
      'This scorecard is already submitted and cannot change; ask the panel chair to reopen it',
    );
  }
}

/** Names each criterion without a score: in the message, and by id in `details.fields` for a form to mark. */
export class ScorecardIncompleteError extends DomainError {
  constructor(missing: { id: string; title: string }[]) {
    const quoted = missing.map((c) => `"${c.title}"`);
    super('unprocessable', 'scorecard.incomplete', `Score every criterion before submitting: ${quoted.join('; ')}`, {
      missing: quoted,
      fields: Object.fromEntries(missing.map((c) => [c.id, `Give "${c.title}" a score before submitting`])),
    });
  }
}

/** A reminder to a panel member who has every expected scorecard submitted. */
export class NothingOwedError extends DomainError {
  constructor() {
    super(
      'conflict',
      'judging.nothing_owed',
      'This panel member has submitted every scorecard expected of them: there is nothing to remind them of',
    );
  }
}

export class ScorecardNotSubmittedError extends DomainError {
  constructor() {
    super('conflict', 'scorecard.not_submitted', 'This scorecard is not submitted, so it is open already');
  }
}

/** Other judges' scores: hidden by the programme, or until the judge has submitted their own. */
export class PeerScoresHiddenError extends DomainError {
  constructor(reason: 'programme_hides_them' | 'own_not_submitted') {
    super(
      'forbidden',
      'scorecard.peers_hidden',
      reason === 'programme_hides_them'
        ? "This programme does not show judges each other's scores"
        : "Submit your own scorecard to see the other judges' scores",
    );
  }
}

export class ConflictNotYoursError extends DomainError {
  constructor() {
    super('forbidden', 'conflict.not_yours', 'Only an admin can declare a conflict for another judge');
  }
}

/** A director's decision with no proposal to decide on. */
export class OutcomesNotProposedError extends DomainError {
  constructor(returned: boolean) {
    super(
      'conflict',
      'outcomes.not_proposed',
      `There is no proposal to decide on: the chair has not proposed outcomes${returned ? ' since they were returned' : ''}`,
    );
  }
}

export class OutcomesApprovedError extends DomainError {
  constructor() {
    super('conflict', 'outcomes.already_approved', "This category's outcomes are approved and can no longer change");
  }
}

export class TooManyWinnersError extends DomainError {
  constructor(numberOfWinners: number, proposed: number) {
    super(
      'unprocessable',
      'outcomes.too_many_winners',
      `This category has ${numberOfWinners} winner${numberOfWinners === 1 ? '' : 's'}; ${proposed} were proposed`,
    );
  }
}

export class OutcomeNotEligibleError extends DomainError {
  constructor(nominationIds: string[]) {
    super(
      'unprocessable',
      'outcomes.not_eligible',
      `outcomes: ${nominationIds.join(', ')} is not an eligible nomination of this category`,
    );
  }
}

/** An outcome rests on the panel's judgement: a nomination with no submitted scorecard cannot have one. */
export class OutcomeNotScoredError extends DomainError {
  constructor(references: string[]) {
    super(
      'unprocessable',
      'outcomes.not_scored',
      `outcomes: ${references.join(', ')} ${references.length === 1 ? 'has' : 'have'} no submitted scorecard; ` +
        'an outcome can be given only to a nomination the panel has scored',
    );
  }
}

/** A winner tied with a nomination that is not one, and the category's rule does not separate them. */
export class TieBreakNeededError extends DomainError {
  constructor(winner: string, rivals: string[], rule: Category['tieBreakRule']) {
    super(
      'unprocessable',
      'outcomes.tie_break_needed',
      `${winner} is tied on weighted score with ${rivals.join(', ')}` +
        (rule === 'chair'
          ? "; this category's rule is the chair's casting decision"
          : '; the normalised score does not put it ahead') +
        ': give tieBreakReason with the chair’s casting decision',
    );
  }
}
