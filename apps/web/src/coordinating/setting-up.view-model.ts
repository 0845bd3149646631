import type { ApiError, PageErrors } from '../api-client/api-error';
import { toPageErrors } from '../api-client/api-error';
import { formatDateTime } from '../format/date';
import { inputsOf, readDateTime, zonedInstant, type DateTimeForm } from '../format/date-input';
import type { Category, CategoryFields, Programme, ProgrammeFields, Readiness } from './setting-up-api';

const text = (body: Record<string, unknown>, name: string): string =>
  typeof body[name] === 'string' ? body[name].trim() : '';

const STATUS: Record<Programme['status'], { text: string; colour: string }> = {
  draft: { text: 'Draft', colour: 'grey' },
  open: { text: 'Open for nominations', colour: 'green' },
  closed: { text: 'Closed', colour: 'orange' },
  decided: { text: 'Decided', colour: 'purple' },
  announced: { text: 'Announced', colour: 'blue' },
  archived: { text: 'Archived', colour: 'grey' },
};

/**
 * The API's validation refusal names no field in `details`, only in its message: each part
 * ("evidenceMaxBytes must be …; name must be …") starts with the property. A part whose property
 * is on this form goes on that field too; the rest stay in the summary alone.
 */
function withValidationFields(error: ApiError, errors: PageErrors, idOf: (field: string) => string | undefined) {
  if (Object.keys(errors.fields).length || error.details !== undefined) return errors;
  const parts = error.message.split('; ');
  const fields: PageErrors['fields'] = {};
  const summary = parts.map((text) => {
    const id = idOf(/^([\w.]+) /.exec(text)?.[1] ?? '');
    if (!id) return { text };
    fields[id] = { text };
    return { text, href: `#${id}` };
  });
  return { summary, fields };
}

// --- the coordinator's start page ---------------------------------------------------------------

export interface CoordinatingViewModel {
  pageTitle: string;
  programmes: {
    name: string;
    status: { text: string; colour: string };
    opens: string;
    closes: string;
    links: { href: string; text: string }[];
    categories: { name: string; links: { href: string; text: string }[] }[];
  }[];
  newHref: string;
  notificationsHref: string;
  /** The queue dashboard (Bull Board), through the web session. */
  queuesHref: string;
}

export function coordinatingViewModel(
  items: { programme: Programme; categories: Category[] }[],
): CoordinatingViewModel {
  return {
    pageTitle: 'Run the awards',
    newHref: '/coordinating/programmes/new',
    notificationsHref: '/coordinating/notifications',
    queuesHref: '/coordinating/queues',
    programmes: items.map(({ programme: p, categories }) => ({
      name: p.name,
      status: STATUS[p.status],
      opens: formatDateTime(p.nominationsOpenAt, p.timeZone),
      closes: formatDateTime(p.nominationsCloseAt, p.timeZone),
      links: [
        { href: `/coordinating/programmes/${p.id}`, text: `Change ${p.name}` },
        { href: `/coordinating/programmes/${p.id}/check`, text: 'Check before you open' },
        ...(p.status === 'draft'
          ? [{ href: `/coordinating/programmes/${p.id}/open`, text: 'Open for nominations' }]
          : []),
        ...(p.status === 'open' ? [{ href: `/coordinating/programmes/${p.id}/close`, text: 'Close nominations' }] : []),
        { href: `/coordinating/programmes/${p.id}/copy`, text: 'Copy into a new programme' },
        { href: `/coordinating/programmes/${p.id}/dashboard`, text: `Dashboard of ${p.name}` },
        { href: `/coordinating/programmes/${p.id}/exports`, text: `Exports of ${p.name}` },
      ],
      categories: categories.map((c) => ({
        name: c.name,
        links: [
          { href: `/coordinating/categories/${c.id}`, text: `Change ${c.name}` },
          { href: `/coordinating/categories/${c.id}/screening`, text: `Screen ${c.name}` },
          { href: `/coordinating/categories/${c.id}/panel`, text: `Panel of ${c.name}` },
        ],
      })),
    })),
  };
}

// --- a programme ----------------------------------------------------------------------------------

