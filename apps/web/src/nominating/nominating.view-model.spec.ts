import { ApiError } from '../api-client/api-error';
import {
  checkAnswersViewModel,
  chooseCategoryViewModel,
  evidenceViewModel,
  myNominationsViewModel,
  nomineeBody,
  pageErrorsFor,
  parseTeamMembers,
  readNomineeForm,
  statementsViewModel,
} from './nominating.view-model';
import type { PrivacyFinding } from './nominations-api';
import { category, nomination, programme } from './view-model-fixtures';

describe('chooseCategoryViewModel', () => {
  it('shows the closing date in the programme’s time zone, in words, and the criteria in order with their word limits', () => {
    const model = chooseCategoryViewModel([{ programme: programme(), categories: [category()] }]);

    expect(model.programmes[0].closes).toBe('Friday 19 March 2027 at 5pm');
    expect(model.programmes[0].categories[0]).toMatchObject({
      startHref: '/categories/c1/nominate',
      criteria: [
        { title: 'Impact', wordLimit: 300 },
        { title: 'Practice', wordLimit: 200 },
      ],
    });
  });
});

describe('the nominee form', () => {
  it('sends only what was answered, and team members only for a team category', () => {
    const form = readNomineeForm({
      nomineeName: ' Sam ',
      nomineeEmail: '',
      relationship: '',
      publicityConsent: 'given',
      teamMembers: 'A',
    });

    expect(nomineeBody(form, category())).toEqual({
      nominee: { name: 'Sam', email: undefined, jobTitle: undefined, team: undefined },
      relationship: null,
      publicityConsent: 'given',
    });
    expect(nomineeBody(form, category({ nomineeType: 'team' })).teamMembers).toEqual([{ name: 'A' }]);
  });

  it('reads team members one a line, with an e-mail after the last comma', () => {
    expect(parseTeamMembers('Ana Lee, ana@example.nhs.uk\n\n  Bo Chan \nSmith, Jo')).toEqual([
      { name: 'Ana Lee', email: 'ana@example.nhs.uk' },
      { name: 'Bo Chan' },
      { name: 'Smith, Jo' },
    ]);
  });
});

describe('statementsViewModel', () => {
  it('after a stale save keeps what the person typed and shows what is saved now beside it', () => {
    const model = statementsViewModel({
      category: category(),
      nomination: nomination({
        version: 4,
        statements: [{ criterionId: 'k1', text: 'Other tab', words: 2, redactedText: null }],
      }),
      typed: [
        { criterionId: 'k1', text: 'My text' },
        { criterionId: 'k2', text: '' },
      ],
      conflict: true,
    });

    expect(model.version).toBe(4);
    expect(model.criteria[0]).toMatchObject({ title: 'Impact', value: 'My text', savedNow: 'Other tab' });
    expect(model.criteria[1].savedNow).toBeUndefined();
  });
});

type EvidenceFile = ReturnType<typeof nomination>['evidence'][number];

describe('evidenceViewModel', () => {
  it('states the types and the size limit before uploading, and carries the CSRF token in the upload URL', () => {
    const model = evidenceViewModel({ category: category(), nomination: nomination(), csrfToken: 'a b' });

    expect(model).toMatchObject({ accepted: 'PDF, Word document (.docx)', maxSize: '64 KB', maxFiles: 2, room: true });
    expect(model.uploadAction).toBe('/nominations/n1/evidence?_csrf=a%20b');
  });

  it("says where each file's privacy check is, with a plain Refresh link while it is being checked", () => {
    const file = (id: string, fileName: string, checkStatus: EvidenceFile['checkStatus']): EvidenceFile => ({
      id,
      fileName,
      type: 'pdf',
      size: 2048,
      sha256: 'a'.repeat(64),
      uploadedAt: '2027-03-01T09:00:00.000Z',
      checkStatus,
    });

    const model = evidenceViewModel({
      category: category({ evidenceMaxFiles: 5 }),
      nomination: nomination({
        evidence: [
          file('e1', 'letter.pdf', 'checking'),
          file('e2', 'photo.png', 'not_readable'),
          file('e3', 'scan.pdf', 'no_text'),
          file('e4', 'broken.pdf', 'failed'),
          file('e5', 'notes.pdf', 'checked'),
        ],
      }),
      csrfToken: 't',
    });

    expect(model.files.map((f) => [f.fileName, f.check])).toEqual([
      ['letter.pdf', { text: 'Checking…', refreshHref: '/nominations/n1/evidence' }],
      ['photo.png', { text: 'Not checked: images cannot be read' }],
      ['scan.pdf', { text: 'No text could be read from this file' }],
      ['broken.pdf', { text: 'This file could not be checked' }],
      ['notes.pdf', {}],
    ]);
  });
});

