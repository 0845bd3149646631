import { PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { Type } from 'class-transformer';
import { IsName, Nullable, Optional } from '@commend/core';
import { LOCAL_IDENTIFIER_TEMPLATE, LOCAL_IDENTIFIER_TEMPLATE_RULE, MAX_LOCAL_IDENTIFIERS } from '../local-identifier';

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

/** A trust's own case or patient identifier for the privacy check: what it is called, and its shape. */
export class LocalIdentifierDto {
  /** What the nominator is told was found, e.g. "Hospital number". */
  @IsString()
  @IsName()
  @Length(1, 60)
  label: string;

  /** A (a letter), 9 (a digit), and a single space, hyphen or slash between them, e.g. "A999999". */
  @IsString()
  @Matches(LOCAL_IDENTIFIER_TEMPLATE, { message: LOCAL_IDENTIFIER_TEMPLATE_RULE })
  pattern: string;
}

export class CreateProgrammeDto {
  @IsString()
  @IsName()
  @Length(1, 200)
  name: string;

  @Optional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  /** null clears it. */
  @Nullable()
  @IsString()
  @IsName()
  @MaxLength(200)
  theme?: string | null;

  @Matches(/^[A-Z][A-Z0-9]{1,9}$/, {
    message: 'referencePrefix must be 2 to 10 capital letters or digits, starting with a letter (e.g. SWW27)',
  })
  referencePrefix: string;

  @Optional()
  @Validate(IsTimeZone)
  timeZone?: string;

  @IsISO8601(ISO, isoMessage('nominationsOpenAt'))
  nominationsOpenAt: string;

  @IsISO8601(ISO, isoMessage('nominationsCloseAt'))
  nominationsCloseAt: string;

  /** null clears it. */
  @Nullable()
  @IsISO8601(ISO, isoMessage('judgingCloseAt'))
  judgingCloseAt?: string | null;

  /** null clears it. */
  @Nullable()
  @IsISO8601(ISO, isoMessage('plannedAnnouncementAt'))
  plannedAnnouncementAt?: string | null;

  @Optional()
  @IsBoolean()
  blindJudging?: boolean;

  @Optional()
  @IsBoolean()
  notifyNomineeOnSubmission?: boolean;

  @Optional()
  @IsBoolean()
  privacyFindingsBlockSubmission?: boolean;

  /** The trust's own case or patient identifiers the privacy check also looks for; [] for none. */
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_LOCAL_IDENTIFIERS)
  @ValidateNested({ each: true })
  @Type(() => LocalIdentifierDto)
  privacyLocalIdentifiers?: LocalIdentifierDto[];

  @Optional()
  @IsBoolean()
  peerScoresVisibleAfterOwn?: boolean;

  /**
   * What a nominee reads when asked for publicity consent: what is published and where. Empty
   * (or left out when creating) means the default wording, which the response then shows.
   */
  @Optional()
  @IsString()
  @MaxLength(2000)
  publicityConsentWording?: string;

  @Optional()
  @IsInt()
  @Min(1)
  @Max(120)
  retentionMonths?: number;
}

/**
 * Any of the creation fields, with the version you read; a stale one gets 409 and changes nothing.
 * `skipNullProperties: false`: null is validated like any value (the null rule, in @commend/core).
 */
export class UpdateProgrammeDto extends PartialType(CreateProgrammeDto, { skipNullProperties: false }) {
  /** A JSON number: not converted, so `true` or "3" is refused rather than read as a version. */
  @IsInt({ message: 'version must be the version you last read' })
  version: number;
}