export interface ProgrammeForm {
  name: string;
  description: string;
  referencePrefix: string;
  timeZone: string;
  opens: DateTimeForm;
  closes: DateTimeForm;
  judgingCloses: DateTimeForm;
  announcement: DateTimeForm;
  blindJudging: string;
  notifyNominee: string;
  retentionMonths: string;
  consentWording: string;
  /** The trust's own case or patient identifiers for the privacy check, one row each. */
  identifiers: IdentifierRow[];
  version: string;
}

export interface IdentifierRow {
  label: string;
  pattern: string;
}

/** As many as the API takes (MAX_LOCAL_IDENTIFIERS). */
export const MAX_IDENTIFIERS = 10;
const emptyIdentifier = (): IdentifierRow => ({ label: '', pattern: '' });

/** What the programme form's submit button asked: save, add an identifier row, or remove row n. */
export function readProgrammeAction(body: Record<string, unknown>): 'save' | 'add' | number {
  const button = text(body, 'action');
  const remove = /^remove-identifier-(\d+)$/.exec(button);
  return button === 'add-identifier' ? 'add' : remove ? Number(remove[1]) : 'save';
}

/** An identifier row added (at the end, up to 10) or removed, without JavaScript: the form comes back with it. */
export function withIdentifierRows(form: ProgrammeForm, action: 'add' | number): ProgrammeForm {
  if (action === 'add')
    return { ...form, identifiers: [...form.identifiers, emptyIdentifier()].slice(0, MAX_IDENTIFIERS) };
  const identifiers = form.identifiers.filter((_r, i) => i !== action);
  return { ...form, identifiers: identifiers.length ? identifiers : [emptyIdentifier()] };
}

/** The date input names its parts `opens[day]` (the body parser keeps such names flat); the time field is `opens-time`. */
const dateTimeOf = (body: Record<string, unknown>, prefix: string): DateTimeForm => ({
  day: text(body, `${prefix}[day]`),
  month: text(body, `${prefix}[month]`),
  year: text(body, `${prefix}[year]`),
  time: text(body, `${prefix}-time`),
});

export function readProgrammeForm(body: Record<string, unknown>): ProgrammeForm {
  return {
    name: text(body, 'name'),
    description: text(body, 'description'),
    referencePrefix: text(body, 'referencePrefix').toUpperCase(),
    timeZone: text(body, 'timeZone') || 'Europe/London',
    opens: dateTimeOf(body, 'opens'),
    closes: dateTimeOf(body, 'closes'),
    judgingCloses: dateTimeOf(body, 'judgingCloses'),
    announcement: dateTimeOf(body, 'announcement'),
    blindJudging: text(body, 'blindJudging'),
    notifyNominee: text(body, 'notifyNominee'),
    retentionMonths: text(body, 'retentionMonths'),
    consentWording: text(body, 'consentWording'),
    identifiers: identifiersOf(body),
    version: text(body, 'version'),
  };
}

/** The rows posted: `identifiersCount` of them, each `identifiers-<i>-label` and `-pattern` (A and 9 made capitals). */
function identifiersOf(body: Record<string, unknown>): IdentifierRow[] {
  const count = Math.min(Number(text(body, 'identifiersCount')) || 0, MAX_IDENTIFIERS);
  return Array.from({ length: count }, (_v, i) => ({
    label: text(body, `identifiers-${i}-label`),
    pattern: text(body, `identifiers-${i}-pattern`).toUpperCase(),
  }));
}

export function programmeFormOf(p?: Programme): ProgrammeForm {
  const zone = p?.timeZone ?? 'Europe/London';
  return {
    name: p?.name ?? '',
    description: p?.description ?? '',
    referencePrefix: p?.referencePrefix ?? '',
    timeZone: zone,
    opens: inputsOf(p?.nominationsOpenAt, zone),
    closes: inputsOf(p?.nominationsCloseAt, zone),
    judgingCloses: inputsOf(p?.judgingCloseAt, zone),
    announcement: inputsOf(p?.plannedAnnouncementAt, zone),
    blindJudging: p ? (p.blindJudging ? 'yes' : 'no') : 'no',
    notifyNominee: p ? (p.notifyNomineeOnSubmission ? 'yes' : 'no') : 'no',
    retentionMonths: p ? String(p.retentionMonths) : '24',
    consentWording: p?.publicityConsentWording ?? '',
    identifiers: p?.privacyLocalIdentifiers?.length
      ? p.privacyLocalIdentifiers.map((l) => ({ label: l.label, pattern: l.pattern }))
      : [emptyIdentifier()],
    version: p ? String(p.version) : '',
  };
}

