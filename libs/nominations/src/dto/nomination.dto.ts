import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsInt,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsName, Nullable, Optional, PageQueryDto } from '@commend/core';
import {
  NOMINATION_STATUSES,
  PUBLICITY_CONSENT,
  type NominationStatus,
  type PublicityConsent,
} from '../entities/nomination.entity';

export class NomineeDto {
  @IsString()
  @IsName()
  @Length(1, 200)
  name: string;

  @Optional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string;

  @Optional()
  @IsString()
  @IsName()
  @MaxLength(200)
  jobTitle?: string;

  /** The nominee's team or service. */
  @Optional()
  @IsString()
  @IsName()
  @MaxLength(200)
  team?: string;
}

export class TeamMemberDto {
  @IsString()
  @IsName()
  @Length(1, 200)
  name: string;

  @Optional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string;

  @Optional()
  @IsString()
  @IsName()
  @MaxLength(200)
  jobTitle?: string;
}

export class StatementDto {
  @IsUUID(undefined, { message: 'criterionId must be the id of one of the category criteria' })
  criterionId: string;

  /** Word limits are per criterion; this cap only stops absurd bodies. */
  @IsString()
  @MaxLength(40_000)
  text: string;
}

class NominationFieldsDto {
  @Optional()
  @ValidateNested()
  @Type(() => NomineeDto)
  nominee?: NomineeDto;

  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberDto)
  teamMembers?: TeamMemberDto[];

  /** How the nominator knows the nominee; null clears it. */
  @Nullable()
  @IsString()
  @IsName()
  @MaxLength(200)
  relationship?: string | null;

  @Optional()
  @IsIn(PUBLICITY_CONSENT)
  publicityConsent?: PublicityConsent;

  /** Statements to set, by criterion; criteria not listed keep their statement. */
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => StatementDto)
  statements?: StatementDto[];
}

export class CreateNominationDto extends NominationFieldsDto {
  /** Submit straight away instead of keeping a draft. */
  @Optional()
  @IsBoolean()
  submit?: boolean;

  @Optional()
  @IsBoolean()
  confirmPrivacyFindings?: boolean;
}

export class UpdateNominationDto extends NominationFieldsDto {
  /** A JSON number: not converted, so `true` or "3" is refused rather than read as a version. */
  @IsInt({ message: 'version must be the version you last read' })
  version: number;
}

export class SubmitNominationDto {
  /** The nominator has read the privacy findings and submits anyway. */
  @Optional()
  @IsBoolean()
  confirmPrivacyFindings?: boolean;
}

export class ScreeningDto {
  @IsIn(['eligible', 'ineligible'], { message: 'decision must be eligible or ineligible' })
  decision: 'eligible' | 'ineligible';

  @IsString()
  @Length(1, 2000, { message: 'reason must say why, in 1 to 2000 characters' })
  reason: string;
}

export class RedactionDto {
  /** The statement as judges of a blind programme should read it; null removes the copy. */
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @Length(1, 20000, { message: 'text must be the redacted statement, 1 to 20000 characters, or null' })
  text: string | null;
}

export class ListNominationsQueryDto extends PageQueryDto {
  @Optional()
  @IsUUID()
  programmeId?: string;

  @Optional()
  @IsUUID()
  categoryId?: string;

  @Optional()
  @IsIn(NOMINATION_STATUSES, { message: `status must be one of ${NOMINATION_STATUSES.join(', ')}` })
  status?: NominationStatus;
}

/** null is refused for every field: there is nothing to clear, only a decision to record. */
export class RecordConsentDto {
  @IsIn(['given', 'refused'], { message: 'decision must be given or refused' })
  decision: 'given' | 'refused';

  /** Who asked the nominee (a name, as the team knows them). */
  @ValidateIf((_o, v) => v !== undefined)
  @IsString({ message: 'askedBy must be the name of who asked the nominee, 1 to 200 characters (not null)' })
  @Length(1, 200, { message: 'askedBy must be the name of who asked the nominee, 1 to 200 characters (not null)' })
  askedBy?: string;

  /** When the nominee was asked; ISO 8601, e.g. 2027-03-01 or 2027-03-01T14:30:00Z. */
  @ValidateIf((_o, v) => v !== undefined)
  @IsISO8601(
    { strict: true },
    { message: 'askedAt must be the date (and time) the nominee was asked, e.g. 2027-03-01T14:30:00Z (not null)' },
  )
  askedAt?: string;
}

export class NomineeConsentDto {
  /** The token from the consent link. */
  @IsString({ message: 'token must be the token from your consent link' })
  @Length(1, 200, { message: 'token must be the token from your consent link' })
  token: string;

  @IsIn(['given', 'refused'], { message: 'decision must be given or refused' })
  decision: 'given' | 'refused';
}

export class ConsentLinkQueryDto {
  @IsString({ message: 'token must be the token from your consent link' })
  @Length(1, 200, { message: 'token must be the token from your consent link' })
  token: string;
}
