import { EventType } from '@commend/core';
import { PROGRAMME_STATUSES, type ProgrammeStatus } from './entities/programme.entity';
import { canTransition, programmeTransition } from './programme-lifecycle';
import { ProgrammeTransitionRefusedError } from './programmes.errors';

/** The design's lifecycle, written out here rather than read from the table under test. */
const ALLOWED: [from: ProgrammeStatus, to: ProgrammeStatus, action: string, event: EventType][] = [
  ['draft', 'open', 'programme.open', EventType.ProgrammeOpened],
  ['open', 'closed', 'programme.closed', EventType.ProgrammeClosed],
  ['closed', 'decided', 'programme.decided', EventType.ProgrammeDecided],
  ['decided', 'announced', 'announcement.published', EventType.AnnouncementPublished],
  ['announced', 'archived', 'programme.archived', EventType.ProgrammeArchived],
];

/** The one state each status is reached from, for the refusal's message. */
const REACHED_FROM: Partial<Record<ProgrammeStatus, ProgrammeStatus>> = {
  open: 'draft',
  closed: 'open',
  decided: 'closed',
  announced: 'decided',
  archived: 'announced',
};

const REFUSED = PROGRAMME_STATUSES.flatMap((from) => PROGRAMME_STATUSES.map((to) => [from, to] as const)).filter(
  ([from, to]) => !ALLOWED.some(([f, t]) => f === from && t === to),
);

function errorOf(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the programme lifecycle', () => {
  it.each(ALLOWED)('allows %s → %s, recording %s and emitting %s', (from, to, action, event) => {
    // Act
    const transition = programmeTransition(from, to);

    // Assert
    expect(transition).toEqual({ from, to, action, event });
    expect(canTransition(from, to)).toBe(true);
  });

  it('refuses every other pair of states, including staying put', () => {
    // Every ordered pair of the six states is either allowed above or refused here.
    expect(REFUSED).toHaveLength(PROGRAMME_STATUSES.length ** 2 - ALLOWED.length);
  });

  it.each(REFUSED)('refuses %s → %s as a 422 programme.invalid_state naming the state it needs', (from, to) => {
    // Act
    const refusal = errorOf(() => programmeTransition(from, to));

    // Assert
    expect(canTransition(from, to)).toBe(false);
    expect(refusal).toBeInstanceOf(ProgrammeTransitionRefusedError);
    expect(refusal).toMatchObject({
      kind: 'unprocessable',
      code: 'programme.invalid_state',
      message: REACHED_FROM[to]
        ? `The programme is ${from}; only a ${REACHED_FROM[to]} programme can become ${to}`
        : `The programme is ${from}; no programme can become ${to}`,
    });
  });
});