/** The programme's dates; the optional ones may be left wholly empty (sent as null, which clears them). */
const DATES = [
  { prefix: 'opens', field: 'nominationsOpenAt', what: 'the date nominations open', optional: false },
  { prefix: 'closes', field: 'nominationsCloseAt', what: 'the date nominations close', optional: false },
  { prefix: 'judgingCloses', field: 'judgingCloseAt', what: 'the date judging closes', optional: true },
  { prefix: 'announcement', field: 'plannedAnnouncementAt', what: 'the planned announcement date', optional: true },
] as const;

const blank = (d: DateTimeForm) => !d.day && !d.month && !d.year && !d.time;

/** The form as the API's fields, the dates read in the programme's time zone, or what is wrong with it. */
export function programmeFields(form: ProgrammeForm): { fields: ProgrammeFields } | { errors: PageErrors } {
  const summary: PageErrors['summary'] = [];
  const fields: PageErrors['fields'] = {};
  const problem = (id: string, message: string, href = id) => {
    fields[id] = { text: message };
    summary.push({ text: message, href: `#${href}` });
  };
  if (!form.name) problem('name', 'Enter the name of the programme');
  if (!form.referencePrefix) problem('referencePrefix', 'Enter a reference prefix, like SWW27');
  const dates: Partial<Record<(typeof DATES)[number]['field'], string>> = {};
  for (const d of DATES) {
    if (d.optional && blank(form[d.prefix])) continue;
    const read = readDateTime(form[d.prefix], d.what);
    if ('local' in read) {
      dates[d.field] = zonedInstant(read.local, form.timeZone);
      continue;
    }
    if (read.dateError) {
      fields[`${d.prefix}-${read.part}`] = { text: read.dateError };
      problem(d.prefix, read.dateError, `${d.prefix}-${read.part}`);
    }
    if (read.timeError) problem(`${d.prefix}-time`, read.timeError);
  }
  if (form.retentionMonths && !/^\d+$/.test(form.retentionMonths))
    problem('retentionMonths', 'Retention must be a whole number of months, like 24');
  // A row left wholly empty is dropped; one half filled in says what it lacks. The pattern's rule is the API's.
  const identifiers = form.identifiers.filter((r) => r.label || r.pattern);
  form.identifiers.forEach((r, i) => {
    if (r.label && !r.pattern)
      problem(`identifiers-${i}-pattern`, `Enter the pattern of identifier ${i + 1}, like A999999`);
    if (!r.label && r.pattern)
      problem(`identifiers-${i}-label`, `Enter what identifier ${i + 1} is called, like Hospital number`);
  });
  if (summary.length || !dates.nominationsOpenAt || !dates.nominationsCloseAt) return { errors: { summary, fields } };
  return {
    fields: {
      name: form.name,
      description: form.description,
      referencePrefix: form.referencePrefix,
      timeZone: form.timeZone,
      nominationsOpenAt: dates.nominationsOpenAt,
      nominationsCloseAt: dates.nominationsCloseAt,
      judgingCloseAt: dates.judgingCloseAt ?? null,
      plannedAnnouncementAt: dates.plannedAnnouncementAt ?? null,
      publicityConsentWording: form.consentWording,
      blindJudging: form.blindJudging === 'yes',
      notifyNomineeOnSubmission: form.notifyNominee === 'yes',
      privacyLocalIdentifiers: identifiers,
      ...(form.retentionMonths ? { retentionMonths: Number(form.retentionMonths) } : {}),
    },
  };
}

