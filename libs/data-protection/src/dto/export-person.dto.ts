import { IsString, Matches } from 'class-validator';

export class ExportPersonDto {
  /** The person's work e-mail. In the body, not the path: paths are written to every request log line. */
  @IsString({ message: 'email must be an e-mail address' })
  @Matches(/^[^\s@]{1,200}@[^\s@]{1,200}$/, { message: 'email must be an e-mail address' })
  email!: string;
}
