import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { Nullable, Optional } from '@commend/core';

export class ScoreDto {
  @IsUUID(undefined, { message: 'criterionId must be the id of one of the category criteria' })
  criterionId: string;

  /** A whole number from 0 to the criterion's scale; null clears it in a draft. */
  @Nullable()
  @IsInt({ message: 'score must be a whole number' })
  @Min(0, { message: 'score must not be negative' })
  score?: number | null;

  @Optional()
  @IsString()
  @MaxLength(5000)
  comment?: string;
}

export class SaveScorecardDto {
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ScoreDto)
  scores?: ScoreDto[];

  @Optional()
  @IsString()
  @MaxLength(10000)
  overallComment?: string;

  /**
   * The version read; required once the scorecard exists, so a stale tab never overwrites.
   * 0 says "I read it before it was first saved": stale once someone has saved it.
   */
  @Optional()
  @IsInt()
  @Min(0)
  version?: number;
}