/** The API's refusal of a programme, on the field it is about. */
export function programmeErrors(error: ApiError): PageErrors {
  if (error.code === 'programme.prefix_taken') {
    return {
      summary: [{ text: error.message, href: '#referencePrefix' }],
      fields: { referencePrefix: { text: error.message } },
    };
  }
  const ids: Record<string, string> = {
    name: 'name',
    description: 'description',
    nominationsOpenAt: 'opens',
    nominationsCloseAt: 'closes',
    judgingCloseAt: 'judgingCloses',
    plannedAnnouncementAt: 'announcement',
    timeZone: 'timeZone',
    publicityConsentWording: 'consentWording',
    retentionMonths: 'retentionMonths',
    // Too many rows: on the first (the form offers no more than the API takes).
    privacyLocalIdentifiers: 'identifiers-0-label',
  };
  // The API names a row's field `privacyLocalIdentifiers.0.pattern`; on the form it is `identifiers-0-pattern`.
  const idOf = (field: string) => {
    const row = /^privacyLocalIdentifiers\.(\d+)\.(label|pattern)$/.exec(field);
    return row ? `identifiers-${row[1]}-${row[2]}` : ids[field];
  };
  const errors = withValidationFields(error, toPageErrors(error, ids), idOf);
  // A date's error is on its fieldset; the summary links to its first box.
  const dates = new Set<string>(DATES.map((d) => d.prefix));
  return {
    fields: errors.fields,
    summary: errors.summary.map((s) => (s.href && dates.has(s.href.slice(1)) ? { ...s, href: `${s.href}-day` } : s)),
  };
}

export interface ProgrammeViewModel {
  pageTitle: string;
  action: string;
  form: ProgrammeForm;
  errors?: PageErrors;
  backHref: string;
  buttonText: string;
  /** Fewer identifier rows than the API takes: the page offers another. */
  canAddIdentifier: boolean;
}

export function programmeViewModel(
  form: ProgrammeForm,
  programme?: Programme,
  errors?: PageErrors,
): ProgrammeViewModel {
  return {
    pageTitle: programme ? `Change ${programme.name}` : 'Create a programme',
    action: programme ? `/coordinating/programmes/${programme.id}` : '/coordinating/programmes/new',
    form,
    errors,
    backHref: '/coordinating',
    buttonText: programme ? 'Save the programme' : 'Create the programme',
    canAddIdentifier: form.identifiers.length < MAX_IDENTIFIERS,
  };
}

// --- a category and its criteria ----------------------------------------------------------------

export interface CriterionRow {
  title: string;
  weight: string;
  scaleMax: string;
  wordLimit: string;
  guidance: string;
}

export interface CategoryForm {
  name: string;
  description: string;
  eligibility: string;
  nomineeType: string;
  numberOfWinners: string;
  evidenceMaxFiles: string;
  /** Megabytes, as the coordinator reads and types them; the API takes bytes. */
  evidenceMaxMb: string;
  evidenceTypes: EvidenceType[];
  tieBreakRule: string;
  blindJudging: string;
  notifyNominee: string;
  criteria: CriterionRow[];
  version: string;
}

type EvidenceType = NonNullable<CategoryFields['evidenceTypes']>[number];

/** The API's evidence types in plain words; typed by the API's own list, so a new type fails to compile here. */
export const EVIDENCE_TYPE_NAMES: Record<EvidenceType, string> = {
  pdf: 'PDF',
  docx: 'Word document (.docx)',
  png: 'PNG image',
  jpeg: 'JPEG photo',
  text: 'Plain text (.txt)',
};
const EVIDENCE_TYPES = Object.keys(EVIDENCE_TYPE_NAMES) as EvidenceType[];
const MB = 1024 * 1024;

/** A checkbox group posts nothing, one value or several. */
const checked = (body: Record<string, unknown>, name: string): string[] => {
  const value = body[name];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
};

const emptyRow = (): CriterionRow => ({ title: '', weight: '', scaleMax: '10', wordLimit: '300', guidance: '' });
const isEmpty = (r: CriterionRow) => !r.title && !r.weight && !r.guidance;

