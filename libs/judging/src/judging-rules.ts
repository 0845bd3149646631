/**
 * The judging rules that other SQL shares, each defined once as a view owned by this lib
 * (migration JudgingRuleViews). Reports that must join across libs in one statement (the
 * results, the judges' reminders) select from these instead of restating the rule; import the
 * names from here so a search for them finds every user.
 *
 * Views rather than SQL fragments built in TypeScript: a view is one statement that any query,
 * in any lib or in psql, can join with parameters as usual; PostgreSQL inlines it into the
 * query that uses it (no cost over the written-out SQL); and it refuses a column change that
 * would break it, where a fragment would break at run time.
 */

/**
 * (nomination_id, category_id, judge_id): the judge is recused from the nomination. A conflict
 * recorded and not cleared, or one the system sees (`SYSTEM_CONFLICTS`) and has not recorded
 * yet — so a judge is recused from the moment the facts say so, before the event that records
 * it has run.
 */
export const OPEN_CONFLICTS = 'open_conflicts';

/**
 * (nomination_id, category_id, judge_id, reason): the conflicts the system sees — the judge
 * nominated, is the nominee, is in the nominated team, or sits in the nominee's team or service
 * — whether recorded or not. `JudgingAccess.recordSystemConflicts` records them.
 */
export const SYSTEM_CONFLICTS = 'system_conflicts';

/**
 * (panel_member_id, category_id, judge_id, nomination_id): the scorecards a panel member is
 * expected to give: every eligible nomination of their category less their open conflicts.
 * judge_id is null for a member set by e-mail who has not signed in yet.
 */
export const EXPECTED_SCORECARDS = 'expected_scorecards';

/** The same columns: the expected scorecards the panel member has not submitted (a draft is owed). */
export const OWED_SCORECARDS = 'owed_scorecards';
