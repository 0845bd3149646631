import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Optional } from '@commend/core';
import { OUTCOME_KINDS, type OutcomeKind } from '../entities/outcome.entity';

export class ProposedOutcomeDto {
  @IsUUID(undefined, { message: 'nominationId must be the id of an eligible nomination of this category' })
  nominationId: string;

  @IsIn(OUTCOME_KINDS, { message: `kind must be one of ${OUTCOME_KINDS.join(', ')}` })
  kind: OutcomeKind;

  /** Read out and published at the announcement. */
  @IsString()
  @Length(10, 2000, { message: 'citation must be 10 to 2000 characters' })
  citation: string;

  /** The panel's reasons, for the outcomes record. */
  @IsString()
  @Length(3, 5000, { message: 'rationale must say why, in 3 to 5000 characters' })
  rationale: string;

  /** The chair's casting decision, where the tie-break rule needs one. */
  @Optional()
  @IsString()
  @Length(3, 2000, { message: 'tieBreakReason must say why, in 3 to 2000 characters' })
  tieBreakReason?: string;
}

export class ProposeOutcomesDto {
  /** Minutes of the panel's outcomes meeting. */
  @IsString()
  @MaxLength(50000)
  minutes: string;

  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ProposedOutcomeDto)
  outcomes: ProposedOutcomeDto[];

  /** The version read; required once outcomes were proposed before. */
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ApproveOutcomesDto {
  /** The version of the proposal read: a director approves exactly what they saw. */
  @IsInt({ message: 'version must be the version of the proposal you read' })
  @Min(1)
  version: number;
}

export class ReturnOutcomesDto extends ApproveOutcomesDto {
  @IsString()
  @Length(3, 5000, { message: 'comment must tell the chair what to change, in 3 to 5000 characters' })
  comment: string;
}
