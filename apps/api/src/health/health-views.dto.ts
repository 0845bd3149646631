import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type { HealthCheckStatus, HealthIndicatorStatus } from '@nestjs/terminus';

/** `GET /health`: the process answers. */
export class LivenessView {
  status: 'ok';
}

/** One dependency's state, as @nestjs/terminus reports it (with what went wrong when down). */
export class DependencyHealth {
  status: HealthIndicatorStatus;
  /** What went wrong, when down. */
  message?: string;
  /** Milliseconds the check took (PostgreSQL's ping). */
  responseTime?: number;
}

const byDependency = { type: 'object', additionalProperties: { $ref: getSchemaPath(DependencyHealth) } } as const;

/** `GET /health/ready`: each dependency by name (database, redis, issuer). */
@ApiExtraModels(DependencyHealth)
export class ReadinessView {
  status: HealthCheckStatus;
  @ApiPropertyOptional({ ...byDependency, description: 'The dependencies that are up' })
  info?: Partial<Record<string, DependencyHealth>>;
  @ApiPropertyOptional({ ...byDependency, description: 'The dependencies that are down' })
  error?: Partial<Record<string, DependencyHealth>>;
  @ApiProperty(byDependency)
  details: Record<string, DependencyHealth>;
}
