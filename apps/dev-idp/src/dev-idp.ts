import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { BrowserSignIn, type WebClient } from './browser-sign-in';
import { loadOrCreateTls } from './certificates';
import { DEMO_USERS, type DemoUser } from './demo-users';
import { People } from './people';
import { renderTokenPage } from './token-page';

export interface DevIdpOptions {
  /** 0 picks a free port. */
  port: number;
  /** Where it listens (127.0.0.1); 0.0.0.0 in a container. */
  host?: string;
  /**
   * The name in its URLs and certificate (localhost). In the compose demo, idp.localhost: the
   * containers reach it by that network alias, and a browser resolves any *.localhost name to
   * the machine it runs on, where the port is published.
   */
  publicHost?: string;
  dataDir: string;
  tenantId: string;
  clientId: string;
  /** Where the API runs, for the sign-in page's example (default http://localhost:3000/api/v1). */
  apiUrl?: string;
  /** The API's scope, minted in `scp` (default Awards.Access, the API's AUTH_SCOPE default). */
  scope?: string;
  /** The web app's registration, for the browser sign-in (authorize, token, logout). */
  webClient?: WebClient;
  /** Lifetime of the tokens the issuer gives (default 3600 s); short, a test sees refresh happen. */
  tokenLifetimeSeconds?: number;
}

export interface TokenRequest {
  /** A demo user's key (e.g. `priya`), or a user of the caller's own. */
  user: string | { oid: string; name: string; email?: string };
  /** Overrides the user's roles. */
  roles?: string[];
  /** Default 3600. Zero or less mints a token that expired that long ago (issued an hour before). */
  expiresInSeconds?: number;
  /**
   * Claims to add or replace, for tests (`aud`, `iss`, `scp`, `ver`, `idp`, `groups`, …); a
   * claim given as undefined is left out.
   */
  claims?: Record<string, unknown>;
}

/**
 * `html503`: metadata and keys answer an HTML error page, as a failing gateway would;
 * `keys-html503`: only the keys do (the case that crashes passport-azure-ad's own loader).
 */
export type FaultMode = 'none' | 'html503' | 'keys-html503';
const FAULT_MODES: FaultMode[] = ['none', 'html503', 'keys-html503'];

interface SigningKey {
  kid: string;
  privatePem: string;
}

const MAX_BODY = 64 * 1024;
const TOKEN_LIFETIME_SECONDS = 3600;

export class DevIdp {
  private server: Server | null = null;
  private keys: SigningKey[] = [];
  private fault: FaultMode = 'none';
  /** How often metadata and keys were asked for, so tests can see caching at work. */
  readonly served = { metadata: 0, keys: 0 };
  private readonly keysFile: string;
  readonly caFile: string;
  readonly caPem: string;
  private readonly tls: { cert: string; key: string };
  private baseUrl = '';
  private webClient: WebClient | undefined;
  private readonly signIn: BrowserSignIn;

  constructor(private readonly options: DevIdpOptions) {
    if (process.env.NODE_ENV === 'production') {
      throw new Error('The dev issuer refuses to run with NODE_ENV=production: use Microsoft Entra ID.');
    }
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    const tls = loadOrCreateTls(join(options.dataDir, 'tls'), options.publicHost ? [options.publicHost] : []);
    this.caFile = tls.caFile;
    this.caPem = tls.caPem;
    this.tls = { cert: tls.certPem, key: tls.keyPem };
    this.keysFile = join(options.dataDir, 'signing-keys.json');
    this.keys = existsSync(this.keysFile) ? (JSON.parse(readFileSync(this.keysFile, 'utf8')) as SigningKey[]) : [];
    if (this.keys.length === 0) this.rotateKeys();
    const lifetime = options.tokenLifetimeSeconds;
    if (lifetime !== undefined && (!Number.isInteger(lifetime) || lifetime < 1)) {
      throw new Error(
        `The token lifetime (DEV_IDP_TOKEN_LIFETIME) must be a whole number of seconds above 0 (it is ${lifetime})`,
      );
    }
    this.setWebClient(options.webClient);
    const people = new People(join(options.dataDir, 'people.json'));
    this.signIn = new BrowserSignIn({
      issuer: () => this.issuer,
      tenantId: options.tenantId,
      apiScope: `api://${options.clientId}/${this.apiScope}`,
      people,
      webClient: () => this.webClient,
      tokenLifetimeSeconds: () => this.tokenLifetime,
      accessToken: (person, clientId) =>
        this.mintToken({
          user: { oid: person.oid, name: person.name, email: person.email },
          roles: person.roles,
          // As Entra ID's: azp names the app that asked for the token.
          claims: { azp: clientId },
        }),
      sign: (claims) => this.sign(claims),
      verify: (token) => this.verify(token),
    });
  }

