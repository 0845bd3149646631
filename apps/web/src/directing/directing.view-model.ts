import { type ApiError, type PageErrors } from '../api-client/api-error';
import { formatDateTime } from '../format/date';
import type {
  Announcement,
  AnnouncementPreview,
  Category,
  Certificate,
  Outcomes,
  Programme,
  PublicWinners,
  Results,
} from './directing-api';
import { readTime } from '../format/date-input';

type OutcomeKind = Outcomes['outcomes'][number]['kind'];

/** How each outcome reads, as a sentence would start. */
export const KIND_LABEL: Record<OutcomeKind, string> = {
  winner: 'Winner',
  runner_up: 'Runner-up',
  highly_commended: 'Highly commended',
};

/** The outcomes' state as the director reads it, and its tag's colour. */
export const OUTCOMES_STATUS: Record<Outcomes['status'], { text: string; colour: string }> = {
  open: { text: 'Not proposed', colour: 'grey' },
  proposed: { text: 'Proposed – to approve', colour: 'blue' },
  returned: { text: 'Returned', colour: 'orange' },
  approved: { text: 'Approved', colour: 'green' },
};

/** "Tuesday 21 March 2027 at 10am, UK time": the moment in the programme's zone, saying which. */
export function inZone(value: string | Date, timeZone: string): string {
  return `${formatDateTime(value, timeZone)}, ${timeZone === 'Europe/London' ? 'UK time' : timeZone}`;
}

const outcomesHref = (categoryId: string) => `/directing/categories/${categoryId}/outcomes`;
const announcementHref = (programmeId: string) => `/directing/programmes/${programmeId}/announcement`;

// --- the director's start page ------------------------------------------------------------------

export interface DirectingViewModel {
  pageTitle: string;
  programmes: {
    name: string;
    status: string;
    announcementHref: string;
    categories: { name: string; href: string; status: { text: string; colour: string } }[];
  }[];
}

/** Programmes whose outcomes are being decided or were announced; drafts and open ones have none yet. */
const DIRECTED: Programme['status'][] = ['closed', 'decided', 'announced'];

export const isDirected = (programme: Programme): boolean => DIRECTED.includes(programme.status);

const PROGRAMME_STATUS: Partial<Record<Programme['status'], string>> = {
  closed: 'Outcomes being decided',
  decided: 'Every category approved: ready to announce',
  announced: 'Announced',
};

export function directingViewModel(
  programmes: { programme: Programme; categories: { category: Category; outcomes: Outcomes }[] }[],
): DirectingViewModel {
  return {
    pageTitle: 'Outcomes and announcements',
    programmes: programmes.map(({ programme, categories }) => ({
      name: programme.name,
      status: PROGRAMME_STATUS[programme.status] ?? programme.status,
      announcementHref: announcementHref(programme.id),
      categories: categories.map(({ category, outcomes }) => ({
        name: category.name,
        href: outcomesHref(category.id),
        status: OUTCOMES_STATUS[outcomes.status],
      })),
    })),
  };
}

// --- a category's outcomes to approve -----------------------------------------------------------

export interface OutcomesForm {
  action: string;
  version: string;
  comment: string;
}

export function readOutcomesForm(body: Record<string, unknown>): OutcomesForm {
  const text = (name: string) => (typeof body[name] === 'string' ? body[name] : '');
  return { action: text('action'), version: text('version'), comment: text('comment') };
}

/** How many of the ranking the results summary shows. */
export const RESULTS_SHOWN = 5;

export interface OutcomesViewModel {
  pageTitle: string;
  programmeName: string;
  categoryName: string;
  action: string;
  backHref: string;
  status: { text: string; colour: string };
  /** The proposal may be acted on: the forms are shown. */
  decidable: boolean;
  version: number;
  proposed?: string;
  decided?: string;
  returnComment?: string;
  minutes: string;
  outcomes: {
    kind: string;
    nominee: string;
    reference: string;
    citation: string;
    rationale: string;
    tieBreakReason?: string;
  }[];
  results: {
    progress: string;
    top: {
      rank: string;
      reference: string;
      nominee: string;
      weightedScore: string;
      normalisedRank: string;
      flags: string;
    }[];
    explanation: string[];
  };
  comment: string;
  /** After a stale approval: the proposal shown is the new one. */
  stale: boolean;
  errors?: PageErrors;
}

