import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { BearerStrategy } from 'passport-azure-ad';
import { APP_CONFIG, type AppConfig } from '@commend/core';
import {
  SignInNotAllowedError,
  SignInUnavailableError,
  TokenIdentityMissingError,
  TokenScopeError,
  TokenVersionError,
  WrongTenantError,
} from './auth.errors';
import type { AuthUser } from './auth-user';
import { identityFromClaims } from './claims';
import { OidcKeysService, type OidcDocument, type SigningKey } from './oidc-keys.service';
import { rolesFromClaim } from './role';
import { signInRefusal } from './sign-in-policy';
import { UsersService } from './users.service';

/** The shape of passport-azure-ad's Metadata object that its jwtVerify reads. */
interface LibraryMetadata {
  oidc: { issuer: string; algorithms: string[] };
  generateOidcPEM(kid: string): string;
  hasKey(kid: string): boolean;
}
type Done = (...args: unknown[]) => void;
interface ValidationOptions {
  algorithms: string[];
}

/** Per document, so each key's PEM is made once, not on every request. */
const metadataCache = new WeakMap<OidcDocument, LibraryMetadata>();

function toLibraryMetadata(doc: OidcDocument): LibraryMetadata {
  const cached = metadataCache.get(doc);
  if (cached) return cached;
  const find = (kid: string): SigningKey | undefined => doc.keys.find((k) => k.kid === kid || k.x5t === kid);
  const pems = new Map<string, string>();
  const metadata: LibraryMetadata = {
    oidc: { issuer: doc.issuer, algorithms: doc.algorithms },
    hasKey: (kid) => find(kid) !== undefined,
    generateOidcPEM: (kid) => {
      const key = find(kid);
      if (!key) throw new Error('no signing key with this kid');
      let pem = pems.get(kid);
      if (!pem) pems.set(kid, (pem = OidcKeysService.publicKeyPem(key)));
      return pem;
    },
  };
  metadataCache.set(doc, metadata);
  return metadata;
}

function keyIdOf(token: string): string | undefined {
  try {
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const kid = header.x5t ?? header.kid;
    return typeof kid === 'string' ? kid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * passport-azure-ad's BearerStrategy, which still validates signature, issuer, audience,
 * expiry and algorithm, with its metadata loading replaced by OidcKeysService (see there
 * for the library defects this contains). The library is imported nowhere else.
 */
class ContainedBearerStrategy extends BearerStrategy {
  protected keys!: OidcKeysService;

  loadMetadata(_params: unknown, next: (error: Error | null, metadata?: LibraryMetadata) => void): void {
    this.keys.document().then(
      (doc) => next(null, toLibraryMetadata(doc)),
      () => this.error(new SignInUnavailableError()),
    );
  }

  override jwtVerify(
    req: unknown,
    token: string,
    metadata: LibraryMetadata,
    options: ValidationOptions,
    done: Done,
  ): void {
    const verify = super.jwtVerify.bind(this);
    const kid = keyIdOf(token);
    if (kid === undefined || metadata.hasKey(kid)) return verify(req, token, metadata, options, done);
    // A key rotated since the cache was filled: refetch once (rate-limited) before refusing.
    this.keys.documentForUnknownKid().then(
      (doc) => {
        const fresh = toLibraryMetadata(doc);
        verify(req, token, fresh, { ...options, algorithms: fresh.oidc.algorithms }, done);
      },
      () => this.error(new SignInUnavailableError()),
    );
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * The library's default is 300 s. It refuses a token once `now >= exp + clockSkew` (and one
 * whose `nbf` is `clockSkew` ahead), so a token 61 s past its expiry is refused.
 */
const CLOCK_SKEW_SECONDS = 60;

@Injectable()
export class EntraIdStrategy extends PassportStrategy(ContainedBearerStrategy, 'entra-id') {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    keys: OidcKeysService,
    private readonly users: UsersService,
  ) {
    super({
      identityMetadata: config.auth.metadataUrl,
      clientID: config.auth.clientId,
      audience: config.auth.audience,
      validateIssuer: true,
      clockSkew: CLOCK_SKEW_SECONDS,
      loggingLevel: 'error',
      loggingNoPII: true,
    });
    this.keys = keys;
  }

  /**
   * Called with the verified token's claims (signature, issuer, audience, expiry); checks
   * what the library does not (version, scope, tenant, who may sign in) and returns the
   * request's user. The library's own `scope` option is not used: it throws on a non-string `scp`.
   */
  async validate(claims: Record<string, unknown>): Promise<AuthUser> {
    const { auth } = this.config;
    if (claims.ver !== '2.0') throw new TokenVersionError();
    const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
    if (!scopes.includes(auth.scope)) throw new TokenScopeError(auth.scope);
    const { tid, oid } = claims;
    if (typeof tid !== 'string' || typeof oid !== 'string' || !GUID.test(tid) || !GUID.test(oid)) {
      throw new TokenIdentityMissingError();
    }
    if (tid.toLowerCase() !== auth.tenantId.toLowerCase()) throw new WrongTenantError();
    const identity = identityFromClaims(claims, tid.toLowerCase(), oid.toLowerCase());
    // Before provisioning: a person outside the boundary leaves no row behind.
    const refusal = signInRefusal(auth, identity, claims);
    if (refusal !== null) throw new SignInNotAllowedError(refusal, auth.accessContact);
    const user = await this.users.upsertFromClaims(identity);
    return {
      id: user.id,
      tenantId: user.tenantId,
      objectId: user.objectId,
      displayName: user.displayName,
      username: user.username,
      email: user.email,
      roles: rolesFromClaim(claims.roles),
    };
  }
}
