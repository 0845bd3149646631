/**
 * A subject access export: every row held about one person, grouped by what it is. The rows
 * are the stored records as they are (columns named as in the database), so each group is a
 * list of free-form objects rather than a fixed shape.
 */
export class PersonExport {
  email: string;
  exportedAt: Date;
  /** Null when the person never signed in. */
  account: Record<string, unknown> | null;
  nominationsMade: Record<string, unknown>[];
  nominationsReceived: Record<string, unknown>[];
  judgingSeats: Record<string, unknown>[];
  conflicts: Record<string, unknown>[];
  scorecards: Record<string, unknown>[];
  messages: Record<string, unknown>[];
  actions: Record<string, unknown>[];
}
