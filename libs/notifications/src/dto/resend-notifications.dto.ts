import { IsUUID } from 'class-validator';
import { Optional } from '@commend/core';

/** Which failed messages to send again: all of them, or those about one programme. */
export class ResendNotificationsDto {
  @Optional()
  @IsUUID(undefined, { message: 'programmeId must be a programme id' })
  programmeId?: string;
}

export class ResendResult {
  /** How many failed messages were put back to be sent. */
  resent: number;
}
