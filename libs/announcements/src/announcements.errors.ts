import { DomainError } from '@commend/core';

export class AnnouncementTimeError extends DomainError {
  constructor(timeZone: string, problem?: string) {
    super(
      'invalid',
      'announcement.invalid_time',
      `at ${problem ?? 'is not a time we accept'}: give an ISO 8601 date and time with its offset ` +
        `(2030-03-21T10:00:00Z or 2030-03-21T10:00:00+00:00), or a local date and time ` +
        `(2030-03-21T10:00), read in the programme's time zone (${timeZone})`,
    );
  }
}

export class AnnouncementPastError extends DomainError {
  constructor() {
    super('invalid', 'announcement.past', 'at is in the past: give a future time, or leave it out to announce now');
  }
}

/** Winners are announced once every category's outcomes are approved (the programme is decided). */
export class AnnouncementNotDecidedError extends DomainError {
  constructor(programmeStatus: string) {
    super(
      'unprocessable',
      'announcement.not_decided',
      `The announcement can be made once every category's outcomes are approved; the programme is ${programmeStatus}`,
    );
  }
}

export class AnnouncementPublishedError extends DomainError {
  constructor() {
    super('conflict', 'announcement.already_published', 'The announcement has been made; it cannot be changed');
  }
}

/** The preview shows outcomes under embargo: a chair sees it only for a programme whose panel they chair. */
export class AnnouncementPreviewForbiddenError extends DomainError {
  constructor() {
    super(
      'forbidden',
      'announcement.preview_forbidden',
      "Only directors, admins and the programme's panel chairs can see the announcement before it is made",
    );
  }
}
