import { PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';

@ValidatorConstraint({ name: 'timeZone' })
class IsTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }
  defaultMessage(): string {
    return 'timeZone must be an IANA time zone such as Europe/London';
  }
}

const ISO = { strict: true, strictSeparator: true };
const isoMessage = (field: string): { message: string } => ({
  message: `${field} must be a date and time such as 2027-03-01T09:00:00Z`,
});

export class CreateProgrammeDto {
  @IsString()
  @Length(1, 200)
  name: string;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  theme?: string;

  @Matches(/^[A-Z][A-Z0-9]{1,9}$/, {
    message: 'referencePrefix must be 2 to 10 capital letters or digits, starting with a letter (e.g. SWW27)',
  })
  referencePrefix: string;

  @IsOptional()
  @Validate(IsTimeZone)
  timeZone?: string;

  @IsISO8601(ISO, isoMessage('nominationsOpenAt'))
  nominationsOpenAt: string;

  @IsISO8601(ISO, isoMessage('nominationsCloseAt'))
  nominationsCloseAt: string;

  @IsOptional()
  @IsISO8601(ISO, isoMessage('judgingCloseAt'))
  judgingCloseAt?: string;

  @IsOptional()
  @IsISO8601(ISO, isoMessage('plannedAnnouncementAt'))
  plannedAnnouncementAt?: string;

  @IsOptional()
  @IsBoolean()
  blindJudging?: boolean;

  @IsOptional()
  @IsBoolean()
  notifyNomineeOnSubmission?: boolean;

  @IsOptional()
  @IsBoolean()
  privacyFindingsBlockSubmission?: boolean;

  @IsOptional()
  @IsBoolean()
  peerScoresVisibleAfterOwn?: boolean;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  retentionMonths?: number;
}

/** Any of the creation fields, with the version you read; a stale one gets 409 and changes nothing. */
export class UpdateProgrammeDto extends PartialType(CreateProgrammeDto) {
  @Type(() => Number)
  @IsInt({ message: 'version must be the version you last read' })
  version: number;
}
