import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsISO8601, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Optional } from '@commend/core';
import { AUDIT_ACTIONS, type AuditAction } from '../audit-actions';

/** Which records of the trail to read: every filter narrows, none reads them all. */
export class AuditFilterDto {
  @Optional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Optional()
  @IsString()
  @MaxLength(50)
  entityType?: string;

  /** The programme's records: its own, its categories' and nominations', and any naming it. */
  @Optional()
  @IsUUID(undefined, { message: 'programmeId must be a programme id' })
  programmeId?: string;

  /** The user who acted. */
  @Optional()
  @IsUUID(undefined, { message: 'actorId must be a user id' })
  actorId?: string;

  /** The user who acted, by the e-mail address they signed in with; an address no one has is 422 `audit.actor_unknown`. */
  @Optional()
  @IsEmail({}, { message: 'actorEmail must be an e-mail address, like sam.okafor@example.nhs.uk' })
  @MaxLength(320)
  actorEmail?: string;

  @Optional()
  @IsIn(AUDIT_ACTIONS, { message: 'action must be one of the audit actions' })
  action?: AuditAction;

  /** Records at or after this time (ISO 8601). */
  @Optional()
  @IsISO8601({ strict: true }, { message: 'from must be a date and time, e.g. 2027-03-01T00:00:00Z' })
  from?: string;

  /** Records before this time (ISO 8601). */
  @Optional()
  @IsISO8601({ strict: true }, { message: 'to must be a date and time, e.g. 2027-04-01T00:00:00Z' })
  to?: string;
}

export class AuditQueryDto extends AuditFilterDto {
  /** Records before this sequence number (the previous page's last `seq`). */
  @Optional()
  @Matches(/^\d{1,18}$/, { message: 'before must be a record sequence number' })
  before?: string;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;
}
