import { ApiError, toPageErrors, type PageErrors } from '../api-client/api-error';
import { formatDateTime } from '../format/date';
import type { Category, Criterion, Nomination, PrivacyFinding, Programme } from './nominations-api';

/** The words the design system's file types read as. */
const TYPE_NAMES: Record<Category['evidenceTypes'][number], string> = {
  pdf: 'PDF',
  docx: 'Word document (.docx)',
  png: 'PNG image',
  jpeg: 'JPEG image',
  text: 'text file (.txt)',
};

/** How each status reads to its nominator, and its tag's colour. */
const STATUS: Record<Nomination['status'], { text: string; colour: string }> = {
  draft: { text: 'Draft', colour: 'grey' },
  submitted: { text: 'Submitted', colour: 'blue' },
  eligible: { text: 'Eligible for judging', colour: 'green' },
  ineligible: { text: 'Not eligible', colour: 'red' },
  withdrawn: { text: 'Withdrawn', colour: 'orange' },
};

const CONSENT: Record<Nomination['publicityConsent'], string> = {
  given: 'Yes, they agreed',
  refused: 'No, they do not want to be named',
  not_asked: 'I have not asked them',
};

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

const criteriaOf = (category: Category): Criterion[] =>
  [...(category.criteria ?? [])].sort((a, b) => a.position - b.position);

const statementField = (criterionId: string) => `statement-${criterionId}`;

// --- choose a category ------------------------------------------------------------------------

export interface ChooseCategoryViewModel {
  pageTitle: string;
  programmes: {
    name: string;
    description: string;
    closes: string;
    categories: {
      name: string;
      description: string;
      eligibility: string;
      forTeams: boolean;
      startHref: string;
      criteria: { title: string; guidance: string; wordLimit: number }[];
    }[];
  }[];
}

export function chooseCategoryViewModel(
  open: { programme: Programme; categories: Category[] }[],
): ChooseCategoryViewModel {
  return {
    pageTitle: 'Choose an award',
    programmes: open.map(({ programme, categories }) => ({
      name: programme.name,
      description: programme.description,
      closes: formatDateTime(programme.nominationsCloseAt, programme.timeZone),
      categories: categories.map((c) => ({
        name: c.name,
        description: c.description,
        eligibility: c.eligibility,
        forTeams: c.nomineeType === 'team',
        startHref: `/categories/${c.id}/nominate`,
        criteria: criteriaOf(c).map((k) => ({ title: k.title, guidance: k.guidance, wordLimit: k.wordLimit })),
      })),
    })),
  };
}

// --- the nominee ------------------------------------------------------------------------------

/** What the nominee page's form posts (urlencoded, flat names). */
export interface NomineeForm {
  nomineeName: string;
  nomineeEmail: string;
  nomineeJobTitle: string;
  nomineeTeam: string;
  teamMembers: string;
  relationship: string;
  publicityConsent: string;
  version?: string;
}

export function readNomineeForm(body: Record<string, unknown>): NomineeForm {
  const text = (name: string) => (typeof body[name] === 'string' ? body[name] : '');
  return {
    nomineeName: text('nomineeName'),
    nomineeEmail: text('nomineeEmail'),
    nomineeJobTitle: text('nomineeJobTitle'),
    nomineeTeam: text('nomineeTeam'),
    teamMembers: text('teamMembers'),
    relationship: text('relationship'),
    publicityConsent: text('publicityConsent'),
    version: text('version') || undefined,
  };
}

/** One member a line, "Name, e-mail" (the e-mail may be left out). */
export function parseTeamMembers(lines: string): { name: string; email?: string }[] {
  return lines
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const comma = line.lastIndexOf(',');
      const maybeEmail = comma >= 0 ? line.slice(comma + 1).trim() : '';
      if (maybeEmail.includes('@')) return { name: line.slice(0, comma).trim(), email: maybeEmail };
      return { name: line };
    });
}

