import { join } from 'node:path';
import nunjucks from 'nunjucks';
import { ApiError } from '../api-client/api-error';
import { NHSUK_DIST } from '../setup/set-up-static';
import * as shared from '../nominating/view-model-fixtures';
import type { Category, Nomination, PrivacyFinding } from './screening-api';
import {
  consentBody,
  consentErrors,
  consentViewModel,
  maskedText,
  queueViewModel,
  readConsentForm,
  readRedactionForm,
  redactedEvidenceErrors,
  redactionChanges,
  redactionViewModel,
  screeningErrors,
  screeningViewModel,
  segmentsOf,
} from './screening.view-model';

const NHS_NUMBER = '943 476 5919';
const STATEMENT = `Sam found the child, NHS number ${NHS_NUMBER}, alone at home.`;
const START = STATEMENT.indexOf(NHS_NUMBER);

const programme = shared.programme();
// Screening reads a submitted nomination of a blind category.
const category = (over: Partial<Category> = {}): Category => shared.category({ effectiveBlindJudging: true, ...over });
const finding: PrivacyFinding = {
  kind: 'nhs_number',
  label: 'NHS number',
  source: { type: 'statement', criterionId: 'k1', criterionTitle: 'Impact' },
  start: START,
  end: START + NHS_NUMBER.length,
  masked: '9** *** ***9',
};
const nomination = (over: Partial<Nomination> = {}): Nomination =>
  shared.nomination({
    status: 'submitted',
    nominee: { name: 'Sam Patel', email: 'sam@example.nhs.uk', jobTitle: null, team: 'Duty team' },
    statements: [
      { criterionId: 'k1', text: STATEMENT, words: 11, redactedText: null },
      { criterionId: 'k2', text: 'Calm and careful', words: 3, redactedText: 'Careful' },
    ],
    privacy: { checkedAt: '2027-03-01T09:00:00.000Z', findings: [finding], confirmed: true },
    submittedAt: '2027-03-02T10:30:00.000Z',
    possibleDuplicates: [
      { nominationId: 'n2', reference: 'SWW27-0043', status: 'submitted', matchedOn: ['email', 'name'] },
    ],
    ...over,
  });

const views = new nunjucks.Environment(new nunjucks.FileSystemLoader([join(__dirname, '..', 'views'), NHSUK_DIST]), {
  autoescape: true,
});
const render = (view: string, model: object) =>
  views.render(`coordinating/screening/${view}.njk`, {
    ...model,
    brand: { kind: 'nhs', organisationName: 'Test NHS Trust', footerText: '© Test' },
    csrfToken: 'csrf-token',
    user: { name: 'Priya Shah', roles: ['Awards.Admin'] },
  });

describe('a statement with its findings in place', () => {
  it('replaces each finding by its masked form, keeping the text around it', () => {
    expect(segmentsOf(STATEMENT, [finding])).toEqual([
      { text: 'Sam found the child, NHS number ' },
      { masked: '9** *** ***9', label: 'possible NHS number' },
      { text: ', alone at home.' },
    ]);
    expect(maskedText(STATEMENT, [finding])).toBe('Sam found the child, NHS number 9** *** ***9, alone at home.');
  });

  it('skips a finding whose range does not fit the text rather than showing it wrongly', () => {
    expect(maskedText('short', [finding])).toBe('short');
  });
});

describe('queueViewModel', () => {
  it('lists submitted and screened nominations with their findings and possible duplicates, and leaves drafts out', () => {
    const model = queueViewModel({
      programme,
      category: category(),
      nominations: [nomination(), nomination({ id: 'n3', reference: 'SWW27-0044', status: 'draft' })],
    });

    expect(model.toScreen).toBe(1);
    expect(model.panelHref).toBe('/coordinating/categories/c1/panel');
    expect(model.rows).toEqual([
      expect.objectContaining({
        reference: 'SWW27-0042',
        href: '/coordinating/nominations/n1/screening',
        submitted: 'Tuesday 2 March 2027 at 10:30am',
        status: { text: 'To screen', colour: 'blue' },
        findings: '1 possible identifier',
        duplicates: 'Possible duplicate of SWW27-0043',
      }),
    ]);
  });
});

