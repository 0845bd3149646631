import { ApiError } from '../api-client/api-error';
import type { Category, Programme, Readiness } from './setting-up-api';
import {
  categoryErrors,
  categoryFields,
  categoryFormOf,
  categoryViewModel,
  checkViewModel,
  openErrors,
  programmeErrors,
  programmeFields,
  programmeFormOf,
  programmeViewModel,
  readCategoryForm,
  readProgrammeAction,
  readProgrammeForm,
  withIdentifierRows,
  withRows,
} from './setting-up.view-model';

const programme = {
  id: 'p1',
  name: 'Awards 2027',
  status: 'draft',
  timeZone: 'Europe/London',
  nominationsOpenAt: '2027-06-01T08:00:00Z',
  nominationsCloseAt: '2027-07-01T16:00:00Z',
  blindJudging: true,
  notifyNomineeOnSubmission: false,
  retentionMonths: 24,
  version: 3,
} as Programme;

describe('the programme form', () => {
  it('reads the dates in the programme time zone (British Summer Time here) as instants', () => {
    const form = readProgrammeForm({
      name: ' Awards 2027 ',
      referencePrefix: 'aw27',
      timeZone: 'Europe/London',
      'opens[day]': '1',
      'opens[month]': '6',
      'opens[year]': '2027',
      'opens-time': '9am',
      'closes[day]': '1',
      'closes[month]': '7',
      'closes[year]': '2027',
      'closes-time': '17:00',
      blindJudging: 'yes',
      notifyNominee: 'no',
      retentionMonths: '36',
    });

    const read = programmeFields(form);

    expect(read).toEqual({
      fields: expect.objectContaining({
        name: 'Awards 2027',
        referencePrefix: 'AW27',
        nominationsOpenAt: '2027-06-01T08:00:00Z',
        nominationsCloseAt: '2027-07-01T16:00:00Z',
        blindJudging: true,
        notifyNomineeOnSubmission: false,
        retentionMonths: 36,
      }),
    });
  });

  it('names each missing part, linked to its field', () => {
    const read = programmeFields(readProgrammeForm({ 'opens[day]': '1', 'opens-time': '25:00' }));

    expect('errors' in read && read.errors.summary).toEqual([
      { text: 'Enter the name of the programme', href: '#name' },
      { text: 'Enter a reference prefix, like SWW27', href: '#referencePrefix' },
      { text: 'The date nominations open must include a month and a year', href: '#opens-month' },
      { text: 'Enter a real time, like 10:00 or 10am', href: '#opens-time' },
      { text: 'Enter the date nominations close', href: '#closes-day' },
      { text: 'Enter the time, like 10:00 or 10am', href: '#closes-time' },
    ]);
  });

  const dated = {
    name: 'Awards 2027',
    referencePrefix: 'AW27',
    'opens[day]': '1',
    'opens[month]': '6',
    'opens[year]': '2027',
    'opens-time': '9am',
    'closes[day]': '1',
    'closes[month]': '7',
    'closes[year]': '2027',
    'closes-time': '17:00',
  };

  it('reads the judging close and the planned announcement in the programme time zone, and the consent wording', () => {
    const read = programmeFields(
      readProgrammeForm({
        ...dated,
        'judgingCloses[day]': '1',
        'judgingCloses[month]': '8',
        'judgingCloses[year]': '2027',
        'judgingCloses-time': '5pm',
        'announcement[day]': '1',
        'announcement[month]': '12',
        'announcement[year]': '2027',
        'announcement-time': '10:00',
        consentWording: ' Your name goes on the staff intranet. ',
      }),
    );

    expect(read).toEqual({
      fields: expect.objectContaining({
        judgingCloseAt: '2027-08-01T16:00:00Z',
        // December: Greenwich Mean Time.
        plannedAnnouncementAt: '2027-12-01T10:00:00Z',
        publicityConsentWording: 'Your name goes on the staff intranet.',
      }),
    });
  });

  it('sends the optional dates left empty as null, which clears them', () => {
    const read = programmeFields(readProgrammeForm(dated));

    expect(read).toEqual({ fields: expect.objectContaining({ judgingCloseAt: null, plannedAnnouncementAt: null }) });
  });

  it('names what is missing of a partly filled optional date', () => {
    const read = programmeFields(readProgrammeForm({ ...dated, 'announcement[day]': '1' }));

    expect('errors' in read && read.errors.summary).toEqual([
      { text: 'The planned announcement date must include a month and a year', href: '#announcement-month' },
      { text: 'Enter the time, like 10:00 or 10am', href: '#announcement-time' },
    ]);
  });

  it("puts the API's refusal of a date on that date, the summary linking to its day", () => {
    const error = new ApiError(400, 'programme.invalid_dates', 'plannedAnnouncementAt must be after judging closes', {
      fields: { plannedAnnouncementAt: 'plannedAnnouncementAt must be after judging closes' },
    });

    expect(programmeErrors(error)).toEqual({
      summary: [{ text: 'plannedAnnouncementAt must be after judging closes', href: '#announcement-day' }],
      fields: { announcement: { text: 'plannedAnnouncementAt must be after judging closes' } },
    });
  });

  it('shows a stored programme in its own time zone', () => {
    expect(programmeFormOf(programme)).toMatchObject({
      opens: { day: '1', month: '6', year: '2027', time: '09:00' },
      closes: { day: '1', month: '7', year: '2027', time: '17:00' },
      blindJudging: 'yes',
      version: '3',
    });
    expect(
      programmeFormOf({
        ...programme,
        judgingCloseAt: '2027-08-01T16:00:00Z',
        plannedAnnouncementAt: null,
        publicityConsentWording: 'Published on the intranet.',
      }),
    ).toMatchObject({
      judgingCloses: { day: '1', month: '8', year: '2027', time: '17:00' },
      announcement: { day: '', month: '', year: '', time: '' },
      consentWording: 'Published on the intranet.',
    });
  });
});

