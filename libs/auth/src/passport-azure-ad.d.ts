// The package ships no types; this declares the part Commend uses (libs/auth entra-id.strategy.ts).
declare module 'passport-azure-ad' {
  import { Strategy } from 'passport';

  export interface IBearerStrategyOption {
    identityMetadata: string;
    clientID: string;
    audience?: string | string[];
    validateIssuer?: boolean;
    issuer?: string | string[];
    passReqToCallback?: boolean;
    loggingLevel?: 'info' | 'warn' | 'error';
    loggingNoPII?: boolean;
    clockSkew?: number;
  }

  export class BearerStrategy extends Strategy {
    constructor(options: IBearerStrategyOption, verify: (...args: unknown[]) => void);
    /** Verifies signature, issuer, audience, expiry and algorithm with the given metadata. */
    jwtVerify(
      req: unknown,
      token: string,
      metadata: unknown,
      options: unknown,
      done: (...args: unknown[]) => void,
    ): void;
  }
}