/** The form, and what its submit button asked: save, add a row, or remove row n. */
export function readCategoryForm(body: Record<string, unknown>): {
  form: CategoryForm;
  action: 'save' | 'add' | number;
} {
  const count = Math.min(Number(text(body, 'criteriaCount')) || 0, 10);
  const criteria: CriterionRow[] = [];
  for (let i = 0; i < count; i += 1) {
    criteria.push({
      title: text(body, `criteria-${i}-title`),
      weight: text(body, `criteria-${i}-weight`),
      scaleMax: text(body, `criteria-${i}-scaleMax`),
      wordLimit: text(body, `criteria-${i}-wordLimit`),
      guidance: text(body, `criteria-${i}-guidance`),
    });
  }
  const button = text(body, 'action');
  const remove = /^remove-(\d+)$/.exec(button);
  return {
    form: {
      name: text(body, 'name'),
      description: text(body, 'description'),
      eligibility: text(body, 'eligibility'),
      nomineeType: text(body, 'nomineeType') || 'individual',
      numberOfWinners: text(body, 'numberOfWinners'),
      evidenceMaxFiles: text(body, 'evidenceMaxFiles'),
      evidenceMaxMb: text(body, 'evidenceMaxMb'),
      evidenceTypes: EVIDENCE_TYPES.filter((t) => checked(body, 'evidenceTypes').includes(t)),
      tieBreakRule: text(body, 'tieBreakRule') || 'normalised_then_chair',
      blindJudging: text(body, 'blindJudging') || 'programme',
      notifyNominee: text(body, 'notifyNominee') || 'programme',
      criteria,
      version: text(body, 'version'),
    },
    action: button === 'add' ? 'add' : remove ? Number(remove[1]) : 'save',
  };
}

const setting = (value: boolean | null | undefined) =>
  value === null || value === undefined ? 'programme' : value ? 'yes' : 'no';

export function categoryFormOf(c?: Category): CategoryForm {
  return {
    name: c?.name ?? '',
    description: c?.description ?? '',
    eligibility: c?.eligibility ?? '',
    nomineeType: c?.nomineeType ?? 'individual',
    numberOfWinners: c ? String(c.numberOfWinners) : '1',
    evidenceMaxFiles: c ? String(c.evidenceMaxFiles) : '3',
    // To a tenth of a megabyte, without a trailing ".0".
    evidenceMaxMb: c ? String(Math.round((c.evidenceMaxBytes / MB) * 10) / 10) : '10',
    evidenceTypes: c ? EVIDENCE_TYPES.filter((t) => c.evidenceTypes.includes(t)) : [...EVIDENCE_TYPES],
    tieBreakRule: c?.tieBreakRule ?? 'normalised_then_chair',
    blindJudging: setting(c?.blindJudging),
    notifyNominee: setting(c?.notifyNominee),
    criteria: c?.criteria?.length
      ? c.criteria.map((k) => ({
          title: k.title,
          weight: String(k.weight),
          scaleMax: String(k.scaleMax),
          wordLimit: String(k.wordLimit),
          guidance: k.guidance,
        }))
      : [emptyRow()],
    version: c ? String(c.version) : '',
  };
}

/** A row added (at the end) or removed, without JavaScript: the form comes back with it. */
export function withRows(form: CategoryForm, action: 'add' | number): CategoryForm {
  if (action === 'add') return { ...form, criteria: [...form.criteria, emptyRow()].slice(0, 10) };
  return { ...form, criteria: form.criteria.filter((_r, i) => i !== action) };
}

const intOrUndefined = (value: string) => (/^\d+$/.test(value) ? Number(value) : undefined);
const tri = (value: string) => (value === 'yes' ? true : value === 'no' ? false : null);

