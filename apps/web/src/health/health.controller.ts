import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { RedisClientType } from 'redis';
import { ApiClient } from '../api-client/api-client';
import { WEB_REDIS } from '../web-redis';

@Controller('health')
export class HealthController {
  constructor(
    private readonly api: ApiClient,
    @Inject(WEB_REDIS) private readonly redis: RedisClientType,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the API and Redis (the sessions) answer; 503 names what does not. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<object> {
    const [api, redis] = await Promise.all([this.api.reachable(), this.redisUp()]);
    const checks = { api: { status: api ? 'up' : 'down' }, redis: { status: redis ? 'up' : 'down' } };
    const ok = api && redis;
    if (!ok) res.status(503);
    return { status: ok ? 'ok' : 'error', checks };
  }

  private async redisUp(): Promise<boolean> {
    if (!this.redis.isReady) return false;
    try {
      await Promise.race([
        this.redis.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
