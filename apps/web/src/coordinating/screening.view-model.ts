import type { ApiError, PageErrors } from '../api-client/api-error';
import { toPageErrors } from '../api-client/api-error';
import { formatDateTime } from '../format/date';
import { formatBytes } from '../nominating/nominating.view-model';
import type { Category, Criterion, Nomination, PrivacyFinding, Programme, RecordConsent } from './screening-api';

const criteriaOf = (category: Category): Criterion[] =>
  [...(category.criteria ?? [])].sort((a, b) => a.position - b.position);

const STATUS: Record<Nomination['status'], { text: string; colour: string }> = {
  draft: { text: 'Draft', colour: 'grey' },
  submitted: { text: 'To screen', colour: 'blue' },
  eligible: { text: 'Eligible', colour: 'green' },
  ineligible: { text: 'Not eligible', colour: 'red' },
  withdrawn: { text: 'Withdrawn', colour: 'grey' },
};

const CONSENT: Record<Nomination['publicityConsent'], string> = {
  not_asked: 'Not asked yet',
  given: 'Given',
  refused: 'Refused',
};

const lowerFirst = (label: string) =>
  /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;

/**
 * The API's validation answer (no code) is several messages joined with "; ", each starting
 * with the field's name: each goes to the summary, linked to its field where there is one.
 */
export function formErrors(error: ApiError, fieldIds: Record<string, string>): PageErrors {
  const structured = toPageErrors(error, fieldIds);
  if (Object.keys(structured.fields).length > 0) return structured;
  const parts = error.code === undefined ? error.message.split('; ') : [error.message];
  const summary: PageErrors['summary'] = [];
  const fields: PageErrors['fields'] = {};
  for (const part of parts) {
    const id = fieldIds[part.split(/\s/, 1)[0]];
    summary.push(id ? { text: part, href: `#${id}` } : { text: part });
    if (id && !fields[id]) fields[id] = { text: part };
  }
  return { summary, fields };
}

// --- a statement with its findings in place ----------------------------------------------------

/** A run of a statement: the text as written, or a finding shown only masked. */
export type Segment = { text: string } | { masked: string; label: string };

/**
 * The statement with each privacy finding replaced, in place, by its masked form: the
 * identifier itself never reaches the page. Findings are the API's, stored at submission
 * (ranges in the statement's text, which cannot change once submitted).
 */
