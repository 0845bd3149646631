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
