import type { ThrottlerStorage } from '@nestjs/throttler';

/** Runs a Lua script: the one thing the store needs of a Redis client (ioredis or node-redis). */
export type RunScript = (script: string, keys: string[], args: string[]) => Promise<unknown>;

/**
 * A fixed window per key, counted and judged in one script so that several instances sharing
 * one Redis agree on every hit. KEYS: the window's counter, the block marker.
 * ARGV: window (ms), limit, block (ms). Returns hits, ms left in the window, blocked (0/1), ms
 * left of the block.
 */
const INCREMENT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  return {tonumber(redis.call('GET', KEYS[1]) or '0'), math.max(redis.call('PTTL', KEYS[1]), 0), 1, blocked}
end
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return {hits, left, 1, tonumber(ARGV[3])}
end
return {hits, left, 0, 0}
`;

const WARN_EVERY_MS = 60_000;

/**
 * @nestjs/throttler's storage in Redis, shared by every instance of an app. When Redis cannot
 * answer, the request goes through (fail open) with a warning at most once a minute: the
 * limit is a brake on abuse, not a rule any data depends on, and the API's writes go to
 * PostgreSQL, so a Redis outage must not turn every save into an error.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private lastWarning = 0;

  constructor(
    private readonly run: RunScript,
    /** Keeps apps' counters apart in one Redis, e.g. `commend:api:rate:`. */
    private readonly prefix: string,
    private readonly warn: (message: string) => void,
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    // One hash tag, so both keys live on the same node of a Redis Cluster.
    const base = `${this.prefix}{${throttlerName}:${key}}`;
    try {
      const reply = (await this.run(
        INCREMENT,
        [`${base}:hits`, `${base}:blocked`],
        [String(ttl), String(limit), String(blockDuration)],
      )) as [number, number, number, number];
      const [totalHits, leftMs, blocked, blockLeftMs] = reply.map(Number);
      return {
        totalHits,
        timeToExpire: Math.ceil(leftMs / 1000),
        isBlocked: blocked === 1,
        timeToBlockExpire: Math.ceil(blockLeftMs / 1000),
      };
    } catch (error) {
      if (Date.now() - this.lastWarning > WARN_EVERY_MS) {
        this.lastWarning = Date.now();
        this.warn(
          `Rate limiting is off while Redis does not answer (${error instanceof Error ? error.message : String(error)}): requests go through unlimited`,
        );
      }
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }
}