/** The form as the API reads it; empty optional answers are left out, so the API's own rules apply. */
export function nomineeBody(form: NomineeForm, category: Category) {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    nominee: {
      name: form.nomineeName.trim(),
      email: optional(form.nomineeEmail),
      jobTitle: optional(form.nomineeJobTitle),
      team: optional(form.nomineeTeam),
    },
    ...(category.nomineeType === 'team' ? { teamMembers: parseTeamMembers(form.teamMembers) } : {}),
    relationship: optional(form.relationship) ?? null,
    ...(isConsent(form.publicityConsent) ? { publicityConsent: form.publicityConsent } : {}),
  };
}

const isConsent = (value: string): value is Nomination['publicityConsent'] =>
  value === 'given' || value === 'refused' || value === 'not_asked';

export function nomineeFormFrom(nomination: Nomination): NomineeForm {
  return {
    nomineeName: nomination.nominee.name ?? '',
    nomineeEmail: nomination.nominee.email ?? '',
    nomineeJobTitle: nomination.nominee.jobTitle ?? '',
    nomineeTeam: nomination.nominee.team ?? '',
    teamMembers: nomination.teamMembers.map((m) => (m.email ? `${m.name}, ${m.email}` : m.name)).join('\n'),
    relationship: nomination.relationship ?? '',
    publicityConsent: nomination.publicityConsent,
    version: String(nomination.version),
  };
}

export interface NomineeViewModel {
  pageTitle: string;
  categoryName: string;
  forTeams: boolean;
  action: string;
  backHref: string;
  form: NomineeForm;
  errors?: PageErrors;
}

export function nomineeViewModel(input: {
  category: Category;
  nominationId?: string;
  form?: NomineeForm;
  errors?: PageErrors;
}): NomineeViewModel {
  const forTeams = input.category.nomineeType === 'team';
  return {
    pageTitle: forTeams ? 'Which team are you nominating?' : 'Who are you nominating?',
    categoryName: input.category.name,
    forTeams,
    action: input.nominationId
      ? `/nominations/${input.nominationId}/nominee`
      : `/categories/${input.category.id}/nominate`,
    backHref: input.nominationId ? `/nominations/${input.nominationId}/check-your-answers` : '/nominate',
    form: input.form ?? readNomineeForm({ publicityConsent: 'not_asked' }),
    errors: input.errors,
  };
}

// --- the statements ---------------------------------------------------------------------------

export interface StatementsViewModel {
  pageTitle: string;
  categoryName: string;
  action: string;
  version: number;
  criteria: {
    id: string;
    name: string;
    title: string;
    guidance: string;
    wordLimit: number;
    value: string;
    /** After a stale save: what is saved now, shown beside what the person typed. */
    savedNow?: string;
  }[];
  errors?: PageErrors;
}

export function readStatements(
  body: Record<string, unknown>,
  category: Category,
): { criterionId: string; text: string }[] {
  return criteriaOf(category).map((c) => {
    const value = body[statementField(c.id)];
    return { criterionId: c.id, text: typeof value === 'string' ? value : '' };
  });
}

/**
 * `typed` re-shows what the person posted; with `conflict`, the nomination was changed
 * elsewhere since they read it: each statement that differs shows what is saved now too, and
 * the page carries the new version, so saving again keeps the person's text on purpose.
 */
export function statementsViewModel(input: {
  category: Category;
  nomination: Nomination;
  typed?: { criterionId: string; text: string }[];
  conflict?: boolean;
  errors?: PageErrors;
}): StatementsViewModel {
  const saved = new Map(input.nomination.statements.map((s) => [s.criterionId, s.text]));
  const typed = new Map((input.typed ?? []).map((s) => [s.criterionId, s.text]));
  return {
    pageTitle: 'Why should they win?',
    categoryName: input.category.name,
    action: `/nominations/${input.nomination.id}/statements`,
    version: input.nomination.version,
    criteria: criteriaOf(input.category).map((c) => {
      const savedText = saved.get(c.id) ?? '';
      const value = typed.get(c.id) ?? savedText;
      return {
        id: statementField(c.id),
        name: statementField(c.id),
        title: c.title,
        guidance: c.guidance,
        wordLimit: c.wordLimit,
        value,
        ...(input.conflict && savedText !== value ? { savedNow: savedText } : {}),
      };
    }),
    errors: input.errors,
  };
}