export function segmentsOf(text: string, findings: PrivacyFinding[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at || f.end > text.length) continue;
    if (f.start > at) segments.push({ text: text.slice(at, f.start) });
    segments.push({ masked: f.masked, label: `possible ${lowerFirst(f.label)}` });
    at = f.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** The statement as a plain string, findings masked: the start of a redacted copy. */
export const maskedText = (text: string, findings: PrivacyFinding[]): string =>
  segmentsOf(text, findings)
    .map((s) => ('text' in s ? s.text : s.masked))
    .join('');

const statementFindings = (nomination: Nomination, criterionId: string) =>
  nomination.privacy.findings.filter((f) => f.source.type === 'statement' && f.source.criterionId === criterionId);

// --- the queue ---------------------------------------------------------------------------------

export interface QueueViewModel {
  pageTitle: string;
  programmeName: string;
  categoryName: string;
  blind: boolean;
  toScreen: number;
  panelHref: string;
  rows: {
    reference: string;
    href: string;
    nominee: string;
    submitted: string;
    status: { text: string; colour: string };
    findings: string;
    duplicates: string;
  }[];
}

export function queueViewModel(input: {
  programme: Programme;
  category: Category;
  nominations: Nomination[];
}): QueueViewModel {
  const { programme, category } = input;
  // Drafts are the nominator's own until submitted: not for screening.
  const shown = input.nominations.filter((n) => n.status !== 'draft');
  return {
    pageTitle: `Screen nominations: ${category.name}`,
    programmeName: programme.name,
    categoryName: category.name,
    blind: category.effectiveBlindJudging,
    toScreen: shown.filter((n) => n.status === 'submitted').length,
    panelHref: `/coordinating/categories/${category.id}/panel`,
    rows: shown.map((n) => {
      const findings = n.privacy.findings.length;
      const duplicates = n.possibleDuplicates ?? [];
      return {
        reference: n.reference,
        href: `/coordinating/nominations/${n.id}/screening`,
        nominee: n.nominee.name ?? 'Not given',
        submitted: n.submittedAt ? formatDateTime(n.submittedAt, programme.timeZone) : 'Not submitted',
        status: STATUS[n.status],
        findings: findings === 0 ? 'None' : `${findings} possible identifier${findings === 1 ? '' : 's'}`,
        duplicates:
          duplicates.length === 0 ? 'None' : `Possible duplicate of ${duplicates.map((d) => d.reference).join(', ')}`,
      };
    }),
  };
}

// --- one nomination ----------------------------------------------------------------------------

export interface ScreeningForm {
  decision: string;
  reason: string;
}

export function readScreeningForm(body: Record<string, unknown>): ScreeningForm {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { decision: text(body.decision), reason: text(body.reason) };
}

export interface ScreeningViewModel {
  pageTitle: string;
  programmeName: string;
  categoryName: string;
  backHref: string;
  status: { text: string; colour: string };
  nominee: { key: string; value: string }[];
  statements: { title: string; segments: Segment[]; findings: string[] }[];
  evidenceFindings: string[];
  findingsCount: number;
  findingsConfirmed: boolean;
  duplicates: { reference: string; href: string; matchedOn: string; status: string }[];
  screened: { decision: string; reason: string; when: string } | null;
  screenable: boolean;
  links: { text: string; href: string }[];
  action: string;
  form: ScreeningForm;
  errors?: PageErrors;
}

export function screeningViewModel(input: {
  programme: Programme;
  category: Category;
  nomination: Nomination;
  form?: ScreeningForm;
  errors?: PageErrors;
}): ScreeningViewModel {
  const { programme, category, nomination: n } = input;
  const texts = new Map(n.statements.map((s) => [s.criterionId, s.text]));
  const forTeams = category.nomineeType === 'team';
  const findingText = (f: PrivacyFinding) => `Possible ${lowerFirst(f.label)}: ${f.masked}`;
  return {
    pageTitle: `Screen ${n.reference}`,
    programmeName: programme.name,
    categoryName: category.name,
    backHref: `/coordinating/categories/${category.id}/screening`,
    status: STATUS[n.status],
    nominee: [
      { key: forTeams ? 'Team' : 'Nominee', value: n.nominee.name ?? 'Not given' },
      { key: 'E-mail address', value: n.nominee.email ?? 'Not given' },
      { key: 'Job title', value: n.nominee.jobTitle ?? 'Not given' },
      { key: forTeams ? 'Service' : 'Team or service', value: n.nominee.team ?? 'Not given' },
      ...(forTeams ? [{ key: 'Team members', value: n.teamMembers.map((m) => m.name).join(', ') || 'Not given' }] : []),
      { key: 'How the nominator knows them', value: n.relationship ?? 'Not given' },
      { key: 'Submitted', value: n.submittedAt ? formatDateTime(n.submittedAt, programme.timeZone) : 'Not submitted' },
    ],
    statements: criteriaOf(category).map((c) => {
      const findings = statementFindings(n, c.id);
      return {
        title: c.title,
        segments: segmentsOf(texts.get(c.id) ?? '', findings),
        findings: findings.map(findingText),
      };
    }),
    evidenceFindings: n.privacy.findings
      .filter((f) => f.source.type === 'evidence')
      .map((f) => `${findingText(f)}, in ${(f.source as { fileName: string }).fileName}`),
    findingsCount: n.privacy.findings.length,
    findingsConfirmed: n.privacy.confirmed,
    duplicates: (n.possibleDuplicates ?? []).map((d) => ({
      reference: d.reference,
      href: `/coordinating/nominations/${d.nominationId}/screening`,
      matchedOn: `the same ${d.matchedOn.map((m) => (m === 'email' ? 'e-mail address' : 'name')).join(' and ')}`,
      status: STATUS[d.status].text,
    })),
    screened: n.screening
      ? {
          decision: n.screening.decision === 'eligible' ? 'Eligible' : 'Not eligible',
          reason: n.screening.reason ?? '',
          when: n.screening.screenedAt ? formatDateTime(n.screening.screenedAt, programme.timeZone) : '',
        }
      : null,
    screenable: n.status === 'submitted',
    links: [
      ...(category.effectiveBlindJudging && (n.status === 'submitted' || n.status === 'eligible')
        ? [{ text: 'Write the redacted copies judges read', href: `/coordinating/nominations/${n.id}/redaction` }]
        : []),
      ...(n.status !== 'draft' && n.status !== 'withdrawn'
        ? [{ text: 'Record publicity consent', href: `/coordinating/nominations/${n.id}/consent` }]
        : []),
    ],
    action: `/coordinating/nominations/${n.id}/screening`,
    form: input.form ?? { decision: '', reason: '' },
    errors: input.errors,
  };
}

export const screeningErrors = (error: ApiError) => formErrors(error, { decision: 'decision', reason: 'reason' });

// --- redaction ---------------------------------------------------------------------------------

export const redactionField = (criterionId: string) => `redaction-${criterionId}`;

/** What the admin typed per criterion id; an empty box removes the redacted copy. */
export function readRedactionForm(body: Record<string, unknown>, category: Category): Record<string, string> {
  return Object.fromEntries(
    criteriaOf(category).map((c) => {
      const v = body[redactionField(c.id)];
      return [c.id, typeof v === 'string' ? v : ''];
    }),
  );
}

/**
 * The redacted copies to write: a box changed from what the page showed. A box left as it
 * started (the masked original, when there is no copy yet) writes nothing; an emptied box
 * removes the copy, so judges read the original again.
 */
export function redactionChanges(
  nomination: Nomination,
  typed: Record<string, string>,
): { criterionId: string; text: string | null }[] {
  return nomination.statements.flatMap((s) => {
    const box = typed[s.criterionId];
    if (box === undefined) return [];
    const wanted = box.trim() === '' ? null : box;
    const saved = s.redactedText ?? null;
    if (wanted === saved) return [];
    if (saved === null && wanted === maskedText(s.text, statementFindings(nomination, s.criterionId))) return [];
    return [{ criterionId: s.criterionId, text: wanted }];
  });
}

export interface RedactionViewModel {
  pageTitle: string;
  programmeName: string;
  categoryName: string;
  backHref: string;
  blind: boolean;
  statements: { id: string; title: string; segments: Segment[]; value: string; redacted: boolean }[];
  action: string;
  /** In a blind category: each evidence file, with the redacted copy judges get instead, if any. */
  evidence: RedactedEvidenceView[];
  /** What the category accepts, for the upload's hint. */
  accepted: string;
  errors?: PageErrors;
}

export interface RedactedEvidenceView {
  /** The file input's id and the error's anchor. */
  fieldId: string;
  /** "Evidence 1: referral.pdf (PDF, 12 KB)" */
  title: string;
  copy: { fileName: string; description: string; uploaded: string; downloadHref: string } | null;
  /** Multipart: the CSRF token travels in the URL (the body is read after the check). */
  uploadAction: string;
  removeAction: string;
}

const TYPE_NAMES: Record<Nomination['evidence'][number]['type'], string> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  png: 'PNG',
  jpeg: 'JPEG',
  text: 'plain text',
};

