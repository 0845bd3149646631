import { EVENT_CATALOGUE, EventType, LEGACY_EVENT_TYPES, toEventView } from './event-catalogue';

describe('the event catalogue', () => {
  it('reads a stored event of a current type as it was recorded', () => {
    // Arrange
    const row = { id: 'e-1', type: 'nomination.submitted', payload: { nominationId: 'n-1' } };

    // Act
    const event = toEventView(row);

    // Assert
    expect(event).toEqual({ id: 'e-1', type: EventType.NominationSubmitted, payload: { nominationId: 'n-1' } });
  });

  it.each([
    ['programme.open', EventType.ProgrammeOpened],
    ['judging.reminder', EventType.JudgingDeadlineNeared],
    ['notification.resend', EventType.NotificationResendRequested],
  ])('reads an event relayed under its old name %s as %s, so it still reaches its consumer', (stored, current) => {
    // Act
    const event = toEventView({ id: 'e-2', type: stored, payload: { programmeId: 'p-1' } });

    // Assert
    expect(event?.type).toBe(current);
  });

  it.each(['programme.created', 'programme.updated', 'nomination.created', 'scorecard.submitted', 'x'])(
    'reads %s, a type no longer emitted, as nothing to act on',
    (stored) => {
      // Act
      const event = toEventView({ id: 'e-3', type: stored, payload: {} });

      // Assert
      expect(event).toBeNull();
    },
  );

  it('names old types only for current ones, and never a current name as old', () => {
    // Assert
    const current = new Set<string>(Object.values(EventType));
    for (const [old, now] of Object.entries(LEGACY_EVENT_TYPES)) {
      expect(current.has(old)).toBe(false);
      expect(current.has(now)).toBe(true);
    }
  });

  it('says for every event who consumes it, or which integration would want it', () => {
    // Assert
    for (const type of Object.values(EventType)) {
      const use = EVENT_CATALOGUE[type];
      expect(use.why.length).toBeGreaterThan(10);
      if (use.consumers.length === 0) expect(use.why).toMatch(/^integrations: /);
    }
  });

  it('names each event in the past tense, as a domain fact', () => {
    // Assert: the last word of every type ends as a past participle does (opened, submitted, withdrawn…).
    for (const type of Object.values(EventType)) {
      expect(type).toMatch(/^[a-z]+\.([a-z]+_)*[a-z]+(ed|n)$/);
    }
  });
});
