import { Client } from 'pg';
import { EventType, OutboxEvent, OutboxService } from '@commend/core';
import { startTestApi, type TestApi } from '@commend/testing';

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
});