export const redactedEvidenceField = (evidenceId: string) => `redacted-${evidenceId}`;

/** The API's refusal of a redacted copy, on that file's upload field. */
export function redactedEvidenceErrors(evidenceId: string, error: ApiError): PageErrors {
  const field = redactedEvidenceField(evidenceId);
  return { summary: [{ text: error.message, href: `#${field}` }], fields: { [field]: { text: error.message } } };
}

export function redactionViewModel(input: {
  programme: Programme;
  category: Category;
  nomination: Nomination;
  csrfToken: string;
  typed?: Record<string, string>;
  errors?: PageErrors;
}): RedactionViewModel {
  const { programme, category, nomination: n } = input;
  const base = `/coordinating/nominations/${n.id}/evidence`;
  const byId = new Map(n.statements.map((s) => [s.criterionId, s]));
  return {
    pageTitle: `Redacted copies of ${n.reference}`,
    programmeName: programme.name,
    categoryName: category.name,
    backHref: `/coordinating/nominations/${n.id}/screening`,
    blind: category.effectiveBlindJudging,
    statements: criteriaOf(category).flatMap((c) => {
      const s = byId.get(c.id);
      if (!s) return [];
      const findings = statementFindings(n, c.id);
      // Starts from the masked original, so not even the box holds an identifier the check found.
      const value = input.typed?.[c.id] ?? s.redactedText ?? maskedText(s.text, findings);
      return [
        {
          id: redactionField(c.id),
          title: c.title,
          segments: segmentsOf(s.text, findings),
          value,
          redacted: !!s.redactedText,
        },
      ];
    }),
    action: `/coordinating/nominations/${n.id}/redaction`,
    accepted: category.evidenceTypes.map((t) => TYPE_NAMES[t]).join(', '),
    evidence: !category.effectiveBlindJudging
      ? []
      : n.evidence.map((e, i) => {
          const copy = e.redactedCopy ?? null;
          return {
            fieldId: redactedEvidenceField(e.id),
            title: `Evidence ${i + 1}: ${e.fileName} (${TYPE_NAMES[e.type]}, ${formatBytes(e.size)})`,
            copy: copy && {
              fileName: copy.fileName,
              description: `${TYPE_NAMES[copy.type]}, ${formatBytes(copy.size)}`,
              uploaded: formatDateTime(copy.createdAt, programme.timeZone),
              downloadHref: `${base}/${e.id}/redacted`,
            },
            uploadAction: `${base}/${e.id}/redacted?_csrf=${encodeURIComponent(input.csrfToken)}`,
            removeAction: `${base}/${e.id}/redacted/remove`,
          };
        }),
    errors: input.errors,
  };
}