describe("the programme's own identifiers", () => {
  const dated = {
    name: 'Awards 2027',
    referencePrefix: 'AW27',
    'opens[day]': '1',
    'opens[month]': '6',
    'opens[year]': '2027',
    'opens-time': '9am',
    'closes[day]': '1',
    'closes[month]': '7',
    'closes[year]': '2027',
    'closes-time': '5pm',
  };

  it('sends the filled rows (the pattern in capitals), drops empty ones, and an empty list clears them', () => {
    const form = readProgrammeForm({
      ...dated,
      identifiersCount: '3',
      'identifiers-0-label': ' Hospital number ',
      'identifiers-0-pattern': 'a999999',
      'identifiers-1-label': '',
      'identifiers-1-pattern': '',
      'identifiers-2-label': 'Case number',
      'identifiers-2-pattern': '99-999999',
    });

    const read = programmeFields(form);

    expect('fields' in read && read.fields.privacyLocalIdentifiers).toEqual([
      { label: 'Hospital number', pattern: 'A999999' },
      { label: 'Case number', pattern: '99-999999' },
    ]);
    const none = programmeFields(readProgrammeForm({ ...dated, identifiersCount: '1' }));
    expect('fields' in none && none.fields.privacyLocalIdentifiers).toEqual([]);
  });

  it('says what a half-filled row lacks, on that field', () => {
    const read = programmeFields(
      readProgrammeForm({
        ...dated,
        identifiersCount: '2',
        'identifiers-0-label': 'Hospital number',
        'identifiers-1-pattern': 'A999999',
      }),
    );

    expect('errors' in read && read.errors.summary).toEqual([
      { text: 'Enter the pattern of identifier 1, like A999999', href: '#identifiers-0-pattern' },
      { text: 'Enter what identifier 2 is called, like Hospital number', href: '#identifiers-1-label' },
    ]);
  });

  it("puts the API's refusal of a row's pattern on that row's pattern field", () => {
    const message =
      'privacyLocalIdentifiers.1.pattern must be 4 to 30 of A (a letter) and 9 (a digit), at least one 9, with a single space, hyphen or slash allowed between them (e.g. A999999)';
    const error = new ApiError(
      400,
      undefined,
      `${message}; name must be shorter than or equal to 200 characters`,
      undefined,
    );

    expect(programmeErrors(error)).toEqual({
      summary: [
        { text: message, href: '#identifiers-1-pattern' },
        { text: 'name must be shorter than or equal to 200 characters', href: '#name' },
      ],
      fields: {
        'identifiers-1-pattern': { text: message },
        name: { text: 'name must be shorter than or equal to 200 characters' },
      },
    });
  });

  it('shows the stored identifiers, or one empty row; adds rows up to 10 and removes them without JavaScript', () => {
    const stored = programmeFormOf({
      ...programme,
      privacyLocalIdentifiers: [{ label: 'Hospital number', pattern: 'A999999' }],
    });
    expect(stored.identifiers).toEqual([{ label: 'Hospital number', pattern: 'A999999' }]);
    expect(programmeFormOf(programme).identifiers).toEqual([{ label: '', pattern: '' }]);

    expect(readProgrammeAction({ action: 'add-identifier' })).toBe('add');
    expect(readProgrammeAction({ action: 'remove-identifier-0' })).toBe(0);
    expect(readProgrammeAction({ action: 'save' })).toBe('save');
    expect(readProgrammeAction({})).toBe('save');
    const added = withIdentifierRows(stored, 'add');
    expect(added.identifiers).toHaveLength(2);
    expect(withIdentifierRows(added, 0).identifiers).toEqual([{ label: '', pattern: '' }]);
    expect(withIdentifierRows(stored, 0).identifiers).toEqual([{ label: '', pattern: '' }]);
    let full = stored;
    for (let i = 0; i < 12; i += 1) full = withIdentifierRows(full, 'add');
    expect(full.identifiers).toHaveLength(10);
    expect(programmeViewModel(full, programme).canAddIdentifier).toBe(false);
    expect(programmeViewModel(stored, programme).canAddIdentifier).toBe(true);
  });
});

