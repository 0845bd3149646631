import type { PageErrors } from '../api-client/api-error';
import { formatDateTime } from '../format/date';
import type { NotificationPage, PersonExport, Programme } from './operations-api';

/** Where a message names no programme (a sign-in e-mail, say), its time reads in the service's home zone. */
const HOME_TIME_ZONE = 'Europe/London';

export interface NotificationsViewModel {
  pageTitle: string;
  banner: string | null;
  programmes: { value: string; text: string; selected: boolean }[];
  programmeId: string;
  /** Shown above the table: how many failed, and whether the list is cut short. */
  count: string;
  rows: { id: string; subject: string; recipient: string; reason: string; failedAt: string }[];
}

export function notificationsViewModel(input: {
  programmes: Programme[];
  programmeId?: string;
  page: NotificationPage;
  resent?: number;
}): NotificationsViewModel {
  const zoneOf = new Map(input.programmes.map((p) => [p.id, p.timeZone]));
  const { items, total } = input.page;
  const shown = items.length < total ? ` (the newest ${items.length} are shown)` : '';
  return {
    pageTitle: 'Failed notifications',
    banner:
      input.resent === undefined
        ? null
        : input.resent === 1
          ? '1 notification is being sent again.'
          : `${input.resent} notifications are being sent again.`,
    programmeId: input.programmeId ?? '',
    programmes: [
      { value: '', text: 'All programmes', selected: !input.programmeId },
      ...input.programmes.map((p) => ({ value: p.id, text: p.name, selected: p.id === input.programmeId })),
    ],
    count: total === 0 ? 'No notification has failed.' : `${total} failed${shown}.`,
    rows: items.map((n) => ({
      id: n.id,
      subject: n.subject,
      recipient: n.recipient,
      reason: n.lastError ?? 'No reason was recorded',
      failedAt: formatDateTime(n.updatedAt, (n.programmeId && zoneOf.get(n.programmeId)) || HOME_TIME_ZONE),
    })),
  };
}

/** What subject access shows of an export: how much of each kind is held, never the rows themselves. */
const HELD: { key: Exclude<keyof PersonExport, 'email' | 'exportedAt' | 'account'>; label: string }[] = [
  { key: 'nominationsMade', label: 'Nominations they made' },
  { key: 'nominationsReceived', label: 'Nominations of them' },
  { key: 'judgingSeats', label: 'Panels they sit on' },
  { key: 'conflicts', label: 'Conflicts of interest' },
  { key: 'scorecards', label: 'Scorecards' },
  { key: 'messages', label: 'E-mails sent to them' },
  { key: 'actions', label: 'Their actions in the audit trail' },
];

export interface PeopleViewModel {
  pageTitle: string;
  email: string;
  errors?: PageErrors;
  /** Null until a person is looked up. */
  held: {
    email: string;
    account: string;
    rows: { key: { text: string }; value: { text: string } }[];
    nothing: boolean;
  } | null;
}

export function readPersonForm(body: Record<string, unknown>): { email: string } {
  return { email: typeof body.email === 'string' ? body.email.trim() : '' };
}

export function peopleViewModel(input: { email?: string; held?: PersonExport; errors?: PageErrors }): PeopleViewModel {
  const held = input.held;
  const counts = held ? HELD.map((h) => ({ label: h.label, count: held[h.key].length })) : [];
  return {
    pageTitle: 'Subject access',
    email: input.email ?? '',
    errors: input.errors && onEmailField(input.errors),
    held: held
      ? {
          email: held.email,
          account: held.account ? 'Has signed in to Commend' : 'Has never signed in',
          rows: counts.map((c) => ({ key: { text: c.label }, value: { text: String(c.count) } })),
          nothing: !held.account && counts.every((c) => c.count === 0),
        }
      : null,
  };
}

/** The export's file name: the address's local part only (no domain in a downloads folder), and the day. */
export function personExportFileName(email: string, at: Date): string {
  const local = email.split('@')[0].replace(/[^a-z0-9.-]/gi, '_') || 'person';
  return `subject-access-${local}-${at.toISOString().slice(0, 10)}.json`;
}

/** The page has one field: whatever the API refused is said there, and the summary links to it. */
function onEmailField(errors: PageErrors): PageErrors {
  return {
    summary: errors.summary.map((s) => ({ ...s, href: s.href ?? '#email' })),
    fields: { email: errors.fields.email ?? { text: errors.summary[0]?.text ?? 'Enter a work e-mail address' } },
  };
}