describe('checkAnswersViewModel', () => {
  const finding: PrivacyFinding = {
    kind: 'nhs_number',
    label: 'NHS number',
    source: { type: 'statement', criterionId: 'k1', criterionTitle: 'Impact' },
    start: 0,
    end: 12,
    masked: '943 *** ****',
  };

  it('shows each finding under its statement, masked, with what to do, and lets the person confirm when the programme allows it', () => {
    const model = checkAnswersViewModel({
      programme: programme(),
      category: category(),
      nomination: nomination(),
      findings: [finding],
    });

    expect(model.statements[0].findings).toEqual([
      { text: 'Possible NHS number: 943 *** ****', todo: 'Remove the NHS number or confirm it is needed' },
    ]);
    expect(model.statements[1].findings).toEqual([]);
    expect(model.mayConfirm).toBe(true);
  });

  it('suggests a description instead of a name or an address', () => {
    const model = checkAnswersViewModel({
      programme: programme(),
      category: category(),
      nomination: nomination(),
      findings: [
        { ...finding, kind: 'person_name', label: 'Name of a person', masked: 'D•••••••••e' },
        { ...finding, kind: 'street_address', label: 'Street address', masked: '• •••• •••e' },
      ],
    });

    expect(model.statements[0].findings).toEqual([
      {
        text: 'Possible name of a person: D•••••••••e',
        todo: "This looks like the name of someone you support: use a description such as 'an older man' instead, or confirm it is a colleague",
      },
      {
        text: 'Possible street address: • •••• •••e',
        todo: "This looks like where someone lives: describe it instead, such as 'a flat on an estate', or confirm it is a workplace",
      },
    ]);
  });

  it("shows each evidence finding under its file with its place, and a file's check while it is not done", () => {
    const evidence = (id: string, fileName: string, checkStatus: EvidenceFile['checkStatus']): EvidenceFile => ({
      id,
      fileName,
      type: 'docx',
      size: 1024,
      sha256: 'b'.repeat(64),
      uploadedAt: '2027-03-01T09:00:00.000Z',
      checkStatus,
    });
    const inFile = (source: Partial<Extract<PrivacyFinding['source'], { type: 'evidence' }>>): PrivacyFinding => ({
      ...finding,
      source: { type: 'evidence', evidenceId: 'e1', fileName: 'report.docx', ...source },
    });

    const model = checkAnswersViewModel({
      programme: programme(),
      category: category(),
      nomination: nomination({
        evidence: [evidence('e1', 'report.docx', 'checked'), evidence('e2', 'later.pdf', 'checking')],
      }),
      findings: [
        inFile({ page: 2 }),
        inFile({ part: 'header', paragraph: 1 }),
        inFile({ part: 'document', paragraph: 4 }),
        { ...inFile({}), kind: 'postcode', label: 'Postcode', masked: 'LS6 ***' },
      ],
    });

    expect(model.evidence[0].check).toEqual({});
    expect(model.evidence[0].findings.map((f) => f.text)).toEqual([
      'Possible NHS number (page 2): 943 *** ****',
      'Possible NHS number (header, paragraph 1): 943 *** ****',
      'Possible NHS number (paragraph 4): 943 *** ****',
      'Possible postcode: LS6 ***',
    ]);
    expect(model.evidence[1]).toMatchObject({
      check: { text: 'Checking…', refreshHref: '/nominations/n1/check-your-answers' },
      findings: [],
    });
  });

  it('offers no confirmation when the programme refuses any finding', () => {
    const model = checkAnswersViewModel({
      programme: programme({ privacyFindingsBlockSubmission: true }),
      category: category(),
      nomination: nomination(),
      findings: [finding],
    });

    expect(model.mayConfirm).toBe(false);
  });
});

describe('myNominationsViewModel', () => {
  it('lists drafts to continue apart from submitted ones with their status and screening outcome', () => {
    const model = myNominationsViewModel(
      [
        nomination(),
        nomination({
          id: 'n2',
          reference: 'SWW27-0043',
          status: 'ineligible',
          screening: { decision: 'ineligible', reason: 'Not staff', screenedAt: '2027-03-20T10:00:00.000Z' },
        }),
      ],
      new Map([['c1', 'Safeguarding Award']]),
    );

    expect(model.drafts).toEqual([
      { nominee: 'Sam Patel', category: 'Safeguarding Award', href: '/nominations/n1', reference: 'SWW27-0042' },
    ]);
    expect(model.submitted[0]).toMatchObject({ reference: 'SWW27-0043', status: 'Not eligible', outcome: 'Not staff' });
  });
});

describe('pageErrorsFor', () => {
  it('puts each of the API’s validation messages beside the field it names', () => {
    const error = new ApiError(
      400,
      undefined,
      'nominee.email must be an e-mail address; relationship must be shorter',
      undefined,
    );

    expect(pageErrorsFor(error)).toEqual({
      summary: [
        { text: 'nominee.email must be an e-mail address', href: '#nomineeEmail' },
        { text: 'relationship must be shorter', href: '#relationship' },
      ],
      fields: {
        nomineeEmail: { text: 'nominee.email must be an e-mail address' },
        relationship: { text: 'relationship must be shorter' },
      },
    });
  });

  it('links a word-limit refusal to the statement it names, and keeps a whole-form message unlinked', () => {
    const words = new ApiError(
      400,
      'nomination.invalid',
      'statements: the statement for "Practice" has 201 words; the limit is 200',
      undefined,
    );
    const stale = new ApiError(409, 'nomination.stale', 'Someone changed this nomination', undefined);

    expect(pageErrorsFor(words, category()).summary).toEqual([{ text: words.message, href: '#statement-k2' }]);
    expect(pageErrorsFor(stale, category())).toEqual({
      summary: [{ text: 'Someone changed this nomination' }],
      fields: {},
    });
  });
});