describe('screeningViewModel', () => {
  it('shows statements in criterion order with the finding masked, the duplicate flagged, and the next pages of a blind category', () => {
    const model = screeningViewModel({ programme, category: category(), nomination: nomination() });

    expect(model.statements.map((s) => s.title)).toEqual(['Impact', 'Practice']);
    expect(model.statements[0].findings).toEqual(['Possible NHS number: 9** *** ***9']);
    expect(model.duplicates).toEqual([
      {
        reference: 'SWW27-0043',
        href: '/coordinating/nominations/n2/screening',
        matchedOn: 'the same e-mail address and name',
        status: 'To screen',
      },
    ]);
    expect(model.screenable).toBe(true);
    expect(model.links.map((l) => l.href)).toEqual([
      '/coordinating/nominations/n1/redaction',
      '/coordinating/nominations/n1/consent',
    ]);
  });

  it('offers no redaction outside blind categories, and no decision once screened', () => {
    const model = screeningViewModel({
      programme,
      category: category({ effectiveBlindJudging: false }),
      nomination: nomination({
        status: 'ineligible',
        screening: { decision: 'ineligible', reason: 'Not a member of staff', screenedAt: '2027-03-03T12:00:00.000Z' },
      }),
    });

    expect(model.links.map((l) => l.text)).toEqual(['Record publicity consent']);
    expect(model.screenable).toBe(false);
    expect(model.screened).toEqual({
      decision: 'Not eligible',
      reason: 'Not a member of staff',
      when: 'Wednesday 3 March 2027 at midday',
    });
  });

  it('puts each of the API’s validation messages inline on its field and in the summary', () => {
    const error = new ApiError(
      400,
      undefined,
      'decision must be eligible or ineligible; reason must say why, in 1 to 2000 characters',
      undefined,
    );

    expect(screeningErrors(error)).toEqual({
      summary: [
        { text: 'decision must be eligible or ineligible', href: '#decision' },
        { text: 'reason must say why, in 1 to 2000 characters', href: '#reason' },
      ],
      fields: {
        decision: { text: 'decision must be eligible or ineligible' },
        reason: { text: 'reason must say why, in 1 to 2000 characters' },
      },
    });
  });

  it('renders the page with the finding masked in place: the identifier never reaches the HTML', () => {
    const html = render(
      'nomination',
      screeningViewModel({ programme, category: category(), nomination: nomination() }),
    );

    expect(html).not.toContain(NHS_NUMBER);
    expect(html).toContain('9** *** ***9');
    expect(html).toContain('SWW27-0043');
    expect(html).toContain('The nominator reads this reason');
    expect(html).toContain('name="_csrf" value="csrf-token"');
  });
});

describe('redactionViewModel', () => {
  it('starts each box from the saved copy, or else the original with its findings masked', () => {
    const model = redactionViewModel({
      programme,
      category: category(),
      nomination: nomination(),
      csrfToken: 'csrf-token',
    });

    expect(model.statements.map((s) => [s.id, s.value, s.redacted])).toEqual([
      ['redaction-k1', 'Sam found the child, NHS number 9** *** ***9, alone at home.', false],
      ['redaction-k2', 'Careful', true],
    ]);
    expect(render('redaction', model)).not.toContain(NHS_NUMBER);
  });

  it('keeps what was typed after a refusal', () => {
    const typed = readRedactionForm({ 'redaction-k1': 'Someone found a child', 'redaction-k2': '' }, category());

    expect(typed).toEqual({ k1: 'Someone found a child', k2: '' });
    const model = redactionViewModel({
      programme,
      category: category(),
      nomination: nomination(),
      csrfToken: 'csrf-token',
      typed,
    });
    expect(model.statements.map((s) => s.value)).toEqual(['Someone found a child', '']);
  });
});

