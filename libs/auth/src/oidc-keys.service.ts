import { Inject, Injectable, Logger } from '@nestjs/common';
import { Agent, request } from 'node:https';
import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { APP_CONFIG, type AppConfig } from '@commend/core';

export interface SigningKey extends JsonWebKey {
  kid?: string;
  x5t?: string;
}

export interface OidcDocument {
  issuer: string;
  algorithms: string[];
  keys: SigningKey[];
  fetchedAt: number;
}

export interface IssuerStatus {
  up: boolean;
  checkedAt: number | null;
  error?: string;
}

/** Keys are refetched after this long, as Entra ID rotates them on its own schedule. */
const KEYS_TTL_MS = 60 * 60 * 1000;
/** A healthy fetch this recent lets the readiness check skip a round trip. */
const READY_FRESH_MS = 5 * 60 * 1000;
const FETCH_TIMEOUT_MS = 5000;
/** With no keys held, a failed fetch is not retried for this long: an outage must not turn every request into a fetch. */
const RETRY_AFTER_FAILURE_MS = 2000;
const MAX_BODY_BYTES = 1024 * 1024;

export class IssuerUnavailableError extends Error {}

/**
 * A connection to `localhost` tries ::1 and 127.0.0.1 and fails with an AggregateError whose
 * own message is empty. Duck-typed: errors from Node's internals may come from another realm.
 */
function describe(error: unknown): string {
  const { message, errors } = (error ?? {}) as { message?: unknown; errors?: unknown };
  if (Array.isArray(errors) && errors.length > 0) return describe(errors[0]);
  return typeof message === 'string' && message ? message : 'unknown error';
}

/**
 * Fetches and caches the issuer's OpenID metadata and signing keys. It replaces
 * passport-azure-ad's own loader, which crashes the process on a non-JSON response,
 * caches keys for 30 minutes with no refresh on an unknown `kid`, and cannot be given a CA.
 */
@Injectable()
export class OidcKeysService {
  private readonly logger = new Logger('OidcKeys');
  private readonly agent: Agent;
  private cached: OidcDocument | null = null;
  private inflight: Promise<OidcDocument> | null = null;
  private lastForcedRefresh = 0;
  private status: IssuerStatus = { up: false, checkedAt: null };
  /** Minimum time between refreshes forced by tokens with an unknown `kid`. */
  unknownKidRefreshIntervalMs = 30_000;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.agent = new Agent({
      keepAlive: true,
      ca: config.auth.extraCa ? [...rootCertificates, config.auth.extraCa] : undefined,
    });
  }

  /**
   * The cached document, fetched when missing or expired. When a refetch fails, keys
   * already held keep working (the outage is logged), so a short issuer outage does not
   * sign everyone out.
   */
  async document(): Promise<OidcDocument> {
    const cached = this.cached;
    if (cached && Date.now() - cached.fetchedAt < KEYS_TTL_MS) return cached;
    const { up, checkedAt, error } = this.status;
    if (!cached && !up && checkedAt && Date.now() - checkedAt < RETRY_AFTER_FAILURE_MS) {
      throw new IssuerUnavailableError(error ?? 'unreachable');
    }
    return this.refresh().catch((error: unknown) => {
      if (cached) return cached;
      throw error;
    });
  }

  /**
   * Called for a token whose `kid` is not among the cached keys: refetches once, at most
   * every `unknownKidRefreshIntervalMs`, so a flood of forged kids cannot hammer the issuer.
   */
  async documentForUnknownKid(): Promise<OidcDocument> {
    if (Date.now() - this.lastForcedRefresh < this.unknownKidRefreshIntervalMs) return this.document();
    this.lastForcedRefresh = Date.now();
    return this.refresh();
  }

  /** For /health/ready: recent success counts; otherwise try the issuer now. */
  async check(): Promise<IssuerStatus> {
    if (this.status.up && this.status.checkedAt && Date.now() - this.status.checkedAt < READY_FRESH_MS) {
      return this.status;
    }
    await this.refresh().catch(() => undefined);
    return this.status;
  }

  static publicKeyPem(key: SigningKey): string {
    return createPublicKey({ key, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
  }

  private refresh(): Promise<OidcDocument> {
    // Concurrent requests share one fetch.
    this.inflight ??= this.fetchDocument()
      .then((doc) => {
        if (!this.status.up) this.logger.log('Identity provider reachable; signing keys loaded');
        this.cached = doc;
        this.status = { up: true, checkedAt: Date.now() };
        return doc;
      })
      .catch((error: unknown) => {
        const message = describe(error);
        if (this.status.up || this.status.checkedAt === null) {
          this.logger.error(
            { issuerOutage: true, reason: message },
            'Identity provider outage: cannot load signing keys',
          );
        }
        this.status = { up: false, checkedAt: Date.now(), error: message };
        throw new IssuerUnavailableError(message);
      })
      .finally(() => {
        this.inflight = null;
      });
    return this.inflight;
  }

  private async fetchDocument(): Promise<OidcDocument> {
    const metadata = await this.getJson(this.config.auth.metadataUrl);
    const issuer = metadata.issuer;
    const jwksUri = metadata.jwks_uri;
    if (typeof issuer !== 'string' || typeof jwksUri !== 'string' || !jwksUri.startsWith('https://')) {
      throw new Error('metadata lacks issuer or an https jwks_uri');
    }
    const algorithms = Array.isArray(metadata.id_token_signing_alg_values_supported)
      ? metadata.id_token_signing_alg_values_supported.filter((a): a is string => typeof a === 'string' && a !== 'none')
      : ['RS256'];
    const jwks = await this.getJson(jwksUri);
    if (!Array.isArray(jwks.keys)) throw new Error('JWKS response has no keys array');
    const keys = (jwks.keys as unknown[]).filter(
      (k): k is SigningKey => typeof k === 'object' && k !== null && (k as SigningKey).kty === 'RSA',
    );
    return { issuer, algorithms: algorithms.length ? algorithms : ['RS256'], keys, fetchedAt: Date.now() };
  }

  private getJson(url: string): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const req = request(url, { agent: this.agent, timeout: FETCH_TIMEOUT_MS }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) req.destroy(new Error(`${url} answered more than 1 MB`));
          else chunks.push(chunk);
        });
        res.on('error', reject);
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`${url} answered HTTP ${res.statusCode}`));
          try {
            const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object');
            resolve(body as Record<string, unknown>);
          } catch {
            reject(new Error(`${url} did not answer JSON (content-type ${res.headers['content-type'] ?? 'none'})`));
          }
        });
      });
      req.on('timeout', () => req.destroy(new Error(`${url} did not answer within ${FETCH_TIMEOUT_MS} ms`)));
      req.on('error', reject);
      req.end();
    });
  }
}
