import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { APP_CONFIG, createRedis, type AppConfig } from '@commend/core';

const PING_TIMEOUT_MS = 1000;

@Injectable()
export class RedisHealthIndicator implements OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly health: HealthIndicatorService,
  ) {
    // Its own connection: fails fast while Redis is down, reconnects by itself after.
    this.redis = createRedis(config.redisUrl, 'producer', { lazyConnect: true });
    this.redis.on('error', () => undefined); // reported through check(), not as log noise
  }

  async check(key = 'redis'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    try {
      if (this.redis.status === 'wait') await this.redis.connect();
      await Promise.race([
        this.redis.ping(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('no answer within 1 s')), PING_TIMEOUT_MS).unref(),
        ),
      ]);
      return indicator.up();
    } catch (error) {
      return indicator.down({
        message: `Redis unreachable: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