/** The form as the API's fields (rows left wholly empty are dropped), or what is wrong with it. */
export function categoryFields(form: CategoryForm): { fields: CategoryFields } | { errors: PageErrors } {
  const summary: PageErrors['summary'] = [];
  const fields: PageErrors['fields'] = {};
  const problem = (id: string, message: string) => {
    fields[id] = { text: message };
    summary.push({ text: message, href: `#${id}` });
  };
  if (!form.name) problem('name', 'Enter the name of the category');
  const rows = form.criteria.map((r, i) => ({ r, i })).filter(({ r }) => !isEmpty(r));
  for (const { r, i } of rows) {
    const n = i + 1;
    if (!r.title) problem(`criteria-${i}-title`, `Enter the title of criterion ${n}`);
    for (const [key, label] of [
      ['weight', 'weight'],
      ['scaleMax', 'highest score'],
      ['wordLimit', 'word limit'],
    ] as const) {
      if (intOrUndefined(r[key]) === undefined)
        problem(`criteria-${i}-${key}`, `The ${label} of criterion ${n} must be a whole number`);
    }
  }
  if (form.evidenceMaxMb && !/^\d+(\.\d+)?$/.test(form.evidenceMaxMb))
    problem('evidenceMaxMb', 'The largest file size must be a number of megabytes, like 10 or 2.5');
  if (summary.length) return { errors: { summary, fields } };
  return {
    fields: {
      name: form.name,
      description: form.description,
      eligibility: form.eligibility,
      nomineeType: form.nomineeType === 'team' ? 'team' : 'individual',
      numberOfWinners: intOrUndefined(form.numberOfWinners),
      evidenceMaxFiles: intOrUndefined(form.evidenceMaxFiles),
      ...(form.evidenceMaxMb ? { evidenceMaxBytes: Math.round(Number(form.evidenceMaxMb) * MB) } : {}),
      evidenceTypes: form.evidenceTypes,
      tieBreakRule: form.tieBreakRule === 'chair' ? 'chair' : 'normalised_then_chair',
      blindJudging: tri(form.blindJudging),
      notifyNominee: tri(form.notifyNominee),
      criteria: rows.map(({ r }) => ({
        title: r.title,
        weight: Number(r.weight),
        scaleMax: Number(r.scaleMax),
        wordLimit: Number(r.wordLimit),
        guidance: r.guidance,
      })),
    },
  };
}

