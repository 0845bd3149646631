import type { AuditRecord, Programme } from './auditing-api';
import { ApiError } from '../api-client/api-error';
import { readTrailForm, startOfDay, trailErrors, trailQuery, trailViewModel } from './auditing.view-model';

const programme = (over: Partial<Programme> = {}): Programme =>
  ({ id: 'p1', name: 'Social Work Week 2027 Awards', timeZone: 'Europe/London', ...over }) as Programme;
const record = (over: Partial<AuditRecord> = {}): AuditRecord =>
  ({
    id: 'r1',
    seq: '12',
    occurredAt: '2027-07-01T08:00:00.000Z',
    actorId: 'u1',
    action: 'nomination.screened',
    entityType: 'nomination',
    entityId: 'n1',
    data: { decision: 'eligible' },
    ...over,
  }) as AuditRecord;

describe('the trail filter', () => {
  it('reads every filter from the query, trimmed, ignoring anything not a string', () => {
    const form = readTrailForm({ programmeId: ' p1 ', action: 'nomination.screened', from: ['x'] });
    expect(form).toEqual({
      programmeId: 'p1',
      entityType: '',
      entityId: '',
      actorId: '',
      action: 'nomination.screened',
      from: '',
      to: '',
      before: '',
    });
  });

  it('asks for the actor by e-mail address when one is typed, and by user id otherwise (as links carry it)', () => {
    const byEmail = trailQuery({ ...readTrailForm({ actorId: ' Sam.Okafor@example.nhs.uk ' }) }, 'Europe/London');
    const byId = trailQuery({ ...readTrailForm({ actorId: 'u1' }) }, 'Europe/London');

    expect(byEmail).toEqual({ query: expect.objectContaining({ actorEmail: 'Sam.Okafor@example.nhs.uk' }) });
    expect(byEmail).toEqual({ query: expect.not.objectContaining({ actorId: expect.anything() }) });
    expect(byId).toEqual({ query: expect.objectContaining({ actorId: 'u1' }) });
  });

  it('puts an unknown actor on the actor field', () => {
    const error = new ApiError(
      404,
      'audit.actor_unknown',
      'No one who has signed in has that e-mail address',
      undefined,
    );

    expect(trailErrors(error)).toEqual({
      summary: [{ text: 'No one who has signed in has that e-mail address', href: '#actorId' }],
      fields: { actorId: { text: 'No one who has signed in has that e-mail address' } },
    });
  });

  it('turns the dates into the start of the day in the zone, `to` including its day', () => {
    expect(startOfDay('2027-07-01', 'Europe/London')).toBe('2027-06-30T23:00:00.000Z'); // summer time
    expect(startOfDay('2027-01-15', 'Europe/London')).toBe('2027-01-15T00:00:00.000Z');
    expect(startOfDay('2027-01-31', 'Europe/London', 1)).toBe('2027-02-01T00:00:00.000Z');
    const read = trailQuery({ ...readTrailForm({}), from: '2027-07-01', to: '2027-07-01' }, 'Europe/London');
    expect(read).toEqual({
      query: expect.objectContaining({ from: '2027-06-30T23:00:00.000Z', to: '2027-07-01T23:00:00.000Z' }),
    });
  });

  it('refuses a date that is not a real one, on its field', () => {
    const read = trailQuery({ ...readTrailForm({}), from: '2027-02-30', to: 'soon' }, 'Europe/London');
    expect(read).toEqual({
      errors: {
        summary: [
          { text: 'Enter the "from" date as a real date, for example 2027-03-21', href: '#from' },
          { text: 'Enter the "to" date as a real date, for example 2027-03-21', href: '#to' },
        ],
        fields: {
          from: { text: 'Enter the "from" date as a real date, for example 2027-03-21' },
          to: { text: 'Enter the "to" date as a real date, for example 2027-03-21' },
        },
      },
    });
  });
});

describe('the trail page', () => {
  const form = { ...readTrailForm({}), programmeId: 'p1', action: 'nomination.screened' };

  it('shows each record with its time in words, the system as such, and pages older and newest', () => {
    const model = trailViewModel({
      programmes: [programme()],
      form: { ...form, before: '40' },
      page: { items: [record(), record({ seq: '11', actorId: null, action: 'programme.closed' })], nextBefore: '11' },
      verification: { lastCheck: null },
    });
    expect(model.rows[0]).toEqual([
      { text: '12' },
      { text: 'Thursday 1 July 2027 at 9am' },
      { text: 'u1' },
      { text: 'nomination.screened' },
      { text: 'nomination n1' },
      { text: '{"decision":"eligible"}' },
    ]);
    expect(model.rows[1][2]).toEqual({ text: 'The system' });
    expect(model.olderHref).toBe('/auditing?programmeId=p1&action=nomination.screened&before=11');
    expect(model.newestHref).toBe('/auditing?programmeId=p1&action=nomination.screened');
    expect(model.exportHref).toBe('/auditing/export?programmeId=p1&action=nomination.screened');
    expect(model.verification).toEqual({
      state: 'never',
      text: 'The chain has not been checked yet.',
      checkedAt: null,
    });
  });

  it('says whether the chain held when last checked, and where it broke', () => {
    const at = '2027-07-01T02:00:00.000Z';
    const holds = trailViewModel({
      programmes: [],
      form,
      verification: {
        lastCheck: { id: 'c', checkedAt: at, ok: true, checked: 120, brokenSeq: null, brokenId: null, problem: null },
      },
    });
    expect(holds.verification).toEqual({
      state: 'holds',
      text: 'The chain holds: 120 records checked.',
      checkedAt: 'Thursday 1 July 2027 at 3am',
    });
    const broken = trailViewModel({
      programmes: [],
      form,
      verification: {
        lastCheck: {
          id: 'c',
          checkedAt: at,
          ok: false,
          checked: 2,
          brokenSeq: '3',
          brokenId: 'r3',
          problem: 'its content does not match its hash',
        },
      },
    });
    expect(broken.verification.text).toBe(
      'The chain is broken at record 3: its content does not match its hash. The 2 records before it are intact.',
    );
    expect(broken.empty).toBe(true);
  });
});
