import { IsDate, IsOptional } from 'class-validator';
import { Type } from 'class-transformer';

export class ScheduleAnnouncementDto {
  /** When to publish (an embargo). Leave it out to announce now. */
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'at must be a date and time, e.g. 2027-03-21T10:00:00Z' })
  at?: Date;
}
