import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from './optional';

/** Past this no list has a page: bounded, so `page=1e20` is a 400, not an offset PostgreSQL refuses. */
export const MAX_PAGE = 10_000;

/** A page number in a query string: a whole number from 1 to MAX_PAGE. */
export function PageNumber(): PropertyDecorator {
  return applyDecorators(
    Optional(),
    Type(() => Number),
    IsInt({ message: 'page must be a whole number' }),
    Min(1, { message: 'page must be 1 or more' }),
    Max(MAX_PAGE, { message: `page must not be more than ${MAX_PAGE}` }),
  );
}
