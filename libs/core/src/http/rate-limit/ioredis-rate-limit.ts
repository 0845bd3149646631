import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { createRedis } from '../../queue/redis';
import type { RateLimitRedis } from './rate-limit.module';

const READY_WAIT_MS = 2_000;

/**
 * The API's connection for the rate limit: a producer's (fails fast while Redis is down, so
 * the store lets the request through rather than holding it).
 */
@Injectable()
export class IoredisRateLimitRedis implements RateLimitRedis, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = createRedis(config.redisUrl, 'producer');
    this.redis.on('error', () => undefined); // the store says it, once a minute
  }

  readonly run = (script: string, keys: string[], args: string[]): Promise<unknown> =>
    this.redis.eval(script, keys.length, ...keys, ...args);

  /** Connected before the first request is counted, unless Redis is down (then it fails open). */
  async onApplicationBootstrap(): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, READY_WAIT_MS);
      this.redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
