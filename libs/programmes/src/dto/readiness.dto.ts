import { IsISO8601, IsString, Length, Matches } from 'class-validator';
import { IsName, Optional } from '@commend/core';

export const READINESS_CODES = [
  'programme.no_categories',
  'programme.close_passed',
  'category.no_criteria',
  'category.no_panel',
] as const;
export type ReadinessCode = (typeof READINESS_CODES)[number];

export class ReadinessItemView {
  code: ReadinessCode;
  /** What is missing and what to do, for the coordinator. */
  message: string;
  /** The category it is about, when it is about one. */
  categoryId?: string;
}

export class ProgrammeReadinessView {
  programmeId: string;
  /** True when nothing blocks opening: `problems` is empty. */
  ready: boolean;
  /** What must be put right before the programme can open. */
  problems: ReadinessItemView[];
  /** Worth putting right, but opening is allowed (a panel can be built while nominations come in). */
  warnings: ReadinessItemView[];
}

export class CopyProgrammeDto {
  @IsString()
  @IsName()
  @Length(1, 200)
  name: string;

  @Matches(/^[A-Z][A-Z0-9]{1,9}$/, {
    message: 'referencePrefix must be 2 to 10 capital letters or digits, starting with a letter (e.g. SWW28)',
  })
  referencePrefix: string;

  /** Defaults to the copied programme's, a year later. */
  @Optional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'nominationsOpenAt must be a date and time' })
  nominationsOpenAt?: string;

  /** Defaults to the copied programme's, a year later. */
  @Optional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'nominationsCloseAt must be a date and time' })
  nominationsCloseAt?: string;
}
