import { IsString, IsUUID, Length } from 'class-validator';
import { Optional } from '@commend/core';

export class DeclareConflictDto {
  @IsString()
  @Length(3, 2000, { message: 'reason must say why, in 3 to 2000 characters' })
  reason: string;

  /** An admin declaring for a judge names them; a judge declares for themselves. */
  @Optional()
  @IsUUID(undefined, { message: 'judgeId must be a user id' })
  judgeId?: string;
}

export class ReasonDto {
  @IsString()
  @Length(3, 2000, { message: 'reason must say why, in 3 to 2000 characters' })
  reason: string;
}
