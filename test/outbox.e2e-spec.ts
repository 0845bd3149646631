import { Client } from 'pg';
import { EventType, OutboxEvent, OutboxService } from '@commend/core';
import { startTestApi, type TestApi } from '@commend/testing';
import { EventCatalogue1796166973254 } from '../migrations/1796166973254-EventCatalogue';

describe('The outbox', () => {
  let api: TestApi;
  let outbox: OutboxService;

  beforeAll(async () => {
    api = await startTestApi();
    outbox = api.app.get(OutboxService);
  });
  afterAll(async () => {
    await api.close();
  });

  it('commits an event with the change that raised it, and wakes listeners on commit', async () => {
    const listener = new Client({ connectionString: api.config.databaseUrl });
    await listener.connect();
    await listener.query('LISTEN outbox');
    const notified = new Promise<string>((resolve) => listener.once('notification', (n) => resolve(n.payload ?? '')));

    const [event] = await api.db.transaction((manager) =>
      outbox.record(manager, { type: EventType.NominationSubmitted, payload: { nominationId: 'n-1' } }),
    );

    expect(await notified).toBe(event.id);
    await listener.end();
    const stored = await api.db.getRepository(OutboxEvent).findOneByOrFail({ id: event.id });
    expect(stored).toMatchObject({ type: 'nomination.submitted', payload: { nominationId: 'n-1' }, relayedAt: null });
  });

  it('keeps nothing when the transaction rolls back', async () => {
    await expect(
      api.db.transaction(async (manager) => {
        await outbox.record(manager, { type: EventType.NominationWithdrawn, payload: { nominationId: 'n-2' } });
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');

    expect(await api.db.getRepository(OutboxEvent).countBy({ type: 'nomination.withdrawn' })).toBe(0);
  });

  it('refuses to record outside a transaction', async () => {
    await expect(
      outbox.record(api.db.manager, { type: EventType.NominationSubmitted, payload: { nominationId: 'n-3' } }),
    ).rejects.toThrow('inside a transaction');
  });

  it('after a deploy that renamed types, delivers pending events under their new names and keeps history as written', async () => {
    // Arrange: rows as the release before the catalogue wrote them.
    const insert = (type: string, relayed: boolean) =>
      api.db
        .query<{ id: string }[]>(
          `INSERT INTO outbox_events (type, payload, relayed_at)
           VALUES ($1, $2, CASE WHEN $3 THEN now() END) RETURNING id`,
          [type, { programmeId: 'p-9' }, relayed],
        )
        .then(([row]) => row.id);
    const pending = await insert('judging.reminder', false);
    const relayed = await insert('programme.open', true);
    const key = (kind: string) => `${relayed}:${kind}:n-9:ann@example.org`;
    await api.db.query(
      `INSERT INTO notifications (dedupe_key, event_id, kind, recipient, subject, text, html)
       VALUES ($1, $2, 'outcome.awarded', 'ann@example.org', 'You won', 'text', '<p>html</p>')`,
      [key('outcome.awarded'), relayed],
    );

    // Act
    const runner = api.db.createQueryRunner();
    try {
      await new EventCatalogue1796166973254().up(runner);
    } finally {
      await runner.release();
    }

    // Assert
    const types = await api.db.query<{ id: string; type: string }[]>(
      'SELECT id, type FROM outbox_events WHERE id = ANY($1::uuid[])',
      [[pending, relayed]],
    );
    expect(Object.fromEntries(types.map((t) => [t.id, t.type]))).toEqual({
      [pending]: 'judging.deadline_neared',
      [relayed]: 'programme.open',
    });
    const [message] = await api.db.query<{ kind: string; dedupe_key: string }[]>(
      'SELECT kind, dedupe_key FROM notifications WHERE event_id = $1',
      [relayed],
    );
    expect(message).toEqual({ kind: 'outcomes.awarded', dedupe_key: key('outcomes.awarded') });
  });
});