/** The API's refusal of a category: validation names fields such as `criteria.0.weight`. */
export function categoryErrors(error: ApiError): PageErrors {
  const ids: Record<string, string> = { evidenceMaxBytes: 'evidenceMaxMb' };
  const onForm = new Set([
    'name',
    'description',
    'eligibility',
    'numberOfWinners',
    'evidenceMaxFiles',
    'evidenceTypes',
  ]);
  const errors = withValidationFields(
    error,
    toPageErrors(error, ids),
    (field) => ids[field] ?? (onForm.has(field) || /^criteria\.\d+\.\w+$/.test(field) ? field : undefined),
  );
  const fields: PageErrors['fields'] = {};
  for (const [id, message] of Object.entries(errors.fields))
    fields[id.replace(/^criteria\.(\d+)\./, 'criteria-$1-')] = message;
  return {
    fields,
    summary: errors.summary.map((s) => ({ ...s, href: s.href?.replace(/^#criteria\.(\d+)\./, '#criteria-$1-') })),
  };
}

export interface CategoryViewModel {
  pageTitle: string;
  programmeName: string;
  action: string;
  form: CategoryForm;
  errors?: PageErrors;
  backHref: string;
  /** The programme's own settings, so "use the programme's setting" says what it is. */
  programmeBlind: string;
  programmeNotify: string;
  evidenceTypeItems: { value: string; text: string; checked: boolean }[];
}

export function categoryViewModel(input: {
  programme: Programme;
  category?: Category;
  form: CategoryForm;
  errors?: PageErrors;
}): CategoryViewModel {
  const { programme, category } = input;
  return {
    pageTitle: category ? `Change ${category.name}` : 'Add a category',
    programmeName: programme.name,
    action: category
      ? `/coordinating/categories/${category.id}`
      : `/coordinating/programmes/${programme.id}/categories/new`,
    form: input.form,
    errors: input.errors,
    backHref: `/coordinating/programmes/${programme.id}/check`,
    programmeBlind: programme.blindJudging ? 'judged blind' : 'not judged blind',
    programmeNotify: programme.notifyNomineeOnSubmission ? 'the nominee is told' : 'the nominee is not told',
    evidenceTypeItems: EVIDENCE_TYPES.map((t) => ({
      value: t,
      text: EVIDENCE_TYPE_NAMES[t],
      checked: input.form.evidenceTypes.includes(t),
    })),
  };
}

// --- check before you open, open, close, copy ----------------------------------------------------

export interface CheckViewModel {
  pageTitle: string;
  programmeName: string;
  status: { text: string; colour: string };
  ready: boolean;
  problems: { text: string; href?: string }[];
  warnings: { text: string; href?: string }[];
  categories: { name: string; href: string; criteria: number }[];
  addCategoryHref: string;
  changeHref: string;
  openHref?: string;
}

export function checkViewModel(programme: Programme, readiness: Readiness, categories: Category[]): CheckViewModel {
  const link = (item: Readiness['problems'][number]) => ({
    text: item.message,
    href: item.categoryId
      ? `/coordinating/categories/${item.categoryId}${item.code === 'category.no_panel' ? '/panel' : ''}`
      : item.code === 'programme.no_categories'
        ? `/coordinating/programmes/${programme.id}/categories/new`
        : `/coordinating/programmes/${programme.id}`,
  });
  return {
    pageTitle: 'Check before you open',
    programmeName: programme.name,
    status: STATUS[programme.status],
    ready: readiness.ready,
    problems: readiness.problems.map(link),
    warnings: readiness.warnings.map(link),
    categories: categories.map((c) => ({
      name: c.name,
      href: `/coordinating/categories/${c.id}`,
      criteria: c.criteria?.length ?? 0,
    })),
    addCategoryHref: `/coordinating/programmes/${programme.id}/categories/new`,
    changeHref: `/coordinating/programmes/${programme.id}`,
    openHref: programme.status === 'draft' ? `/coordinating/programmes/${programme.id}/open` : undefined,
  };
}

export interface TransitionViewModel {
  pageTitle: string;
  programmeName: string;
  action: string;
  backHref: string;
  opens: string;
  closes: string;
  errors?: PageErrors;
}

export function transitionViewModel(
  programme: Programme,
  to: 'open' | 'close',
  errors?: PageErrors,
): TransitionViewModel {
  return {
    pageTitle: to === 'open' ? `Open ${programme.name} for nominations` : `Close nominations for ${programme.name}`,
    programmeName: programme.name,
    action: `/coordinating/programmes/${programme.id}/${to}`,
    backHref: `/coordinating/programmes/${programme.id}/check`,
    opens: formatDateTime(programme.nominationsOpenAt, programme.timeZone),
    closes: formatDateTime(programme.nominationsCloseAt, programme.timeZone),
    errors,
  };
}

/** Opening refused: each problem in the summary, linking to where it is put right. */
export function openErrors(programme: Programme, error: ApiError): PageErrors {
  const problems = (error.details as { problems?: Readiness['problems'] } | undefined)?.problems;
  if (!problems?.length) return { summary: [{ text: error.message }], fields: {} };
  return {
    summary: checkViewModel(programme, { programmeId: programme.id, ready: false, problems, warnings: [] }, [])
      .problems,
    fields: {},
  };
}

export interface CopyForm {
  name: string;
  referencePrefix: string;
}

export const readCopyForm = (body: Record<string, unknown>): CopyForm => ({
  name: text(body, 'name'),
  referencePrefix: text(body, 'referencePrefix').toUpperCase(),
});

export function copyErrors(form: CopyForm, error?: ApiError): PageErrors | undefined {
  if (error) {
    if (error.code === 'programme.prefix_taken')
      return {
        summary: [{ text: error.message, href: '#referencePrefix' }],
        fields: { referencePrefix: { text: error.message } },
      };
    return toPageErrors(error);
  }
  const summary: PageErrors['summary'] = [];
  const fields: PageErrors['fields'] = {};
  if (!form.name) {
    summary.push({ text: 'Enter the name of the new programme', href: '#name' });
    fields.name = { text: 'Enter the name of the new programme' };
  }
  if (!form.referencePrefix) {
    summary.push({ text: 'Enter a reference prefix for the new programme, like SWW28', href: '#referencePrefix' });
    fields.referencePrefix = { text: 'Enter a reference prefix for the new programme, like SWW28' };
  }
  return summary.length ? { summary, fields } : undefined;
}

export interface CopyViewModel {
  pageTitle: string;
  programmeName: string;
  action: string;
  backHref: string;
  categories: string[];
  form: CopyForm;
  errors?: PageErrors;
}

export function copyViewModel(
  programme: Programme,
  categories: Category[],
  form: CopyForm,
  errors?: PageErrors,
): CopyViewModel {
  return {
    pageTitle: `Copy ${programme.name}`,
    programmeName: programme.name,
    action: `/coordinating/programmes/${programme.id}/copy`,
    backHref: '/coordinating',
    categories: categories.map((c) => c.name),
    form,
    errors,
  };
}
