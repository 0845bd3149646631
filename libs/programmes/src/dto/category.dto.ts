import { PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsName, Nullable, Optional } from '@commend/core';
import {
  EVIDENCE_TYPES,
  NOMINEE_TYPES,
  TIE_BREAK_RULES,
  type AllowedEvidenceType,
  type NomineeType,
  type TieBreakRule,
} from '../entities/category.entity';

export class CriterionDto {
  @IsString()
  @IsName()
  @Length(1, 200)
  title: string;

  @Optional()
  @IsString()
  @MaxLength(2000)
  guidance?: string;

  @IsInt()
  @Min(1)
  @Max(100)
  weight: number;

  @IsInt()
  @Min(2)
  @Max(100)
  scaleMax: number;

  @IsInt()
  @Min(10)
  @Max(5000)
  wordLimit: number;
}

const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;

export class CreateCategoryDto {
  @IsString()
  @IsName()
  @Length(1, 200)
  name: string;

  @Optional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Optional()
  @IsString()
  @MaxLength(5000)
  eligibility?: string;

  @Optional()
  @IsIn(NOMINEE_TYPES)
  nomineeType?: NomineeType;

  @Optional()
  @IsInt()
  @Min(1)
  @Max(10)
  numberOfWinners?: number;

  /** May be empty while the programme is a draft: "check before you open" then says it is missing. */
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria: CriterionDto[];

  @Optional()
  @IsInt()
  @Min(0)
  @Max(20)
  evidenceMaxFiles?: number;

  /** The largest evidence file, in bytes: from 1 kB to 25 MB. */
  @Optional()
  @IsInt()
  @Min(1024, { message: 'evidenceMaxBytes must be at least 1 kB (1024 bytes)' })
  @Max(MAX_EVIDENCE_BYTES, { message: 'evidenceMaxBytes must be at most 25 MB (26214400 bytes)' })
  evidenceMaxBytes?: number;

  @Optional()
  @IsArray()
  @ArrayUnique()
  @IsIn(EVIDENCE_TYPES, { each: true })
  evidenceTypes?: AllowedEvidenceType[];

  @Optional()
  @IsIn(TIE_BREAK_RULES)
  tieBreakRule?: TieBreakRule;

  /**
   * Whether this category is judged blind. `null` (or leaving it out) means "use the
   * programme's value"; true or false overrides it. Responses show it as given, and the value
   * that applies as `effectiveBlindJudging`.
   */
  @Nullable()
  @IsBoolean()
  blindJudging?: boolean | null;

  /**
   * Whether the nominee is told of their nomination. `null` (or leaving it out) means "use the
   * programme's value" (`notifyNomineeOnSubmission`); true or false overrides it. Responses
   * show it as given, and the value that applies as `effectiveNotifyNominee`.
   */
  @Nullable()
  @IsBoolean()
  notifyNominee?: boolean | null;
}

/**
 * Any of the creation fields, with the version you read. `criteria` replaces every criterion,
 * and is refused once the category has a nomination.
 */
export class UpdateCategoryDto extends PartialType(CreateCategoryDto, { skipNullProperties: false }) {
  /** A JSON number: not converted, so `true` or "3" is refused rather than read as a version. */
  @IsInt({ message: 'version must be the version you last read' })
  version: number;
}
