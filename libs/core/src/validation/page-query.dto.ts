import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from './optional';

/** Past this no list has a page: bounded, so `page=1e20` is a 400, not an offset PostgreSQL refuses. */
export const MAX_PAGE = 10_000;
export const MAX_PAGE_SIZE = 100;

/** The paging of every list that pages: `?page=&pageSize=`, with the same bounds everywhere. */
export class PageQueryDto {
  /** The page to read, from 1. */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 })
  @Optional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1, { message: 'page must be 1 or more' })
  @Max(MAX_PAGE, { message: `page must not be more than ${MAX_PAGE}` })
  page: number = 1;

  /** How many items a page holds. */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @Optional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1, { message: 'pageSize must be 1 or more' })
  @Max(MAX_PAGE_SIZE, { message: `pageSize must not be more than ${MAX_PAGE_SIZE}` })
  pageSize: number = 50;
}
