import type { JudgingProgressCounts } from '@commend/judging';
import type { NominationsOnDay } from '@commend/nominations';
import type { NotificationCount } from '@commend/notifications';
import type {
  DashboardCategoryView,
  DashboardDayView,
  DashboardNotificationsView,
  NominationStatusCounts,
  NotificationStatusCounts,
  ProgrammeDashboardView,
} from './dashboard.dto';

/** What each owning lib answered, put together by `dashboardOf`. */
export interface DashboardFacts {
  programmeId: string;
  timeZone: string;
  /** The close, as a day in the programme's time zone. */
  closeDay: string;
  /** Today in the programme's time zone. */
  today: string;
  categories: { id: string; name: string }[];
  nominations: NominationsOnDay[];
  judging: Map<string, JudgingProgressCounts>;
  notifications: NotificationCount[];
}

const noNominations = (): NominationStatusCounts => ({
  draft: 0,
  submitted: 0,
  eligible: 0,
  ineligible: 0,
  withdrawn: 0,
});

/** A day in a time zone, `YYYY-MM-DD` (en-CA writes dates that way). */
export function dayIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Every day from `first` to `last`, both included (calendar days: no clock, so no daylight saving). */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${first}T00:00:00Z`); d <= new Date(`${last}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/**
 * The dashboard from its parts: every day from the first nomination to today or the close
 * (whichever is sooner, and never before the last nomination), each with every category, so a
 * chart and a table read it without gaps.
 */
export function dashboardOf(facts: DashboardFacts): ProgrammeDashboardView {
  const seen = facts.nominations.map((n) => n.day);
  const first = seen[0];
  const last = [seen[seen.length - 1], facts.today < facts.closeDay ? facts.today : facts.closeDay].sort()[1];
  const perDay = new Map<string, Map<string, NominationStatusCounts>>();
  const totals = new Map(facts.categories.map((c) => [c.id, noNominations()]));
  for (const n of facts.nominations) {
    const day = perDay.get(n.day) ?? new Map<string, NominationStatusCounts>();
    perDay.set(n.day, day);
    const counts = day.get(n.categoryId) ?? noNominations();
    day.set(n.categoryId, counts);
    counts[n.status] += n.count;
    const total = totals.get(n.categoryId);
    if (total) total[n.status] += n.count;
  }
  const days: DashboardDayView[] =
    first === undefined
      ? []
      : daysBetween(first, last).map((date) => ({
          date,
          categories: facts.categories.map((c) => ({
            categoryId: c.id,
            ...(perDay.get(date)?.get(c.id) ?? noNominations()),
          })),
        }));
  const categories: DashboardCategoryView[] = facts.categories.map((c) => {
    const { judges = 0, expected = 0, submitted = 0, drafts = 0, conflicts = 0 } = facts.judging.get(c.id) ?? {};
    return {
      categoryId: c.id,
      name: c.name,
      nominations: totals.get(c.id) ?? noNominations(),
      judging: { judges, expected, submitted, drafts, conflicts },
    };
  });
  return {
    programmeId: facts.programmeId,
    timeZone: facts.timeZone,
    days,
    categories,
    notifications: notificationsOf(facts.notifications),
  };
}

function notificationsOf(rows: NotificationCount[]): DashboardNotificationsView {
  const none = (): NotificationStatusCounts => ({ pending: 0, sent: 0, failed: 0 });
  const all = none();
  const byKind = new Map<string, NotificationStatusCounts>();
  for (const { kind, status, count } of rows) {
    if (status !== 'pending' && status !== 'sent' && status !== 'failed') continue;
    const ofKind = byKind.get(kind) ?? none();
    byKind.set(kind, ofKind);
    ofKind[status] += count;
    all[status] += count;
  }
  return { ...all, byKind: [...byKind].map(([kind, counts]) => ({ kind, ...counts })) };
}
