import { RedisThrottlerStorage } from './redis-throttler.storage';

describe('RedisThrottlerStorage', () => {
  it("turns the script's reply (milliseconds) into the throttler's record (seconds), under one hash-tagged pair of keys", async () => {
    const calls: { keys: string[]; args: string[] }[] = [];
    const storage = new RedisThrottlerStorage(
      (_script, keys, args) => {
        calls.push({ keys, args });
        return Promise.resolve([4, 59_001, 1, 60_000]);
      },
      'commend:api:rate:',
      () => undefined,
    );

    const record = await storage.increment('write:user:1', 60_000, 3, 60_000, 'default');

    expect(record).toEqual({ totalHits: 4, timeToExpire: 60, isBlocked: true, timeToBlockExpire: 60 });
    expect(calls).toEqual([
      {
        keys: ['commend:api:rate:{default:write:user:1}:hits', 'commend:api:rate:{default:write:user:1}:blocked'],
        args: ['60000', '3', '60000'],
      },
    ]);
  });

  it('lets requests through while Redis fails, warning once rather than on every request', async () => {
    const warnings: string[] = [];
    const storage = new RedisThrottlerStorage(
      () => Promise.reject(new Error("Stream isn't writeable and enableOfflineQueue options is false")),
      'p:',
      (message) => warnings.push(message),
    );

    const records = [
      await storage.increment('k', 60_000, 1, 60_000, 'default'),
      await storage.increment('k', 60_000, 1, 60_000, 'default'),
    ];

    expect(records.map((r) => r.isBlocked)).toEqual([false, false]);
    expect(warnings).toEqual([expect.stringMatching(/^Rate limiting is off while Redis does not answer/)]);
  });
});
