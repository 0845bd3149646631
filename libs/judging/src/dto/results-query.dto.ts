import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from '@commend/core';

/**
 * A page of the ranking: the nominations from `offset` (0 = the top), at most `limit` of them.
 * Ranks, ties and normalised scores are always of the whole category; only the list is cut.
 * Without either, every nomination.
 */
export class ResultsQueryDto {
  @Optional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number from 1 to 500' })
  @Min(1, { message: 'limit must be a whole number from 1 to 500' })
  @Max(500, { message: 'limit must be a whole number from 1 to 500' })
  limit?: number;

  @Optional()
  @Type(() => Number)
  @IsInt({ message: 'offset must be a whole number, 0 or more' })
  @Min(0, { message: 'offset must be a whole number, 0 or more' })
  offset?: number;
}
