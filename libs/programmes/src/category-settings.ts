/**
 * Blind judging and "tell the nominee" belong to a category; a category that leaves one
 * unset (null) takes its programme's value. This is the one definition of that rule: the
 * Category entity reads its effective values through it, and raw SQL elsewhere uses it too.
 */
const COLUMNS = {
  blindJudging: { category: 'blind_judging', programme: 'blind_judging' },
  notifyNominee: { category: 'notify_nominee', programme: 'notify_nominee_on_submission' },
} as const;

export type CategorySetting = keyof typeof COLUMNS;

/** The effective value, as a boolean SQL expression over the categories row aliased `category`. */
export function categorySettingSql(setting: CategorySetting, category: string): string {
  const { category: own, programme: inherited } = COLUMNS[setting];
  return `(SELECT coalesce(${category}.${own}, sp.${inherited}) FROM programmes sp WHERE sp.id = ${category}.programme_id)`;
}