const score = (value: number | null) => (value === null ? 'Not scored' : `${value.toFixed(1)}%`);

export function outcomesViewModel(input: {
  programme: Programme;
  category: Category;
  outcomes: Outcomes;
  results: Results;
  comment?: string;
  stale?: boolean;
  errors?: PageErrors;
}): OutcomesViewModel {
  const { programme, category, outcomes, results } = input;
  const zone = programme.timeZone;
  const ranked = [...results.nominations]
    .filter((n) => n.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .slice(0, RESULTS_SHOWN);
  return {
    pageTitle: `Outcomes for the ${category.name}`,
    programmeName: programme.name,
    categoryName: category.name,
    action: outcomesHref(category.id),
    backHref: '/directing',
    status: OUTCOMES_STATUS[outcomes.status],
    decidable: outcomes.status === 'proposed',
    version: outcomes.version,
    ...(outcomes.proposed ? { proposed: formatDateTime(outcomes.proposed.at, zone) } : {}),
    ...(outcomes.decided ? { decided: formatDateTime(outcomes.decided.at, zone) } : {}),
    ...(outcomes.returnComment ? { returnComment: outcomes.returnComment } : {}),
    minutes: outcomes.minutes,
    outcomes: outcomes.outcomes.map((o) => ({
      kind: KIND_LABEL[o.kind],
      nominee: o.nomineeName ?? o.reference,
      reference: o.reference,
      citation: o.citation,
      rationale: o.rationale,
      ...(o.tieBreakReason ? { tieBreakReason: o.tieBreakReason } : {}),
    })),
    results: {
      progress: `${results.progress.submitted} of ${results.progress.expected} scorecards submitted`,
      top: ranked.map((n) => ({
        rank: String(n.rank),
        reference: n.reference,
        nominee: n.nomineeName ?? n.reference,
        weightedScore: score(n.weightedScore),
        normalisedRank: n.normalisedRank === null ? '–' : String(n.normalisedRank),
        flags: [n.tie.raw ? 'Tie' : '', n.disagreement ? 'Judges disagree' : ''].filter(Boolean).join(', '),
      })),
      explanation: results.explanation,
    },
    comment: input.comment ?? '',
    stale: input.stale ?? false,
    errors: input.errors,
  };
}

/** The API's refusal on this page: a returned comment's problem is the comment field's. */
export function outcomesErrors(error: ApiError, form: OutcomesForm): PageErrors {
  if (form.action === 'return' && error.status === 400 && /^comment\b/.test(error.message)) {
    return { summary: [{ text: error.message, href: '#comment' }], fields: { comment: { text: error.message } } };
  }
  return { summary: [{ text: error.message }], fields: {} };
}

// --- the announcement ---------------------------------------------------------------------------

export interface ScheduleForm {
  day: string;
  month: string;
  year: string;
  time: string;
}

export function readScheduleForm(body: Record<string, unknown>): ScheduleForm {
  const text = (name: string) => (typeof body[name] === 'string' ? body[name].trim() : '');
  return { day: text('day'), month: text('month'), year: text('year'), time: text('time') };
}

export const DATE_ID = 'announcementDate';
export const TIME_ID = 'time';
const PARTS = ['day', 'month', 'year'] as const;

// Moved to format/ so the coordinator's programme dates read times the same way.
export { readTime };

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * The form as the local date and time the API reads in the programme's time zone
 * (`2027-03-21T10:00`), or what is missing from it. Whether the date exists and is to come is
 * the API's to say.
 */
export function announcementAt(form: ScheduleForm): { at: string } | { errors: PageErrors } {
  const summary: PageErrors['summary'] = [];
  const fields: PageErrors['fields'] = {};
  const missing = PARTS.filter((p) => !form[p]);
  const notNumbers = PARTS.filter((p) => form[p] && !/^\d+$/.test(form[p]));
  // The first bad part is the one the summary links to and marks.
  let dateProblem: { text: string; part: (typeof PARTS)[number] } | undefined;
  if (missing.length === 3) dateProblem = { text: 'Enter the date of the announcement', part: 'day' };
  else if (missing.length)
    dateProblem = { text: `The date of the announcement must include a ${missing.join(' and a ')}`, part: missing[0] };
  else if (notNumbers.length || form.year.length !== 4)
    dateProblem = {
      text: 'The date of the announcement must be a real date, in numbers, like 21 3 2027',
      part: notNumbers[0] ?? 'year',
    };
  if (dateProblem) {
    summary.push({ text: dateProblem.text, href: `#${DATE_ID}-${dateProblem.part}` });
    fields[DATE_ID] = { text: dateProblem.text };
    fields[dateProblem.part] = { text: dateProblem.text };
  }
  const time = readTime(form.time);
  if (!time) {
    const text = form.time
      ? 'Enter a real time, like 10:00 or 10am'
      : 'Enter the time of the announcement, like 10:00 or 10am';
    summary.push({ text, href: `#${TIME_ID}` });
    fields[TIME_ID] = { text };
  }
  if (summary.length || !time) return { errors: { summary, fields } };
  return {
    at: `${pad(Number(form.year), 4)}-${pad(Number(form.month))}-${pad(Number(form.day))}T${pad(time.hour)}:${pad(time.minute)}${time.second === undefined ? '' : `:${pad(time.second)}`}`,
  };
}

/** The API's refusal of a time: about the date unless it names the time of day. */
export function scheduleErrors(error: ApiError): PageErrors {
  if (error.code === 'announcement.invalid_time' || error.code === 'announcement.past') {
    const href = /time of day/.test(error.message) ? `#${TIME_ID}` : `#${DATE_ID}-day`;
    const field = href === `#${TIME_ID}` ? TIME_ID : DATE_ID;
    return {
      summary: [{ text: error.message, href }],
      fields: { [field]: { text: error.message }, ...(field === DATE_ID ? { day: { text: error.message } } : {}) },
    };
  }
  return { summary: [{ text: error.message }], fields: {} };
}

export interface AnnouncementViewModel {
  pageTitle: string;
  programmeName: string;
  action: string;
  backHref: string;
  /** Every category approved: the announcement may be scheduled. */
  ready: boolean;
  notApproved: { name: string; href: string; status: string }[];
  state: 'none' | 'scheduled' | 'published';
  scheduledFor?: string;
  publishedAt?: string;
  timeZoneName: string;
  form: ScheduleForm;
  /** The "announce now" confirmation step. */
  confirmNow: boolean;
  previewHref: string;
  winnersHref: string;
  certificates: { fileName: string; href: string }[];
  messages?: { sent: number; failed: number; pending: number };
  errors?: PageErrors;
}

/** The form's fields, filled with the scheduled time read in the programme's zone. */
function formAt(at: string | Date, timeZone: string): ScheduleForm {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(typeof at === 'string' ? new Date(at) : at)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  const n = (part: string) => String(Number(parts[part]));
  return { day: n('day'), month: n('month'), year: parts.year, time: `${parts.hour}:${parts.minute}` };
}

export function announcementViewModel(input: {
  programme: Programme;
  categories: { category: Category; outcomes: Outcomes }[];
  announcement: Announcement | null;
  certificates?: Certificate[];
  form?: ScheduleForm;
  confirmNow?: boolean;
  errors?: PageErrors;
}): AnnouncementViewModel {
  const { programme, announcement } = input;
  const zone = programme.timeZone;
  const id = programme.id;
  const state =
    announcement?.status === 'published' ? 'published' : announcement?.status === 'scheduled' ? 'scheduled' : 'none';
  const ready = programme.status === 'decided' || programme.status === 'announced';
  return {
    pageTitle: 'The announcement',
    programmeName: programme.name,
    action: announcementHref(id),
    backHref: '/directing',
    ready,
    notApproved: input.categories
      .filter(({ outcomes }) => outcomes.status !== 'approved')
      .map(({ category, outcomes }) => ({
        name: category.name,
        href: outcomesHref(category.id),
        status: OUTCOMES_STATUS[outcomes.status].text,
      })),
    state,
    ...(state === 'scheduled' && announcement ? { scheduledFor: inZone(announcement.at, zone) } : {}),
    ...(state === 'published' && announcement?.publishedAt
      ? { publishedAt: inZone(announcement.publishedAt, zone) }
      : {}),
    timeZoneName: zone === 'Europe/London' ? 'UK time' : zone,
    form:
      input.form ??
      (state === 'scheduled' && announcement
        ? formAt(announcement.at, zone)
        : { day: '', month: '', year: '', time: '' }),
    confirmNow: input.confirmNow ?? false,
    previewHref: `${announcementHref(id)}/preview`,
    winnersHref: `/winners/${id}`,
    certificates: (input.certificates ?? []).map((c) => ({
      fileName: c.fileName,
      href: `/directing/programmes/${id}/certificates/${c.nominationId}`,
    })),
    ...(announcement?.messages ? { messages: announcement.messages } : {}),
    errors: input.errors,
  };
}

// --- the preview --------------------------------------------------------------------------------

const MESSAGE_KIND: Record<string, string> = {
  'outcomes.awarded': 'To a winner or commended nominee',
  'outcomes.nominator': 'To the nominator of a winner or commended nominee',
  'outcomes.thanks_nominee': 'To a nominee without an award',
  'outcomes.thanks_nominator': 'To the nominator of a nominee without an award',
  'outcomes.judges': 'To a judge',
};

export interface PreviewViewModel {
  pageTitle: string;
  programmeName: string;
  backHref: string;
  publishes: string;
  /** The announcement's own HTML (escaped by the API's renderer), its headings one level down under this page's. */
  html: string;
  messageCount: number;
  messages: { to: string; subject: string; text: string }[];
}

/** The body of the published page, inside this page: its h1 becomes an h2, its h2s h3s. */
export function embeddedAnnouncement(html: string): string {
  const main = /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return main.replace(/<(\/?)h2\b/g, '<$1h3').replace(/<(\/?)h1\b/g, '<$1h2');
}

export function previewViewModel(programme: Programme, preview: AnnouncementPreview): PreviewViewModel {
  return {
    pageTitle: 'Preview of the announcement',
    programmeName: programme.name,
    backHref: announcementHref(programme.id),
    publishes:
      preview.status === 'published'
        ? `Published ${inZone(preview.at, programme.timeZone)}`
        : preview.status === 'scheduled'
          ? `To be published ${inZone(preview.at, programme.timeZone)}`
          : 'Not scheduled yet: shown as if it were published now',
    html: embeddedAnnouncement(preview.html),
    messageCount: preview.messages.length,
    messages: preview.messages.map((m) => ({
      to: MESSAGE_KIND[m.kind] ?? m.kind,
      subject: m.subject,
      text: m.text,
    })),
  };
}

// --- the public winners page --------------------------------------------------------------------

export interface WinnersViewModel {
  pageTitle: string;
  announced: string;
  categories: { name: string; awards: { kind: string; who: string; citation: string[] }[]; noAward: boolean }[];
}

/** The API gives the name only with consent; otherwise the page credits the team or service. */
function who(award: PublicWinners['categories'][number]['awards'][number]): string {
  const name = award.nomineeName?.trim();
  const team = award.team?.trim();
  if (name) return team ? `${name}, ${team}` : name;
  return team ? `A colleague in ${team}` : 'A colleague';
}

const RANK: Record<OutcomeKind, number> = { winner: 0, runner_up: 1, highly_commended: 2 };

export function winnersViewModel(winners: PublicWinners): WinnersViewModel {
  return {
    pageTitle: `${winners.programme.name}: the winners`,
    announced: formatDateTime(winners.publishedAt, winners.programme.timeZone).replace(/ at .*$/, ''),
    categories: winners.categories.map((c) => ({
      name: c.name,
      noAward: c.awards.length === 0,
      awards: [...c.awards]
        .sort((a, b) => RANK[a.kind] - RANK[b.kind])
        .map((a) => ({
          kind: KIND_LABEL[a.kind],
          who: who(a),
          citation: a.citation.split(/\n\s*\n/).filter((p) => p.trim()),
        })),
    })),
  };
}
