/** A count per nomination status. */
export class NominationStatusCounts {
  draft: number;
  submitted: number;
  eligible: number;
  ineligible: number;
  withdrawn: number;
}

export class DashboardCategoryDayView extends NominationStatusCounts {
  categoryId: string;
}

export class DashboardDayView {
  /** The day in the programme's time zone, `YYYY-MM-DD`. */
  date: string;
  /** Every category of the programme, in the programme's order, with the nominations that came in that day. */
  categories: DashboardCategoryDayView[];
}

export class JudgingProgressView {
  /** Panel members, chairs included. */
  judges: number;
  /** Scorecards owed: each member × each eligible nomination, less open conflicts. */
  expected: number;
  submitted: number;
  /** Expected scorecards started and not submitted. */
  drafts: number;
  /** Conflicts recorded and not cleared. */
  conflicts: number;
}

export class DashboardCategoryView {
  categoryId: string;
  name: string;
  /** Every nomination of the category by its status now. */
  nominations: NominationStatusCounts;
  judging: JudgingProgressView;
}

export class NotificationStatusCounts {
  pending: number;
  sent: number;
  failed: number;
}

export class NotificationKindCounts extends NotificationStatusCounts {
  kind: string;
}

export class DashboardNotificationsView extends NotificationStatusCounts {
  byKind: NotificationKindCounts[];
}

/** A programme's figures, counts only: no nomination's content and no person's name. */
export class ProgrammeDashboardView {
  programmeId: string;
  /** The time zone the days are counted in: the programme's. */
  timeZone: string;
  /**
   * Each day from the first nomination to today or the close, whichever comes first (and at
   * least to the last nomination); empty when there are no nominations yet.
   */
  days: DashboardDayView[];
  categories: DashboardCategoryView[];
  notifications: DashboardNotificationsView;
}
