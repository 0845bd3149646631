import { Logger, Module, type DynamicModule, type ExecutionContext, type Provider } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { getOptionsToken, getStorageToken, type ThrottlerModuleOptions } from '@nestjs/throttler';
import { RATE_LIMIT_OPTIONS, RateLimitGuard, rateLimitBucket, type RateLimitOptions } from './rate-limit.guard';
import { RedisThrottlerStorage, type RunScript } from './redis-throttler.storage';

/** Provided by the app: how its Redis client runs the store's script. */
export const RATE_LIMIT_REDIS = Symbol('RATE_LIMIT_REDIS');
export interface RateLimitRedis {
  run: RunScript;
}

/**
 * The rate limit as a global guard. Import it after the module whose guard authenticates:
 * Nest runs global guards in the order their modules are imported, and the limit is per
 * signed-in person, whom that guard names.
 */
@Module({})
export class RateLimitModule {
  static forRoot(options: RateLimitOptions & { keyPrefix: string }, redis: Provider): DynamicModule {
    return {
      module: RateLimitModule,
      providers: [
        redis,
        { provide: RATE_LIMIT_OPTIONS, useValue: options },
        {
          provide: getOptionsToken(),
          // The guard skips a request with no bucket before it asks for the limit.
          useFactory: (reflector: Reflector): ThrottlerModuleOptions => ({
            throttlers: [
              {
                name: 'default',
                ttl: options.windowMs,
                limit: (context: ExecutionContext) =>
                  options.limits[rateLimitBucket(context, reflector, options.limits)!]!,
              },
            ],
          }),
          inject: [Reflector],
        },
        {
          provide: getStorageToken(),
          useFactory: (client: RateLimitRedis) => {
            const logger = new Logger('RateLimit');
            return new RedisThrottlerStorage(client.run, options.keyPrefix, (message) => logger.warn(message));
          },
          inject: [RATE_LIMIT_REDIS],
        },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }
}