describe('redacted copies of evidence', () => {
  const evidence = [
    {
      id: 'e1',
      fileName: 'Sam Patel referral.pdf',
      type: 'pdf' as const,
      size: 2048,
      sha256: 'a'.repeat(64),
      uploadedAt: '2027-03-01T09:00:00.000Z',
      checkStatus: 'checked' as const,
      redactedCopy: {
        id: 'r1',
        evidenceId: 'e1',
        fileName: 'referral redacted.pdf',
        type: 'pdf' as const,
        size: 1024,
        sha256: 'b'.repeat(64),
        uploadedBy: 'u1',
        createdAt: '2027-03-03T12:00:00.000Z',
      },
    },
    {
      id: 'e2',
      fileName: 'notes.txt',
      type: 'text' as const,
      size: 300,
      sha256: 'c'.repeat(64),
      uploadedAt: '2027-03-01T09:05:00.000Z',
      checkStatus: 'checked' as const,
      redactedCopy: null,
    },
  ];

  it('lists each file of a blind category with its copy, or an upload for one; the CSRF token in the multipart action', () => {
    const model = redactionViewModel({
      programme,
      category: category(),
      nomination: nomination({ evidence }),
      csrfToken: 'a b',
    });

    expect(model.evidence).toEqual([
      {
        fieldId: 'redacted-e1',
        title: 'Evidence 1: Sam Patel referral.pdf (PDF, 2 KB)',
        copy: {
          fileName: 'referral redacted.pdf',
          description: 'PDF, 1 KB',
          uploaded: 'Wednesday 3 March 2027 at midday',
          downloadHref: '/coordinating/nominations/n1/evidence/e1/redacted',
        },
        uploadAction: '/coordinating/nominations/n1/evidence/e1/redacted?_csrf=a%20b',
        removeAction: '/coordinating/nominations/n1/evidence/e1/redacted/remove',
      },
      expect.objectContaining({ fieldId: 'redacted-e2', copy: null }),
    ]);
    const html = render('redaction', model);
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain('action="/coordinating/nominations/n1/evidence/e2/redacted?_csrf=a%20b"');
    expect(html).toContain('Remove the redacted copy');
    expect(html).toContain('No redacted copy: judges get the original.');
  });

  it('offers no copies of evidence outside a blind category', () => {
    const model = redactionViewModel({
      programme,
      category: category({ effectiveBlindJudging: false }),
      nomination: nomination({ evidence }),
      csrfToken: 't',
    });

    expect(model.evidence).toEqual([]);
    expect(render('redaction', model)).not.toContain('multipart/form-data');
  });

  it('puts the API’s refusal on that file’s upload field and in the summary', () => {
    const error = new ApiError(
      415,
      'evidence.type_mismatch',
      'The file was sent as application/pdf but its content is PNG',
      undefined,
    );

    const errors = redactedEvidenceErrors('e2', error);

    expect(errors).toEqual({
      summary: [{ text: 'The file was sent as application/pdf but its content is PNG', href: '#redacted-e2' }],
      fields: { 'redacted-e2': { text: 'The file was sent as application/pdf but its content is PNG' } },
    });
    const html = render(
      'redaction',
      redactionViewModel({
        programme,
        category: category(),
        nomination: nomination({ evidence }),
        csrfToken: 't',
        errors,
      }),
    );
    expect(html).toContain('id="redacted-e2-error"');
  });
});

describe('redactionChanges', () => {
  it('writes only the boxes changed: a box left as the masked original writes nothing, an emptied one removes the copy', () => {
    const n = nomination();
    const untouched = { k1: maskedText(STATEMENT, [finding]), k2: 'Careful' };

    expect(redactionChanges(n, untouched)).toEqual([]);
    expect(redactionChanges(n, { ...untouched, k1: 'Someone found a child' })).toEqual([
      { criterionId: 'k1', text: 'Someone found a child' },
    ]);
    expect(redactionChanges(n, { ...untouched, k2: '  ' })).toEqual([{ criterionId: 'k2', text: null }]);
  });
});

describe('consent', () => {
  it('sends the date as typed, padded, and leaves out what was not given', () => {
    const form = readConsentForm({
      action: 'record',
      decision: 'given',
      askedBy: ' Priya Shah ',
      'askedAt-day': '1',
      'askedAt-month': '3',
      'askedAt-year': '2027',
    });

    expect(consentBody(form)).toEqual({ decision: 'given', askedBy: 'Priya Shah', askedAt: '2027-03-01' });
    expect(consentBody(readConsentForm({ decision: 'refused' }))).toEqual({ decision: 'refused' });
  });

  it('shows how consent was recorded, in the programme’s time zone, and links the date field to its error', () => {
    const model = consentViewModel({
      programme,
      category: category(),
      nomination: nomination({
        publicityConsent: 'given',
        consent: {
          source: 'admin',
          askedBy: 'Priya Shah',
          askedAt: '2027-03-01T00:00:00.000Z',
          recordedAt: '2027-03-04T17:00:00.000Z',
          recordedBy: 'u9',
        },
      }),
    });

    expect(model.current).toEqual([
      { key: 'Consent', value: 'Given' },
      { key: 'Recorded by', value: 'A coordinator' },
      { key: 'Who asked', value: 'Priya Shah' },
      { key: 'When they were asked', value: 'Monday 1 March 2027 at midnight' },
      { key: 'When it was recorded', value: 'Thursday 4 March 2027 at 5pm' },
    ]);
    expect(model.mayRequest).toBe(true);
    const errors = consentErrors(
      new ApiError(400, undefined, 'askedAt must be the date (and time) the nominee was asked', undefined),
    );
    expect(errors.summary).toEqual([
      { text: 'askedAt must be the date (and time) the nominee was asked', href: '#askedAt-day' },
    ]);
    expect(render('consent', { ...model, errors })).toContain('askedAt must be the date');
  });

  it('shows the programme’s consent wording, the words the nominee is asked with', () => {
    const model = consentViewModel({
      programme: { ...programme, publicityConsentWording: 'Your name & photo go on the intranet.' },
      category: category(),
      nomination: nomination(),
    });

    expect(model.wording).toBe('Your name & photo go on the intranet.');
    expect(render('consent', model)).toContain('Your name &amp; photo go on the intranet.');
  });
});