// --- evidence ---------------------------------------------------------------------------------

type EvidenceFile = Nomination['evidence'][number];

/**
 * Where a file's privacy check is, in words: while it is being checked, a plain link that loads the
 * page again (no script needed); nothing to say once it is checked (its findings say it).
 */
export interface EvidenceCheckView {
  text?: string;
  refreshHref?: string;
}

const CHECK_TEXT: Record<Exclude<EvidenceFile['checkStatus'], 'checked' | 'checking'>, string> = {
  not_readable: 'Not checked: images cannot be read',
  no_text: 'No text could be read from this file',
  failed: 'This file could not be checked',
};

function evidenceCheckView(file: EvidenceFile, pageHref: string): EvidenceCheckView {
  switch (file.checkStatus) {
    case 'checked':
      return {};
    case 'checking':
      return { text: 'Checking…', refreshHref: pageHref };
    case 'not_readable':
    case 'no_text':
    case 'failed':
      return { text: CHECK_TEXT[file.checkStatus] };
  }
}

export interface EvidenceViewModel {
  pageTitle: string;
  categoryName: string;
  accepted: string;
  maxSize: string;
  maxFiles: number;
  room: boolean;
  uploadAction: string;
  files: { fileName: string; size: string; removeAction: string; check: EvidenceCheckView }[];
  continueHref: string;
  errors?: PageErrors;
}

export function evidenceViewModel(input: {
  category: Category;
  nomination: Nomination;
  csrfToken: string;
  errors?: PageErrors;
}): EvidenceViewModel {
  const { category, nomination } = input;
  const id = nomination.id;
  return {
    pageTitle: 'Add evidence (optional)',
    categoryName: category.name,
    accepted: category.evidenceTypes.map((t) => TYPE_NAMES[t]).join(', '),
    maxSize: formatBytes(category.evidenceMaxBytes),
    maxFiles: category.evidenceMaxFiles,
    room: nomination.evidence.length < category.evidenceMaxFiles,
    // A multipart body is read after the CSRF check, so the token travels in the URL (trap 2).
    uploadAction: `/nominations/${id}/evidence?_csrf=${encodeURIComponent(input.csrfToken)}`,
    files: nomination.evidence.map((e) => ({
      fileName: e.fileName,
      size: formatBytes(e.size),
      removeAction: `/nominations/${id}/evidence/${e.id}/remove`,
      check: evidenceCheckView(e, `/nominations/${id}/evidence`),
    })),
    continueHref: `/nominations/${id}/check-your-answers`,
    errors: input.errors,
  };
}

// --- check your answers -----------------------------------------------------------------------

export interface FindingView {
  text: string;
  todo: string;
}

/** What to do instead, where a description keeps the story and loses the identity. */
const DESCRIBE_INSTEAD: Partial<Record<PrivacyFinding['kind'], string>> = {
  person_name:
    "This looks like the name of someone you support: use a description such as 'an older man' instead, or confirm it is a colleague",
  street_address:
    "This looks like where someone lives: describe it instead, such as 'a flat on an estate', or confirm it is a workplace",
};

/** Where in a file a finding is: "page 2", "paragraph 4", "header, paragraph 1"; nothing for a text file. */
export function findingPlace(source: PrivacyFinding['source']): string | undefined {
  if (source.type !== 'evidence') return undefined;
  if (source.page) return `page ${source.page}`;
  if (!source.paragraph) return undefined;
  return !source.part || source.part === 'document'
    ? `paragraph ${source.paragraph}`
    : `${source.part}, paragraph ${source.paragraph}`;
}

function findingView(f: PrivacyFinding): FindingView {
  // "Phone number" reads "phone number" mid-sentence; an initialism ("NHS number") stays.
  const what = /^[A-Z][a-z]/.test(f.label) ? f.label.charAt(0).toLowerCase() + f.label.slice(1) : f.label;
  const place = findingPlace(f.source);
  return {
    text: `Possible ${what}${place ? ` (${place})` : ''}: ${f.masked}`,
    todo: DESCRIBE_INSTEAD[f.kind] ?? `Remove the ${what} or confirm it is needed`,
  };
}

