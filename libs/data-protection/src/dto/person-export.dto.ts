import { ApiProperty } from '@nestjs/swagger';

/**
 * A subject access export: every row held about one person, grouped by what it is. The rows
 * are the stored records as they are (columns named as in the database), so each group is a
 * list of free-form objects rather than a fixed shape.
 */
/** Free-form rows: openapi-typescript makes them `Record<string, unknown>`, not an object that holds nothing. */
const rows = { type: 'array', items: { type: 'object', additionalProperties: true } } as const;

export class PersonExport {
  email: string;
  exportedAt: Date;
  /** Null when the person never signed in. */
  account: Record<string, unknown> | null;
  @ApiProperty(rows)
  nominationsMade: Record<string, unknown>[];
  @ApiProperty(rows)
  nominationsReceived: Record<string, unknown>[];
  @ApiProperty(rows)
  judgingSeats: Record<string, unknown>[];
  @ApiProperty(rows)
  conflicts: Record<string, unknown>[];
  @ApiProperty(rows)
  scorecards: Record<string, unknown>[];
  @ApiProperty(rows)
  messages: Record<string, unknown>[];
  @ApiProperty(rows)
  actions: Record<string, unknown>[];
}