describe('the category form', () => {
  const body = {
    name: 'Team of the Year',
    criteriaCount: '2',
    'criteria-0-title': 'Impact',
    'criteria-0-weight': '60',
    'criteria-0-scaleMax': '10',
    'criteria-0-wordLimit': '300',
    'criteria-1-title': '',
    'criteria-1-weight': '',
    'criteria-1-scaleMax': '10',
    'criteria-1-wordLimit': '300',
    blindJudging: 'programme',
    notifyNominee: 'yes',
  };

  it('sends the filled criteria and the settings as "the programme\'s", yes or no', () => {
    const read = categoryFields(readCategoryForm(body).form);

    expect(read).toEqual({
      fields: expect.objectContaining({
        name: 'Team of the Year',
        blindJudging: null,
        notifyNominee: true,
        criteria: [{ title: 'Impact', weight: 60, scaleMax: 10, wordLimit: 300, guidance: '' }],
      }),
    });
  });

  it('adds and removes criterion rows without JavaScript', () => {
    const added = readCategoryForm({ ...body, action: 'add' });
    const removed = readCategoryForm({ ...body, action: 'remove-0' });

    expect(added.action).toBe('add');
    expect(withRows(added.form, 'add').criteria).toHaveLength(3);
    expect(removed.action).toBe(0);
    expect(withRows(removed.form, 0).criteria.map((c) => c.title)).toEqual(['']);
  });

  it('sends the largest file in bytes and the ticked evidence types', () => {
    const read = categoryFields(
      readCategoryForm({ ...body, evidenceMaxMb: '2.5', evidenceTypes: ['png', 'pdf'] }).form,
    );
    const one = categoryFields(readCategoryForm({ ...body, evidenceTypes: 'text' }).form);
    const none = categoryFields(readCategoryForm(body).form);

    expect(read).toEqual({
      fields: expect.objectContaining({ evidenceMaxBytes: 2.5 * 1024 * 1024, evidenceTypes: ['pdf', 'png'] }),
    });
    expect(one).toEqual({ fields: expect.objectContaining({ evidenceTypes: ['text'] }) });
    expect(none).toEqual({ fields: expect.objectContaining({ evidenceTypes: [] }) });
  });

  it("shows a stored category's largest file in megabytes and its types ticked, by their plain names", () => {
    const category = {
      id: 'c1',
      name: 'Team of the Year',
      evidenceMaxFiles: 2,
      evidenceMaxBytes: 10 * 1024 * 1024,
      evidenceTypes: ['pdf', 'jpeg'],
      criteria: [],
      version: 1,
    } as unknown as Category;

    const form = categoryFormOf(category);
    const view = categoryViewModel({ programme, category, form });

    expect(form).toMatchObject({ evidenceMaxMb: '10', evidenceTypes: ['pdf', 'jpeg'] });
    expect(categoryFormOf({ ...category, evidenceMaxBytes: 64 * 1024 }).evidenceMaxMb).toBe('0.1');
    expect(view.evidenceTypeItems).toEqual([
      { value: 'pdf', text: 'PDF', checked: true },
      { value: 'docx', text: 'Word document (.docx)', checked: false },
      { value: 'png', text: 'PNG image', checked: false },
      { value: 'jpeg', text: 'JPEG photo', checked: true },
      { value: 'text', text: 'Plain text (.txt)', checked: false },
    ]);
  });

  it("refuses a largest file size that is not a number of megabytes, and puts the API's limit on that field", () => {
    const read = categoryFields(readCategoryForm({ ...body, evidenceMaxMb: '10MB' }).form);
    const refused = categoryErrors(
      // As the API sends a validation refusal: the properties named only in the message.
      new ApiError(
        400,
        undefined,
        'evidenceMaxBytes must be at most 25 MB (26214400 bytes); criteria.0.weight must not be less than 1; version must be the version you last read',
        undefined,
      ),
    );

    expect('errors' in read && read.errors.summary).toEqual([
      { text: 'The largest file size must be a number of megabytes, like 10 or 2.5', href: '#evidenceMaxMb' },
    ]);
    expect(refused).toEqual({
      summary: [
        { text: 'evidenceMaxBytes must be at most 25 MB (26214400 bytes)', href: '#evidenceMaxMb' },
        { text: 'criteria.0.weight must not be less than 1', href: '#criteria-0-weight' },
        { text: 'version must be the version you last read' },
      ],
      fields: {
        evidenceMaxMb: { text: 'evidenceMaxBytes must be at most 25 MB (26214400 bytes)' },
        'criteria-0-weight': { text: 'criteria.0.weight must not be less than 1' },
      },
    });
  });

  it('refuses a criterion whose weight is not a number', () => {
    const read = categoryFields(readCategoryForm({ ...body, 'criteria-0-weight': 'lots' }).form);

    expect('errors' in read && read.errors.summary).toEqual([
      { text: 'The weight of criterion 1 must be a whole number', href: '#criteria-0-weight' },
    ]);
  });
});

