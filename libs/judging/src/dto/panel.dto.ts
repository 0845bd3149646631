import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsName, Optional } from '@commend/core';

export class PanelMemberDto {
  /** A user who has signed in before. Give this or `email`. */
  @Optional()
  @IsUUID(undefined, { message: 'userId must be a user id' })
  userId?: string;

  /** A work e-mail: the member is matched when they first sign in. Give this or `userId`. */
  @Optional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string;

  @Optional()
  @IsBoolean()
  chair?: boolean;

  /** The member's own team or service: its nominations recuse them. */
  @Optional()
  @IsString()
  @IsName()
  @MaxLength(200)
  team?: string;
}

export class SetPanelDto {
  @IsArray()
  @ArrayMinSize(1, { message: 'members must name at least one judge' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PanelMemberDto)
  members: PanelMemberDto[];
}
