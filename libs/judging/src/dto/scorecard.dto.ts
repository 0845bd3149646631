import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class ScoreDto {
  @IsUUID(undefined, { message: 'scores.criterionId must be the id of one of the category criteria' })
  criterionId: string;

  /** A whole number from 0 to the criterion's scale; null clears it in a draft. */
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsInt({ message: 'scores.score must be a whole number' })
  @Min(0, { message: 'scores.score must not be negative' })
  score?: number | null;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string;
}

export class SaveScorecardDto {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ScoreDto)
  scores?: ScoreDto[];

  @IsOptional()
  @IsString()
  @MaxLength(10000)
  overallComment?: string;

  /** The version read; required once the scorecard exists, so a stale tab never overwrites. */
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
