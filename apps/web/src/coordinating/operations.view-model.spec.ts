import { ApiError, toPageErrors } from '../api-client/api-error';
import type { NotificationView, PersonExport, Programme } from './operations-api';
import { notificationsViewModel, peopleViewModel, personExportFileName, readPersonForm } from './operations.view-model';

const programme = (over: Partial<Programme> = {}): Programme =>
  ({ id: 'p1', name: 'Social Work Week 2027 Awards', timeZone: 'Europe/London', ...over }) as Programme;
const failed = (over: Partial<NotificationView> = {}): NotificationView =>
  ({
    id: 'n1',
    kind: 'nomination.receipt',
    programmeId: 'p1',
    recipient: 'alex.morgan@example.nhs.uk',
    subject: 'Your nomination of Sam Patel is in (SWW-0001)',
    status: 'failed',
    attempts: 3,
    lastError: 'connect ECONNREFUSED 127.0.0.1:2525',
    updatedAt: '2027-03-01T17:30:00.000Z',
    ...over,
  }) as NotificationView;

describe('failed notifications', () => {
  it('lists each with its reason and the time it failed in words, in its programme’s zone', () => {
    const model = notificationsViewModel({
      programmes: [programme(), programme({ id: 'p2', name: 'Nursing Stars', timeZone: 'America/New_York' })],
      programmeId: 'p2',
      page: { items: [failed({ programmeId: 'p2' })], total: 1, page: 1, pageSize: 100 },
    });
    expect(model.rows).toEqual([
      {
        id: 'n1',
        subject: 'Your nomination of Sam Patel is in (SWW-0001)',
        recipient: 'alex.morgan@example.nhs.uk',
        reason: 'connect ECONNREFUSED 127.0.0.1:2525',
        failedAt: 'Monday 1 March 2027 at 12:30pm',
      },
    ]);
    expect(model.programmes.find((p) => p.selected)).toEqual({ value: 'p2', text: 'Nursing Stars', selected: true });
    expect(model.count).toBe('1 failed.');
    expect(model.banner).toBeNull();
  });

  it('says when nothing failed, when the list is cut short, and how many were re-sent', () => {
    const none = notificationsViewModel({ programmes: [], page: { items: [], total: 0, page: 1, pageSize: 100 } });
    expect(none.count).toBe('No notification has failed.');
    expect(none.programmes).toEqual([{ value: '', text: 'All programmes', selected: true }]);
    const many = notificationsViewModel({
      programmes: [programme()],
      page: { items: [failed({ programmeId: null, lastError: null })], total: 140, page: 1, pageSize: 100 },
      resent: 3,
    });
    expect(many.count).toBe('140 failed (the newest 1 are shown).');
    expect(many.rows[0].reason).toBe('No reason was recorded');
    expect(many.banner).toBe('3 notifications are being sent again.');
    const one = notificationsViewModel({
      programmes: [],
      page: { items: [], total: 0, page: 1, pageSize: 100 },
      resent: 1,
    });
    expect(one.banner).toBe('1 notification is being sent again.');
  });
});

describe('subject access', () => {
  const held = (over: Partial<PersonExport> = {}): PersonExport => ({
    email: 'sam.patel@example.nhs.uk',
    exportedAt: '2027-03-01T10:00:00.000Z',
    account: null,
    nominationsMade: [],
    nominationsReceived: [{ id: 'x' }, { id: 'y' }],
    judgingSeats: [],
    conflicts: [],
    scorecards: [],
    messages: [{ id: 'm' }],
    actions: [],
    ...over,
  });

  it('summarises how much of each kind is held, never the rows', () => {
    const model = peopleViewModel({ email: 'sam.patel@example.nhs.uk', held: held() });
    expect(model.held?.account).toBe('Has never signed in');
    expect(model.held?.nothing).toBe(false);
    expect(model.held?.rows).toContainEqual({ key: { text: 'Nominations of them' }, value: { text: '2' } });
    expect(model.held?.rows).toContainEqual({ key: { text: 'E-mails sent to them' }, value: { text: '1' } });
    expect(JSON.stringify(model)).not.toContain('"id":"x"');
  });

  it('says when nothing is held', () => {
    const model = peopleViewModel({
      email: 'nobody@example.nhs.uk',
      held: held({ nominationsReceived: [], messages: [] }),
    });
    expect(model.held?.nothing).toBe(true);
  });

  it("puts the API's refusal on the e-mail field and links the summary to it", () => {
    const error = new ApiError(400, undefined, 'email must be an email', undefined);
    const model = peopleViewModel({ email: 'not an address', errors: toPageErrors(error) });
    expect(model.email).toBe('not an address');
    expect(model.errors).toEqual({
      summary: [{ text: 'email must be an email', href: '#email' }],
      fields: { email: { text: 'email must be an email' } },
    });
  });

  it('reads the address trimmed, and names the file without the domain', () => {
    expect(readPersonForm({ email: '  sam.patel@example.nhs.uk ' })).toEqual({ email: 'sam.patel@example.nhs.uk' });
    expect(readPersonForm({})).toEqual({ email: '' });
    expect(personExportFileName('sam.patel@example.nhs.uk', new Date('2027-03-01T10:00:00Z'))).toBe(
      'subject-access-sam.patel-2027-03-01.json',
    );
  });
});
