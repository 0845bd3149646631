/**
 * What a message is (stored in `notifications.kind` and its dedupe key): a noun for the message,
 * apart from the event that causes it (`libs/core/src/outbox`), so no string is both.
 * Renaming one needs a migration of the stored rows and their dedupe keys.
 */
export enum NotificationKind {
  /** To the nominator, on `nomination.submitted`. */
  NominationReceipt = 'nomination.receipt',
  /** To the nominee, on `nomination.submitted`, when the category tells nominees. */
  NomineeTold = 'nomination.nominee',
  /** To the nominator, on `nomination.screened`. */
  ScreeningOutcome = 'nomination.screening',
  /** To the nominee, on `nomination.consent_requested`: their publicity consent link. */
  ConsentRequest = 'nomination.consent',
  /** To the new panel member, on `panel.assigned`. */
  PanelAssignment = 'panel.assignment',
  /** To each judge who owes scorecards, on `judging.deadline_neared`. */
  JudgingReminder = 'judging.deadline_reminder',
  /** On `announcement.published`, to a winner or commended nominee. */
  OutcomeAwarded = 'outcomes.awarded',
  /** On `announcement.published`, to a nominee without an award. */
  OutcomeThanksNominee = 'outcomes.thanks_nominee',
  /** On `announcement.published`, to the nominator of a winner or commended nominee. */
  OutcomeNominator = 'outcomes.nominator',
  /** On `announcement.published`, to the nominator of a nominee without an award. */
  OutcomeThanksNominator = 'outcomes.thanks_nominator',
  /** On `announcement.published`, to every judge of the programme. */
  OutcomeJudges = 'outcomes.judges',
}

/** The messages the announcement sends: what its delivery figures count. */
export const ANNOUNCEMENT_KINDS: readonly NotificationKind[] = [
  NotificationKind.OutcomeAwarded,
  NotificationKind.OutcomeThanksNominee,
  NotificationKind.OutcomeNominator,
  NotificationKind.OutcomeThanksNominator,
  NotificationKind.OutcomeJudges,
];