// --- consent -----------------------------------------------------------------------------------

export interface ConsentForm {
  action: string;
  decision: string;
  askedBy: string;
  day: string;
  month: string;
  year: string;
}

export function readConsentForm(body: Record<string, unknown>): ConsentForm {
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  return {
    action: text(body.action),
    decision: text(body.decision),
    askedBy: text(body.askedBy),
    day: text(body['askedAt-day']),
    month: text(body['askedAt-month']),
    year: text(body['askedAt-year']),
  };
}

/**
 * The body for `PUT /nominations/:id/consent`. The date is passed on as typed (YYYY-MM-DD) for
 * the API to judge; a partly filled date is sent as it is, so the API names what is wrong.
 */
export function consentBody(form: ConsentForm): RecordConsent {
  const body: RecordConsent = { decision: form.decision as RecordConsent['decision'] };
  if (form.askedBy) body.askedBy = form.askedBy;
  if (form.day || form.month || form.year) {
    const pad = (v: string) => (/^\d$/.test(v) ? `0${v}` : v);
    body.askedAt = `${form.year}-${pad(form.month)}-${pad(form.day)}`;
  }
  return body;
}

export const consentErrors = (error: ApiError) =>
  formErrors(error, { decision: 'decision', askedBy: 'askedBy', askedAt: 'askedAt-day' });

export interface ConsentViewModel {
  pageTitle: string;
  programmeName: string;
  categoryName: string;
  nomineeName: string;
  backHref: string;
  /** What the nominee is asked to agree to (the programme's wording), so the answer recorded is to those words. */
  wording: string;
  current: { key: string; value: string }[];
  mayRequest: boolean;
  requested: boolean;
  action: string;
  form: ConsentForm;
  errors?: PageErrors;
}

export function consentViewModel(input: {
  programme: Programme;
  category: Category;
  nomination: Nomination;
  requested?: boolean;
  form?: ConsentForm;
  errors?: PageErrors;
}): ConsentViewModel {
  const { programme, category, nomination: n } = input;
  const when = (v: string | null) => (v ? formatDateTime(v, programme.timeZone) : 'Not recorded');
  const SOURCE: Record<string, string> = { nominator: 'The nominator', admin: 'A coordinator', nominee: 'The nominee' };
  return {
    pageTitle: `Publicity consent for ${n.reference}`,
    programmeName: programme.name,
    categoryName: category.name,
    nomineeName: n.nominee.name ?? 'the nominee',
    backHref: `/coordinating/nominations/${n.id}/screening`,
    wording: programme.publicityConsentWording,
    current: [
      { key: 'Consent', value: CONSENT[n.publicityConsent] },
      { key: 'Recorded by', value: n.consent.source ? SOURCE[n.consent.source] : 'Not recorded' },
      { key: 'Who asked', value: n.consent.askedBy ?? 'Not recorded' },
      { key: 'When they were asked', value: when(n.consent.askedAt) },
      { key: 'When it was recorded', value: when(n.consent.recordedAt) },
    ],
    mayRequest: !!n.nominee.email,
    requested: input.requested ?? false,
    action: `/coordinating/nominations/${n.id}/consent`,
    form: input.form ?? { action: '', decision: '', askedBy: '', day: '', month: '', year: '' },
    errors: input.errors,
  };
}