  get issuer(): string {
    return `${this.baseUrl}/${this.options.tenantId}/v2.0`;
  }

  get metadataUrl(): string {
    return `${this.issuer}/.well-known/openid-configuration`;
  }

  get url(): string {
    return this.baseUrl;
  }

  async start(): Promise<this> {
    const host = this.options.host ?? '127.0.0.1';
    this.server = createServer({ cert: this.tls.cert, key: this.tls.key }, (req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) {
          send(res, 413, { error: 'invalid_request', error_description: error.message });
          return;
        }
        send(res, 500, { error: error instanceof Error ? error.message : 'failed' });
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.options.port, host, resolve);
    });
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `https://${this.options.publicHost ?? 'localhost'}:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Starts signing with a new key; the JWKS keeps the last three, as Entra ID overlaps keys. */
  rotateKeys(): string {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const kid = randomUUID().replace(/-/g, '').slice(0, 20);
    this.keys = [
      ...this.keys,
      { kid, privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
    ].slice(-3);
    writeFileSync(this.keysFile, JSON.stringify(this.keys), { mode: 0o600 });
    return kid;
  }

  setFault(mode: FaultMode): void {
    this.fault = mode;
  }

  /** Signs an Entra ID v2-shaped access token for a demo user (or one given inline). */
  mintToken(request: TokenRequest): string {
    const user = resolveUser(request.user);
    const now = Math.floor(Date.now() / 1000);
    const exp = now + (request.expiresInSeconds ?? this.tokenLifetime);
    // An expired token was issued in the past, so only its expiry can be what refuses it.
    const issuedAt = exp > now ? now : exp - TOKEN_LIFETIME_SECONDS;
    const claims: Record<string, unknown> = {
      aud: this.options.clientId,
      iss: this.issuer,
      iat: issuedAt,
      nbf: issuedAt,
      exp,
      azp: this.options.clientId,
      azpacr: '0',
      name: user.name,
      oid: user.oid,
      preferred_username: user.email,
      email: user.email,
      roles: request.roles ?? user.roles,
      scp: this.apiScope,
      sub: user.oid,
      tid: this.options.tenantId,
      uti: randomUUID(),
      ver: '2.0',
      ...request.claims,
    };
    return this.sign(claims);
  }

  /** The web app's registration can change once the app knows its own address (tests listen on port 0). */
  setWebClient(client: WebClient | undefined): void {
    if (client) {
      if (!client.clientId || !client.clientSecret)
        throw new Error('The web client needs a client id and a secret (WEB_CLIENT_ID, WEB_CLIENT_SECRET)');
      const uris = [...client.redirectUris, ...client.postLogoutRedirectUris];
      const bad = uris.find((uri) => !URL.canParse(uri) || new URL(uri).hash !== '');
      if (bad !== undefined) throw new Error(`The web client's URIs must be absolute, without a fragment: "${bad}"`);
      if (client.redirectUris.length === 0) throw new Error('The web client needs a redirect URI (WEB_REDIRECT_URI)');
    }
    this.webClient = client;
  }

  private get apiScope(): string {
    return this.options.scope ?? 'Awards.Access';
  }

  private get tokenLifetime(): number {
    return this.options.tokenLifetimeSeconds ?? TOKEN_LIFETIME_SECONDS;
  }

  /** Signs claims with the current key, as every token this issuer gives is signed. */
  private sign(claims: Record<string, unknown>): string {
    const key = this.keys[this.keys.length - 1];
    const header = { alg: 'RS256', typ: 'JWT', kid: key.kid };
    const signingInput = `${b64(header)}.${b64(claims)}`;
    const signature = sign('sha256', Buffer.from(signingInput), createPrivateKey(key.privatePem)).toString('base64url');
    return `${signingInput}.${signature}`;
  }

  /** The claims of a JWT signed by one of this issuer's keys and naming it as issuer (expiry not checked). */
  private verify(token: string): Record<string, unknown> | null {
    const [header, payload, signature] = token.split('.');
    if (!header || !payload || !signature) return null;
    const kid = parseJson(Buffer.from(header, 'base64url').toString('utf8'))?.kid;
    const key = this.keys.find((k) => k.kid === kid);
    if (!key) return null;
    const signed = Buffer.from(`${header}.${payload}`);
    if (!verify('sha256', signed, createPublicKey(key.privatePem), Buffer.from(signature, 'base64url'))) return null;
    const claims = parseJson(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims?.iss === this.issuer ? claims : null;
  }

  private jwks(): { keys: object[] } {
    return {
      keys: this.keys.map(({ kid, privatePem }) => ({
        ...createPublicKey(privatePem).export({ format: 'jwk' }),
        kid,
        use: 'sig',
        alg: 'RS256',
        issuer: this.issuer,
      })),
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const tenant = this.options.tenantId;
    const route = `${req.method} ${url.pathname}`;

    if (
      route === `GET /${tenant}/v2.0/.well-known/openid-configuration` ||
      route === `GET /${tenant}/discovery/v2.0/keys`
    ) {
      const keys = url.pathname.endsWith('/keys');
      this.served[keys ? 'keys' : 'metadata'] += 1;
      if (this.fault === 'html503' || (keys && this.fault === 'keys-html503')) {
        res.writeHead(503, { 'content-type': 'text/html' });
        res.end('<html><body><h1>503 Service Unavailable</h1></body></html>');
        return;
      }
      if (keys) return send(res, 200, this.jwks());
      return send(res, 200, {
        issuer: this.issuer,
        token_endpoint: `${this.baseUrl}/${tenant}/oauth2/v2.0/token`,
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        authorization_endpoint: `${this.baseUrl}/${tenant}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${this.baseUrl}/${tenant}/oauth2/v2.0/logout`,
        jwks_uri: `${this.baseUrl}/${tenant}/discovery/v2.0/keys`,
        response_types_supported: ['code'],
        response_modes_supported: ['query'],
        grant_types_supported: ['authorization_code', 'refresh_token'],
        code_challenge_methods_supported: ['S256'],
        scopes_supported: [
          'openid',
          'profile',
          'email',
          'offline_access',
          `api://${this.options.clientId}/${this.apiScope}`,
        ],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        claims_supported: [
          'sub',
          'iss',
          'aud',
          'exp',
          'iat',
          'nbf',
          'nonce',
          'oid',
          'tid',
          'name',
          'preferred_username',
          'email',
          'ver',
        ],
        tenant_region_scope: 'EU',
      });
    }
    if (route === `GET /${tenant}/oauth2/v2.0/authorize`) return this.signIn.authorize(url, res);
    if (route === `POST /${tenant}/oauth2/v2.0/authorize`) {
      return this.signIn.choose(new URLSearchParams(await readBody(req)), res);
    }
    if (route === `POST /${tenant}/oauth2/v2.0/token`) {
      return this.signIn.token(new URLSearchParams(await readBody(req)), req.headers, res);
    }
    if (route === `GET /${tenant}/oauth2/v2.0/logout`) return this.signIn.logout(url, res);
    if (route === 'POST /dev/token') {
      const body = parseJson(await readBody(req));
      if (!body || (typeof body.user !== 'string' && typeof body.user !== 'object')) {
        return send(res, 400, { error: 'Send JSON like {"user": "priya", "roles": ["Awards.Admin"]}' });
      }
      try {
        const token = this.mintToken(body as unknown as TokenRequest);
        return send(res, 200, { access_token: token, token_type: 'Bearer', expires_in: 3600 });
      } catch (error) {
        return send(res, 400, { error: error instanceof Error ? error.message : 'bad request' });
      }
    }
    if (route === 'POST /dev/rotate-keys') return send(res, 200, { kid: this.rotateKeys() });
    if (route === 'POST /dev/fault') {
      const body = parseJson(await readBody(req));
      const mode = FAULT_MODES.find((m) => m === body?.mode);
      if (!mode) return send(res, 400, { error: `mode must be one of ${FAULT_MODES.join(', ')}` });
      this.setFault(mode);
      return send(res, 200, { mode });
    }
    if (url.pathname === '/' && (req.method === 'GET' || req.method === 'POST')) {
      let minted: { user: DemoUser; token: string } | undefined;
      if (req.method === 'POST') {
        const form = new URLSearchParams(await readBody(req));
        const user = DEMO_USERS.find((u) => u.key === form.get('user'));
        if (user) minted = { user, token: this.mintToken({ user: user.key }) };
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(renderTokenPage(DEMO_USERS, this.options.apiUrl ?? 'http://localhost:3000/api/v1', minted));
      return;
    }
    send(res, 404, { error: `No route ${route}` });
  }
}

function resolveUser(user: TokenRequest['user']): { oid: string; name: string; email: string; roles: string[] } {
  if (typeof user === 'string') {
    const demo = DEMO_USERS.find((u) => u.key === user);
    if (!demo) throw new Error(`Unknown demo user "${user}"; known: ${DEMO_USERS.map((u) => u.key).join(', ')}`);
    return demo;
  }
  if (!user || typeof user.oid !== 'string' || typeof user.name !== 'string') {
    throw new Error('A user needs at least oid and name');
  }
  return { oid: user.oid, name: user.name, email: user.email ?? '', roles: [] };
}

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function send(res: ServerResponse, status: number, body: object): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

class BodyTooLargeError extends Error {
  constructor() {
    super(`The request body is larger than ${MAX_BODY / 1024} KiB`);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