export interface CheckAnswersViewModel {
  pageTitle: string;
  categoryName: string;
  programmeName: string;
  nominee: { key: string; value: string; changeHref: string; changeLabel: string }[];
  statements: { title: string; text: string; words: string; changeHref: string; findings: FindingView[] }[];
  evidence: { fileName: string; size: string; check: EvidenceCheckView; findings: FindingView[] }[];
  evidenceChangeHref: string;
  findingsCount: number;
  /** The programme accepts a confirmation instead of removing every finding. */
  mayConfirm: boolean;
  confirmed: boolean;
  submitAction: string;
  errors?: PageErrors;
}

export function checkAnswersViewModel(input: {
  programme: Programme;
  category: Category;
  nomination: Nomination;
  findings: PrivacyFinding[];
  confirmed?: boolean;
  errors?: PageErrors;
  /** The page a "Refresh" link loads while a file is being checked; check your answers by default. */
  pageHref?: string;
}): CheckAnswersViewModel {
  const { category, nomination, findings } = input;
  const id = nomination.id;
  const texts = new Map(nomination.statements.map((s) => [s.criterionId, s]));
  const nomineeHref = `/nominations/${id}/nominee`;
  const row = (key: string, value: string, field: string) => ({
    key,
    value: value || 'Not given',
    changeHref: `${nomineeHref}#${field}`,
    changeLabel: key.toLowerCase(),
  });
  const forTeams = category.nomineeType === 'team';
  return {
    pageTitle: 'Check your answers before you submit your nomination',
    categoryName: category.name,
    programmeName: input.programme.name,
    nominee: [
      row(forTeams ? 'Team' : 'Name', nomination.nominee.name ?? '', 'nomineeName'),
      row('E-mail address', nomination.nominee.email ?? '', 'nomineeEmail'),
      row('Job title', nomination.nominee.jobTitle ?? '', 'nomineeJobTitle'),
      row(forTeams ? 'Service' : 'Team or service', nomination.nominee.team ?? '', 'nomineeTeam'),
      ...(forTeams ? [row('Team members', nomination.teamMembers.map((m) => m.name).join(', '), 'teamMembers')] : []),
      row('How you know them', nomination.relationship ?? '', 'relationship'),
      row('Agreed to be named publicly', CONSENT[nomination.publicityConsent], 'publicityConsent'),
    ],
    statements: criteriaOf(category).map((c) => {
      const s = texts.get(c.id);
      return {
        title: c.title,
        text: s?.text || 'Not answered',
        words: `${s?.words ?? 0} of ${c.wordLimit} words`,
        changeHref: `/nominations/${id}/statements#${statementField(c.id)}`,
        findings: findings
          .filter((f) => f.source.type === 'statement' && f.source.criterionId === c.id)
          .map(findingView),
      };
    }),
    evidence: nomination.evidence.map((e) => ({
      fileName: e.fileName,
      size: formatBytes(e.size),
      check: evidenceCheckView(e, input.pageHref ?? `/nominations/${id}/check-your-answers`),
      findings: findings.filter((f) => f.source.type === 'evidence' && f.source.evidenceId === e.id).map(findingView),
    })),
    evidenceChangeHref: `/nominations/${id}/evidence`,
    findingsCount: findings.length,
    mayConfirm: findings.length > 0 && !input.programme.privacyFindingsBlockSubmission,
    confirmed: input.confirmed ?? false,
    submitAction: `/nominations/${id}/submit`,
    errors: input.errors,
  };
}

// --- a nomination, and my nominations ---------------------------------------------------------

export interface NominationViewModel {
  pageTitle: string;
  reference: string;
  categoryName: string;
  programmeName: string;
  status: { text: string; colour: string };
  screening?: { outcome: string; reason: string };
  continueHref?: string;
  withdrawAction?: string;
  answers: CheckAnswersViewModel;
}

