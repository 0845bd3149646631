import { Inject, Injectable, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request } from 'express';
import { DomainError } from '../../errors/domain-error';

/** What a request counts against: changes, or the steps of signing in. */
export type RateLimitBucket = 'write' | 'sign-in';

const BUCKET = 'commend:rate-limit-bucket';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Marks a route that starts or finishes a sign-in: limited per client address, reads included. */
export const SignInRoute = (): MethodDecorator & ClassDecorator => SetMetadata(BUCKET, 'sign-in');

export const RATE_LIMIT_OPTIONS = Symbol('RATE_LIMIT_OPTIONS');

export interface RateLimitOptions {
  /** Requests allowed per window in each bucket; a bucket left out is not limited. */
  limits: Partial<Record<RateLimitBucket, number>>;
  windowMs: number;
  /** Who is asking: the signed-in person where there is one, else the client's address. */
  tracker: (req: Request) => string;
}

/** The bucket a request counts against, if it is limited at all. */
export function rateLimitBucket(
  context: ExecutionContext,
  reflector: Reflector,
  limits: RateLimitOptions['limits'],
): RateLimitBucket | undefined {
  if (context.getType() !== 'http') return undefined;
  const marked = reflector.getAllAndOverride<RateLimitBucket | undefined>(BUCKET, [
    context.getHandler(),
    context.getClass(),
  ]);
  const bucket = marked ?? (WRITES.has(context.switchToHttp().getRequest<Request>().method) ? 'write' : undefined);
  return bucket && limits[bucket] !== undefined ? bucket : undefined;
}

export class TooManyRequestsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'too_many',
      'request.rate_limited',
      `Too many requests in a short time: wait ${retryAfterSeconds} seconds, then try again`,
    );
  }
}

/**
 * @nestjs/throttler's guard with one window per bucket and person across all routes (a judge
 * saving thirty scorecards counts thirty writes, wherever they go), answering 429 with
 * Retry-After (the guard sets it) and the app's own error, which each app's filter shows.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    @Inject(RATE_LIMIT_OPTIONS) private readonly rateLimit: RateLimitOptions,
  ) {
    super(options, storage, reflector);
  }

  private bucketOf(context: ExecutionContext): RateLimitBucket | undefined {
    return rateLimitBucket(context, this.reflector, this.rateLimit.limits);
  }

  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    return Promise.resolve(this.bucketOf(context) === undefined);
  }

  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    return Promise.resolve(this.rateLimit.tracker(req as unknown as Request));
  }

  protected override generateKey(context: ExecutionContext, tracker: string): string {
    return `${this.bucketOf(context)}:${tracker}`;
  }

  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new TooManyRequestsError(detail.timeToBlockExpire);
  }
}
