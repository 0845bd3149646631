import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { OidcKeysService } from './oidc-keys.service';

/** Readiness of sign-in: can the issuer's signing keys be loaded? */
@Injectable()
export class IssuerHealthIndicator {
  constructor(
    private readonly keys: OidcKeysService,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key = 'identityProvider'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    const status = await this.keys.check();
    return status.up
      ? indicator.up()
      : indicator.down({ message: `Identity provider unreachable: ${status.error ?? 'unknown'}` });
  }
}