describe('check before you open', () => {
  const readiness: Readiness = {
    programmeId: 'p1',
    ready: false,
    problems: [{ code: 'category.no_criteria', message: 'Team of the Year has no criteria', categoryId: 'c2' }],
    warnings: [{ code: 'category.no_panel', message: 'Team of the Year has no panel yet', categoryId: 'c2' }],
  };

  it('links each problem to where it is put right', () => {
    const view = checkViewModel(programme, readiness, [
      { id: 'c2', name: 'Team of the Year', criteria: [] } as unknown as Category,
    ]);

    expect(view.problems).toEqual([{ text: 'Team of the Year has no criteria', href: '/coordinating/categories/c2' }]);
    expect(view.warnings).toEqual([
      { text: 'Team of the Year has no panel yet', href: '/coordinating/categories/c2/panel' },
    ]);
    expect(view.openHref).toBe('/coordinating/programmes/p1/open');
  });

  it('lists the problems of a refused opening in the error summary', () => {
    const error = new ApiError(422, 'programme.not_ready', 'Team of the Year has no criteria', {
      problems: readiness.problems,
    });

    expect(openErrors(programme, error).summary).toEqual([
      { text: 'Team of the Year has no criteria', href: '/coordinating/categories/c2' },
    ]);
  });
});
