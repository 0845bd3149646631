import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { IssuerHealthIndicator, Public } from '@commend/auth';
import { LivenessView, ReadinessView } from './health-views.dto';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly issuer: IssuerHealthIndicator,
  ) {}

  /** Liveness: the process answers */
  @Get()
  live(): LivenessView {
    return { status: 'ok' };
  }

  /**
   * Readiness: PostgreSQL, Redis and the identity provider are reachable
   * @remarks 503 names what is not, in the same shape.
   */
  @ApiServiceUnavailableResponse({ type: ReadinessView, description: 'A dependency is down' })
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<ReadinessView> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: 1500 }),
        () => this.redis.check(),
        () => this.issuer.check(),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }
}
