import { DomainError } from '@commend/core';
import type { PrivacyFinding } from './privacy/privacy-finding';

export class NominationsClosedError extends DomainError {
  constructor() {
    super(
      'unprocessable',
      'nomination.closed',
      'This programme is not taking nominations now: it is not open, or its nomination window has closed',
    );
  }
}

export class NominationStateError extends DomainError {
  constructor(message: string) {
    super('unprocessable', 'nomination.invalid_state', message);
  }
}

export class NominationInvalidError extends DomainError {
  constructor(message: string) {
    super('invalid', 'nomination.invalid', message);
  }
}

/** Only the nominator changes a nomination: said to an admin, who may see it; others get a 404. */
export class NotNominatorError extends DomainError {
  constructor() {
    super('forbidden', 'nomination.not_owner', 'Only the nominator can change a nomination');
  }
}

export class NominationIncompleteError extends DomainError {
  constructor(missing: string[]) {
    super('unprocessable', 'nomination.incomplete', `The nomination is not complete: ${missing.join('; ')}`, {
      missing,
    });
  }
}

export class PrivacyFindingsError extends DomainError {
  constructor(findings: PrivacyFinding[], blocking: boolean) {
    super(
      'unprocessable',
      blocking ? 'nomination.privacy_blocked' : 'nomination.privacy_unconfirmed',
      blocking
        ? `The privacy check found ${findings.length} possible service-user identifier(s), and this programme does not accept nominations with any: remove them and submit again`
        : `The privacy check found ${findings.length} possible service-user identifier(s): remove them, or submit again with confirmPrivacyFindings if they are not about a person who uses services`,
      { findings },
    );
  }
}

/**
 * Evidence whose privacy check has not finished: the submission waits for it (the draft is kept).
 * The check runs in the background and takes seconds; the message names the files.
 */
export class EvidenceBeingCheckedError extends DomainError {
  constructor(files: { id: string; fileName: string }[]) {
    const names = files.map((f) => `"${f.fileName}"`).join(', ');
    super(
      'unprocessable',
      'nomination.evidence_being_checked',
      `The privacy check is still reading ${files.length === 1 ? 'this evidence file' : 'these evidence files'}: ${names}. ` +
        'Wait a few seconds and submit again; your draft is saved',
      { files: files.map((f) => ({ evidenceId: f.id, fileName: f.fileName })) },
    );
  }
}

/**
 * A nomination created with `submit: true` whose submission is refused: the draft is stored
 * all the same, so the refusal keeps its code and says where the draft is.
 */
export class DraftSavedRefusalError extends DomainError {
  constructor(refusal: NominationIncompleteError | PrivacyFindingsError, nominationId: string) {
    super(refusal.kind, refusal.code, `${refusal.message}. Your draft is saved.`, {
      ...(refusal.details as object | undefined),
      nominationId,
    });
  }
}

export class EvidenceRejectedError extends DomainError {
  constructor(kind: 'invalid' | 'too_large' | 'unsupported' | 'unprocessable', code: string, message: string) {
    super(kind, `evidence.${code}`, message);
  }
}

/**
 * What storage says it stored is not what the upload's inspection hashed: bytes changed on the
 * way to the store. Nothing is recorded and the stored bytes are deleted; sending again may work.
 */
export class EvidenceNotStoredIntactError extends DomainError {
  constructor() {
    super('unavailable', 'evidence.not_stored_intact', 'The file was not stored intact: send it again');
  }
}

/** A redacted copy of evidence is for judges of a blind category: elsewhere they see the original. */
export class RedactionNotBlindError extends DomainError {
  constructor() {
    super(
      'unprocessable',
      'evidence.not_blind',
      'This category is not judged blind, so its judges see the original evidence: a redacted copy is only for a blind category',
    );
  }
}

export class ConsentClosedError extends DomainError {
  constructor(reason: string) {
    super('unprocessable', 'consent.closed', `Publicity consent can no longer be recorded: ${reason}`);
  }
}

export class ConsentLinkInvalidError extends DomainError {
  constructor() {
    super(
      'not_found',
      'consent.link_invalid',
      'This consent link is not valid: open the link from your e-mail in full, or ask the awards team for a new one',
    );
  }
}
