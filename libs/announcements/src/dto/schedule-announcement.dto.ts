import { IsDate } from 'class-validator';
import { Optional } from '@commend/core';
import { Type } from 'class-transformer';

export class ScheduleAnnouncementDto {
  /** When to publish (an embargo). Leave it out to announce now. */
  @Optional()
  @Type(() => Date)
  @IsDate({ message: 'at must be a date and time, e.g. 2027-03-21T10:00:00Z' })
  at?: Date;
}
