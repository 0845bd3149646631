import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Optional } from '@commend/core';

export class AuditQueryDto {
  @Optional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Optional()
  @IsString()
  @MaxLength(50)
  entityType?: string;

  /** Records before this sequence number (the previous page's last `seq`). */
  @Optional()
  @Matches(/^\d{1,18}$/, { message: 'before must be a record sequence number' })
  before?: string;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;
}