export function nominationViewModel(input: {
  programme: Programme;
  category: Category;
  nomination: Nomination;
}): NominationViewModel {
  const { nomination, programme } = input;
  const open = programme.status === 'open';
  const withdrawable = open && (nomination.status === 'draft' || nomination.status === 'submitted');
  return {
    pageTitle: `Nomination ${nomination.reference}`,
    reference: nomination.reference,
    categoryName: input.category.name,
    programmeName: programme.name,
    status: STATUS[nomination.status],
    ...(nomination.screening
      ? {
          screening: {
            outcome: nomination.screening.decision === 'eligible' ? 'Eligible for judging' : 'Not eligible',
            reason: nomination.screening.reason ?? '',
          },
        }
      : {}),
    ...(nomination.status === 'draft' ? { continueHref: `/nominations/${nomination.id}/statements` } : {}),
    ...(withdrawable ? { withdrawAction: `/nominations/${nomination.id}/withdraw` } : {}),
    answers: checkAnswersViewModel({ ...input, findings: [], pageHref: `/nominations/${nomination.id}` }),
  };
}

export interface MyNominationsViewModel {
  pageTitle: string;
  drafts: { nominee: string; category: string; href: string; reference: string }[];
  submitted: {
    reference: string;
    nominee: string;
    category: string;
    status: string;
    statusColour: string;
    outcome: string;
    href: string;
  }[];
}

export function myNominationsViewModel(
  nominations: Nomination[],
  categoryNames: Map<string, string>,
): MyNominationsViewModel {
  const nominee = (n: Nomination) => n.nominee.name ?? 'Not named yet';
  return {
    pageTitle: 'Your nominations',
    drafts: nominations
      .filter((n) => n.status === 'draft')
      .map((n) => ({
        nominee: nominee(n),
        category: categoryNames.get(n.categoryId) ?? '',
        href: `/nominations/${n.id}`,
        reference: n.reference,
      })),
    submitted: nominations
      .filter((n) => n.status !== 'draft')
      .map((n) => ({
        reference: n.reference,
        nominee: nominee(n),
        category: categoryNames.get(n.categoryId) ?? '',
        status: STATUS[n.status].text,
        statusColour: STATUS[n.status].colour,
        outcome: n.screening ? (n.screening.reason ?? '') : n.status === 'submitted' ? 'Not checked yet' : '',
        href: `/nominations/${n.id}`,
      })),
  };
}

// --- errors -----------------------------------------------------------------------------------

/** The API's names for the nominee page's fields (its messages start with them). */
const NOMINEE_FIELDS: [RegExp, string][] = (
  [
    ['nominee\\.name', 'nomineeName'],
    ['nominee\\.email', 'nomineeEmail'],
    ['nominee\\.jobTitle', 'nomineeJobTitle'],
    ['nominee\\.team', 'nomineeTeam'],
    ['teamMembers', 'teamMembers'],
    ['relationship', 'relationship'],
    ['publicityConsent', 'publicityConsent'],
  ] as const
)
  // Nest's validation prefixes a nested field's message with its parents ("nominee.email …", "teamMembers.0.email …").
  .map(([name, id]) => [new RegExp(`^(?:[\\w]+\\.)*${name}\\b`), id]);

/**
 * The API's refusal as the page shows it: its message in the summary, and inline beside the
 * field it names. The API joins validation messages with "; ", each starting with its field's
 * name; a domain error names a statement's criterion by its title in quotes.
 */
export function pageErrorsFor(error: ApiError, category?: Category): PageErrors {
  const structured = toPageErrors(error);
  if (Object.keys(structured.fields).length > 0) return structured;
  // Only the validation pipe's answer (it has no code) is several messages joined with "; ".
  const parts = error.code === undefined ? error.message.split('; ') : [error.message];
  const summary: PageErrors['summary'] = [];
  const fields: PageErrors['fields'] = {};
  for (const part of parts) {
    let id = NOMINEE_FIELDS.find(([pattern]) => pattern.test(part))?.[1];
    if (!id && category && /^statements\b/.test(part)) {
      const criterion = criteriaOf(category).find((c) => part.includes(`"${c.title}"`));
      if (criterion) id = statementField(criterion.id);
    }
    summary.push(id ? { text: part, href: `#${id}` } : { text: part });
    if (id && !fields[id]) fields[id] = { text: part };
  }
  return { summary, fields };
}
