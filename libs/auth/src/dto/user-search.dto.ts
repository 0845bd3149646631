import { IsString, Length } from 'class-validator';

/** `GET /users?search=`: part of a name, sign-in name or e-mail. */
export class UserSearchQueryDto {
  /** At least two characters, so a search names someone rather than listing everyone. */
  @IsString({ message: 'search must be part of a name or e-mail address, 2 to 100 characters' })
  @Length(2, 100, { message: 'search must be part of a name or e-mail address, 2 to 100 characters' })
  search: string;
}

/** A person who has signed in, as an admin building a panel sees them. */
export class UserSummaryView {
  id: string;
  displayName: string;
  /** The verified sign-in name (UPN); what a pending panel member is matched on. */
  username: string | null;
  email: string | null;
}
