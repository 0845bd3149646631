import { Redis, type RedisOptions } from 'ioredis';

/**
 * Workers block on Redis and must never give up a command (BullMQ requires
 * `maxRetriesPerRequest: null`). Producers and health checks must fail fast instead of
 * queueing commands while Redis is down (`enableOfflineQueue: false`).
 */
export function createRedis(url: string, role: 'worker' | 'producer', options: RedisOptions = {}): Redis {
  const base: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 };
  return new Redis(url, {
    ...base,
    // Reconnect forever, backing off to 2 s: Redis coming back must not need a restart.
    retryStrategy: (times) => Math.min(times * 200, 2000),
    ...options,
  });
}
