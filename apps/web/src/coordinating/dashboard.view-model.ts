import { formatDateTime } from '../format/date';
import type { Programme, ProgrammeDashboard } from './dashboard-api';
import { nominationsChart, STATUS_SERIES, type StatusKey } from './dashboard-chart';

/** What each kind of message is, in words (a kind added later shows as it is stored). */
const KIND_WORDS: Record<string, string> = {
  'nomination.receipt': 'Receipts to nominators',
  'nomination.nominee': 'Nominees told of their nomination',
  'nomination.screening': 'Screening outcomes to nominators',
  'nomination.consent': 'Publicity consent requests',
  'panel.assignment': 'Judges told of their panel',
  'judging.deadline_reminder': 'Reminders to judges',
  'outcomes.awarded': 'Winners and commended nominees',
  'outcomes.thanks_nominee': 'Thanks to other nominees',
  'outcomes.nominator': 'Nominators of winners',
  'outcomes.thanks_nominator': 'Thanks to other nominators',
  'outcomes.judges': 'Judges told of the outcomes',
};

interface FigureRow {
  text: string;
  /** In the order of `statuses`. */
  counts: number[];
  total: number;
}

export interface DashboardViewModel {
  pageTitle: string;
  programmeName: string;
  backHref: string;
  asAt: string;
  statuses: string[];
  chartSvg: string;
  /** The chart's figures, a row per day (every category). */
  days: FigureRow[];
  dayTotals: FigureRow;
  /** Every nomination of each category by its status now. */
  categories: FigureRow[];
  judging: {
    name: string;
    judges: number;
    expected: number;
    submitted: number;
    drafts: number;
    stillToSubmit: number;
    conflicts: number;
  }[];
  notifications: {
    sent: number;
    failed: number;
    pending: number;
    byKind: { text: string; sent: number; failed: number; pending: number }[];
  };
  failedHref: string;
}

type Counts = Record<StatusKey, number>;

const sum = (rows: Counts[]): Counts =>
  Object.fromEntries(STATUS_SERIES.map((s) => [s.key, rows.reduce((n, r) => n + r[s.key], 0)])) as Counts;

const rowOf = (text: string, counts: Counts): FigureRow => {
  const values = STATUS_SERIES.map((s) => counts[s.key]);
  return { text, counts: values, total: values.reduce((a, b) => a + b, 0) };
};

/** A calendar day (`YYYY-MM-DD`) in words: "Tuesday 2 March 2027"; short: "2 Mar". */
function dayWords(date: string): { label: string; short: string } {
  const at = new Date(`${date}T12:00:00Z`);
  const words = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options }).format(at);
  return {
    label: words({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).replace(',', ''),
    short: words({ day: 'numeric', month: 'short' }),
  };
}

export function dashboardViewModel(programme: Programme, dashboard: ProgrammeDashboard, now: Date): DashboardViewModel {
  const perDay = dashboard.days.map((d) => ({ ...dayWords(d.date), counts: sum(d.categories) }));
  return {
    pageTitle: `Dashboard: ${programme.name}`,
    programmeName: programme.name,
    backHref: '/coordinating',
    asAt: formatDateTime(now, programme.timeZone),
    statuses: STATUS_SERIES.map((s) => s.text),
    chartSvg: nominationsChart(perDay),
    days: perDay.map((d) => rowOf(d.label, d.counts)),
    dayTotals: rowOf('Total', sum(perDay.map((d) => d.counts))),
    categories: dashboard.categories.map((c) => rowOf(c.name, c.nominations)),
    judging: dashboard.categories.map(({ name, judging: j }) => ({
      name,
      ...j,
      stillToSubmit: j.expected - j.submitted,
    })),
    notifications: {
      sent: dashboard.notifications.sent,
      failed: dashboard.notifications.failed,
      pending: dashboard.notifications.pending,
      byKind: dashboard.notifications.byKind.map((k) => ({
        text: KIND_WORDS[k.kind] ?? k.kind,
        sent: k.sent,
        failed: k.failed,
        pending: k.pending,
      })),
    },
    failedHref: `/coordinating/notifications?programmeId=${encodeURIComponent(programme.id)}`,
  };
}
