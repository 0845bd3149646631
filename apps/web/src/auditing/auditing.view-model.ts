import { toPageErrors, type ApiError, type PageErrors } from '../api-client/api-error';
import { formatDateTime } from '../format/date';
import type { AuditPage, AuditVerification, Programme, TrailQuery } from './auditing-api';

/** Times of records outside any programme's zone (and of the check) read in the service's home zone. */
const HOME_TIME_ZONE = 'Europe/London';

/** The filter form as typed: the dates as YYYY-MM-DD (the browser's date field, or typed without JavaScript). */
export interface TrailForm {
  programmeId: string;
  entityType: string;
  entityId: string;
  /** Who acted: the e-mail address an auditor knows them by, or a user id (as links carry it). */
  actorId: string;
  action: string;
  from: string;
  to: string;
  before: string;
}

const FIELDS = ['programmeId', 'entityType', 'entityId', 'actorId', 'action', 'from', 'to', 'before'] as const;

export function readTrailForm(query: Record<string, unknown>): TrailForm {
  const read = (name: string) => (typeof query[name] === 'string' ? query[name].trim() : '');
  return Object.fromEntries(FIELDS.map((f) => [f, read(f)])) as unknown as TrailForm;
}

/**
 * The form as the API's query: each date the start of that day in the zone (`to` the start of
 * the day after, so the day itself is included). A date that is not a real date is the one
 * thing the page refuses itself: the API is asked only for times it can read.
 */
export function trailQuery(form: TrailForm, timeZone: string): { query: TrailQuery } | { errors: PageErrors } {
  const errors: PageErrors = { summary: [], fields: {} };
  const day = (name: 'from' | 'to', label: string, addDays: number): string | undefined => {
    if (!form[name]) return undefined;
    const at = startOfDay(form[name], timeZone, addDays);
    if (at) return at;
    const text = `Enter the ${label} date as a real date, for example 2027-03-21`;
    errors.summary.push({ text, href: `#${name}` });
    errors.fields[name] = { text };
    return undefined;
  };
  const from = day('from', '"from"', 0);
  const to = day('to', '"to"', 1);
  if (errors.summary.length) return { errors };
  const { programmeId, entityType, entityId, actorId, action, before } = form;
  // An address has an @; a user id never does. The API finds the person by the address.
  const actor = actorId.includes('@') ? { actorEmail: actorId } : { actorId };
  return { query: { programmeId, entityType, entityId, ...actor, action, before, from, to } };
}

/** The API's refusal of the filter; an unknown actor goes on the actor field. */
export function trailErrors(error: ApiError): PageErrors {
  if (error.code === 'audit.actor_unknown')
    return { summary: [{ text: error.message, href: '#actorId' }], fields: { actorId: { text: error.message } } };
  return toPageErrors(error);
}

/** The UTC instant at which `date` (YYYY-MM-DD) plus `addDays` begins in `timeZone`, or null if not a date. */
export function startOfDay(date: string, timeZone: string, addDays = 0): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const noonUtc = new Date(Date.UTC(y, mo - 1, d, 12));
  if (noonUtc.getUTCMonth() !== mo - 1 || noonUtc.getUTCDate() !== d) return null;
  const midnightUtc = Date.UTC(y, mo - 1, d + addDays);
  // The zone's offset that day: what its clock reads at midday UTC, less midday UTC.
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
      .formatToParts(noonUtc)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const offset = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - noonUtc.getTime();
  return new Date(midnightUtc - offset).toISOString();
}

export interface TrailViewModel {
  pageTitle: string;
  form: TrailForm;
  errors?: PageErrors;
  programmes: { value: string; text: string; selected: boolean }[];
  verification: { state: 'never' | 'holds' | 'broken'; text: string; checkedAt: string | null };
  rows: { text?: string; html?: string }[][];
  empty: boolean;
  exportHref: string;
  olderHref: string | null;
  newestHref: string | null;
}

function hrefWith(path: string, form: TrailForm, extra: Partial<TrailForm>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...form, before: '', ...extra })) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

function verificationOf(verification: AuditVerification): TrailViewModel['verification'] {
  const check = verification.lastCheck;
  if (!check) return { state: 'never', text: 'The chain has not been checked yet.', checkedAt: null };
  const checkedAt = formatDateTime(check.checkedAt, HOME_TIME_ZONE);
  if (check.ok) {
    return { state: 'holds', text: `The chain holds: ${check.checked} records checked.`, checkedAt };
  }
  return {
    state: 'broken',
    text: `The chain is broken at record ${check.brokenSeq}: ${check.problem}. The ${check.checked} records before it are intact.`,
    checkedAt,
  };
}

export function trailViewModel(input: {
  programmes: Programme[];
  form: TrailForm;
  page?: AuditPage;
  verification: AuditVerification;
  errors?: PageErrors;
}): TrailViewModel {
  const { form, page } = input;
  const zone = input.programmes.find((p) => p.id === form.programmeId)?.timeZone ?? HOME_TIME_ZONE;
  const items = page?.items ?? [];
  return {
    pageTitle: 'The audit trail',
    form,
    errors: input.errors,
    programmes: [
      { value: '', text: 'All programmes', selected: !form.programmeId },
      ...input.programmes.map((p) => ({ value: p.id, text: p.name, selected: p.id === form.programmeId })),
    ],
    verification: verificationOf(input.verification),
    rows: items.map((r) => [
      { text: r.seq },
      { text: formatDateTime(r.occurredAt, zone) },
      { text: r.actorId ?? 'The system' },
      { text: r.action },
      { text: `${r.entityType} ${r.entityId}` },
      { text: JSON.stringify(r.data) },
    ]),
    empty: items.length === 0,
    exportHref: hrefWith('/auditing/export', form, {}),
    olderHref: page?.nextBefore ? hrefWith('/auditing', form, { before: page.nextBefore }) : null,
    newestHref: form.before ? hrefWith('/auditing', form, {}) : null,
  };
}
