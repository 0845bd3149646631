import { IsString, ValidateIf } from 'class-validator';

export class ScheduleAnnouncementDto {
  /**
   * When to publish (an embargo): ISO 8601 with an offset (`2030-03-21T10:00:00Z`,
   * `2030-03-21T10:00:00+01:00`), or a local date and time (`2030-03-21T10:00`) read in the
   * programme's time zone. Leave it out to announce now.
   */
  @ValidateIf((_o, v) => v !== undefined)
  @IsString({
    message:
      'at must be text: an ISO 8601 date and time with its offset (2030-03-21T10:00:00Z or 2030-03-21T10:00:00+00:00), ' +
      "or a local date and time (2030-03-21T10:00) read in the programme's time zone; leave it out to announce now",
  })
  at?: string;
}
