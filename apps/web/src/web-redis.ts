import { createClient, type RedisClientType } from 'redis';

export const WEB_REDIS = Symbol('WEB_REDIS');

/** The sessions' node-redis client: reconnects by itself; errors show in /health/ready, not as log noise. */
export async function connectWebRedis(url: string): Promise<RedisClientType> {
  const client: RedisClientType = createClient({
    url,
    socket: { reconnectStrategy: (retries) => Math.min(retries * 100, 2000), connectTimeout: 2000 },
    // A command while disconnected fails at once, so a page shows "unavailable" rather than hanging.
    disableOfflineQueue: true,
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}
