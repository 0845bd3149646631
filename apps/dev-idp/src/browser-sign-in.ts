import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { DemoUser } from './demo-users';
import { checkPerson, type People } from './people';
import { renderErrorPage, renderSignInPage } from './sign-in-page';

/** The web app's registration at the issuer, as its Entra ID app registration would hold it. */
export interface WebClient {
  clientId: string;
  clientSecret: string;
  /** Where the authorize endpoint may send a code: exact matches only, as Entra ID does. */
  redirectUris: string[];
  /** Where the logout endpoint may send the browser afterwards: exact matches only. */
  postLogoutRedirectUris: string[];
}

/** What the sign-in flow needs from the issuer: its identity, its signing, its people. */
export interface Issuing {
  issuer(): string;
  readonly tenantId: string;
  /** The API's scope as the client asks for it: `api://<API client id>/<scope>`. */
  readonly apiScope: string;
  readonly people: People;
  webClient(): WebClient | undefined;
  tokenLifetimeSeconds(): number;
  accessToken(person: DemoUser, clientId: string): string;
  sign(claims: Record<string, unknown>): string;
  /** The claims of a token this issuer signed (expired or not), or null. */
  verify(token: string): Record<string, unknown> | null;
}

/** Codes are single-use and short-lived, as Entra ID's are (RFC 6749 §4.1.2 advises at most 10 minutes). */
const CODE_LIFETIME_MS = 60_000;
/** How long the pick-a-person page may be left open before its choice is refused. */
const REQUEST_LIFETIME_MS = 10 * 60_000;
/** Entra ID's refresh tokens for a web app last 90 days; a day is plenty for a demo or a test. */
const REFRESH_LIFETIME_MS = 24 * 3600_000;
const OPTIONAL_SCOPES = ['openid', 'profile', 'email', 'offline_access'];

interface Authorization {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string;
  nonce: string;
  codeChallenge: string;
}

interface PendingRequest extends Authorization {
  expiresAt: number;
}

interface IssuedCode extends Authorization {
  person: DemoUser;
  expiresAt: number;
  used: boolean;
  /** The refresh-token family its redemption started, revoked if the code is replayed. */
  family?: string;
}

interface RefreshGrant {
  family: string;
  clientId: string;
  person: DemoUser;
  scopes: string[];
  expiresAt: number;
  used: boolean;
}

/** A refusal in the token endpoint's shape (RFC 6749 §5.2). */
class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
  }
}

/**
 * The browser sign-in the web app uses: authorization code with PKCE (S256 only), a
 * confidential client, rotating refresh tokens and the end-session endpoint, shaped like
 * Entra ID's v2 endpoints so the web app runs the same code against both. Held in memory: a
 * restart of the issuer ends every refresh token, as a revoked session would.
 */
export class BrowserSignIn {
  private readonly pending = new Map<string, PendingRequest>();
  private readonly codes = new Map<string, IssuedCode>();
  private readonly refreshTokens = new Map<string, RefreshGrant>();
  private readonly revokedFamilies = new Set<string>();

  constructor(private readonly idp: Issuing) {}

  /** GET authorize: checks the request, then shows the pick-a-person page. */
  authorize(url: URL, res: ServerResponse): void {
    const query = url.searchParams;
    const checked = this.checkClient(query, res);
    if (!checked) return;
    const { client, redirectUri } = checked;
    // From here on the redirect URI is the client's own, so refusals go back to it (RFC 6749 §4.1.2.1).
    const state = query.get('state') ?? undefined;
    const refuse = (error: string, description: string): void =>
      redirect(res, withParams(redirectUri, { error, error_description: description, state }));

    const repeated = ['response_type', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method'].find(
      (name) => query.getAll(name).length > 1,
    );
    if (repeated) return refuse('invalid_request', `${repeated} is given more than once`);
    if (query.get('response_type') !== 'code') {
      return refuse('unsupported_response_type', 'Only response_type=code (the authorization code flow) is supported');
    }
    const mode = query.get('response_mode');
    if (mode !== null && mode !== 'query') {
      // form_post is a cross-site POST that a SameSite=Lax session cookie does not follow.
      return refuse('invalid_request', `response_mode=${mode} is not supported: use response_mode=query`);
    }
    const scopes = (query.get('scope') ?? '').split(' ').filter(Boolean);
    if (!scopes.includes('openid')) return refuse('invalid_scope', 'The scope must include openid');
    if (!scopes.includes(this.idp.apiScope)) {
      return refuse('invalid_scope', `The scope must include the API's scope, ${this.idp.apiScope}`);
    }
    const unknown = scopes.filter((s) => s !== this.idp.apiScope && !OPTIONAL_SCOPES.includes(s));
    if (unknown.length) return refuse('invalid_scope', `Unknown scope ${unknown.join(', ')}`);
    const challenge = query.get('code_challenge');
    if (query.get('code_challenge_method') !== 'S256' || !challenge) {
      return refuse(
        'invalid_request',
        'PKCE is required: send code_challenge with code_challenge_method=S256 (plain is refused)',
      );
    }
    if (!/^[A-Za-z0-9_-]{43}$/.test(challenge)) {
      return refuse('invalid_request', 'code_challenge must be the base64url SHA-256 of the verifier (43 characters)');
    }
    if (!state) return refuse('invalid_request', 'state is required');
    const nonce = query.get('nonce');
    if (!nonce) return refuse('invalid_request', 'nonce is required');

    this.prune();
    const requestId = randomToken();
    this.pending.set(requestId, {
      clientId: client.clientId,
      redirectUri,
      scopes,
      state,
      nonce,
      codeChallenge: challenge,
      expiresAt: Date.now() + REQUEST_LIFETIME_MS,
    });
    sendHtml(res, 200, renderSignInPage({ requestId, clientName: 'Commend', people: this.idp.people.all() }));
  }

  /** POST authorize: the person picked (or added) on the page; redirects back with a code. */
  choose(form: URLSearchParams, res: ServerResponse): void {
    const requestId = form.get('request') ?? '';
    const request = this.pending.get(requestId);
    if (!request || request.expiresAt < Date.now()) {
      return sendHtml(
        res,
        400,
        renderErrorPage(
          'This sign-in has expired',
          'The sign-in page was open too long or was already used. Go back to Commend and sign in again.',
        ),
      );
    }
    let person: DemoUser | undefined;
    if (form.has('add')) {
      const typed = { name: form.get('name') ?? '', email: form.get('email') ?? '', roles: form.getAll('roles') };
      const errors = checkPerson(typed);
      if (Object.keys(errors).length) {
        const view = { requestId, clientName: 'Commend', people: this.idp.people.all(), typed, errors };
        return sendHtml(res, 400, renderSignInPage(view));
      }
      person = this.idp.people.add(typed);
    } else {
      person = this.idp.people.find(form.get('user') ?? '');
      if (!person) return sendHtml(res, 400, renderErrorPage('Unknown person', 'Choose a person from the list.'));
    }
    this.pending.delete(requestId);
    const code = randomToken();
    const { expiresAt: _requestExpiry, ...authorization } = request;
    this.codes.set(code, { ...authorization, person, expiresAt: Date.now() + CODE_LIFETIME_MS, used: false });
    redirect(res, withParams(request.redirectUri, { code, state: request.state }), 303);
  }

  /** POST token: authorization_code and refresh_token grants for the confidential web client. */
  token(form: URLSearchParams, headers: IncomingHttpHeaders, res: ServerResponse): void {
    try {
      if (!headers['content-type']?.startsWith('application/x-www-form-urlencoded')) {
        throw new OAuthError('invalid_request', 'Send the token request as application/x-www-form-urlencoded');
      }
      const client = this.authenticate(form, headers.authorization);
      const grant = form.get('grant_type');
      if (grant === 'authorization_code') return sendJson(res, 200, this.redeemCode(form, client));
      if (grant === 'refresh_token') return sendJson(res, 200, this.refresh(form, client));
      throw new OAuthError(
        'unsupported_grant_type',
        `grant_type must be authorization_code or refresh_token (it is "${grant ?? ''}")`,
      );
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      const headers: Record<string, string> =
        error.status === 401 ? { 'www-authenticate': 'Basic realm="Commend dev issuer"' } : {};
      sendJson(res, error.status, { error: error.error, error_description: error.description }, headers);
    }
  }

  /**
   * GET logout: no issuer session is kept (each sign-in shows the picker, so a tester can be
   * anyone next), so this only sends the browser back, and only to a URI the client registered.
   */
  logout(url: URL, res: ServerResponse): void {
    const query = url.searchParams;
    const hint = query.get('id_token_hint');
    let clientId = query.get('client_id');
    if (hint) {
      const claims = this.idp.verify(hint);
      if (!claims || typeof claims.aud !== 'string') {
        return sendHtml(
          res,
          400,
          renderErrorPage('Sign-out refused', 'id_token_hint is not an ID token this issuer signed.'),
        );
      }
      if (clientId && clientId !== claims.aud) {
        return sendHtml(res, 400, renderErrorPage('Sign-out refused', 'id_token_hint was issued to another client.'));
      }
      clientId = claims.aud;
    }
    const target = query.get('post_logout_redirect_uri');
    if (!target) return sendHtml(res, 200, renderErrorPage('You have signed out', 'You can close this page.'));
    const client = this.idp.webClient();
    if (!clientId) {
      return sendHtml(
        res,
        400,
        renderErrorPage('Sign-out refused', 'Send client_id or id_token_hint with post_logout_redirect_uri.'),
      );
    }
    if (!client || client.clientId !== clientId) {
      return sendHtml(res, 400, renderErrorPage('Unknown application', `No application has client_id "${clientId}".`));
    }
    if (!client.postLogoutRedirectUris.includes(target)) {
      return sendHtml(
        res,
        400,
        renderErrorPage(
          'Sign-out redirect not registered',
          `${target} is not a post-logout redirect URI of this application, so you were not sent there.`,
        ),
      );
    }
    redirect(res, withParams(target, { state: query.get('state') ?? undefined }));
  }

  /** The client and redirect URI of an authorize request, or a page saying which is wrong. */
  private checkClient(query: URLSearchParams, res: ServerResponse): { client: WebClient; redirectUri: string } | null {
    const client = this.idp.webClient();
    const clientId = query.get('client_id');
    if (!client || !clientId || clientId !== client.clientId || query.getAll('client_id').length > 1) {
      const why = !clientId
        ? 'The request has no client_id.'
        : `No application is registered with client_id "${clientId}".${client ? '' : ' This issuer has no web client: start it with WEB_CLIENT_ID, WEB_CLIENT_SECRET and WEB_REDIRECT_URI.'}`;
      sendHtml(res, 400, renderErrorPage('Unknown application', why));
      return null;
    }
    const redirectUri = query.get('redirect_uri');
    if (!redirectUri || !client.redirectUris.includes(redirectUri) || query.getAll('redirect_uri').length > 1) {
      sendHtml(
        res,
        400,
        renderErrorPage(
          'Redirect URI not registered',
          `${redirectUri ?? 'No redirect_uri'} is not a redirect URI of this application (${client.redirectUris.join(', ')}), so you were not sent there.`,
        ),
      );
      return null;
    }
    return { client, redirectUri };
  }

  /** client_secret_basic (openid-client's default for a confidential client) or client_secret_post. */
  private authenticate(form: URLSearchParams, authorization: string | undefined): WebClient {
    let id: string | null;
    let secret: string | null;
    if (authorization?.startsWith('Basic ')) {
      if (form.has('client_secret')) {
        throw new OAuthError('invalid_request', 'Use one client authentication method, not both');
      }
      const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      // RFC 6749 §2.3.1: both parts are form-url-encoded before they are joined.
      const formDecode = (part: string): string => decodeURIComponent(part.replace(/\+/g, ' '));
      try {
        id = colon < 0 ? null : formDecode(decoded.slice(0, colon));
        secret = colon < 0 ? null : formDecode(decoded.slice(colon + 1));
      } catch {
        id = secret = null;
      }
      if (form.has('client_id') && form.get('client_id') !== id) {
        throw new OAuthError('invalid_client', 'client_id differs from the one in the Authorization header', 401);
      }
    } else {
      id = form.get('client_id');
      secret = form.get('client_secret');
    }
    if (!id || !secret) {
      throw new OAuthError(
        'invalid_client',
        'Authenticate the client with its secret (client_secret_basic or client_secret_post)',
        401,
      );
    }
    const client = this.idp.webClient();
    if (!client || client.clientId !== id || !sameSecret(secret, client.clientSecret)) {
      throw new OAuthError('invalid_client', 'The client id or secret is wrong', 401);
    }
    return client;
  }

  private redeemCode(form: URLSearchParams, client: WebClient): object {
    const code = this.codes.get(form.get('code') ?? '');
    if (!code) throw new OAuthError('invalid_grant', 'The authorization code is not one this issuer gave');
    if (code.used) {
      // OAuth 2.1 §4.1.3: a replayed code may mean it was stolen, so what it gave stops working.
      if (code.family) this.revokedFamilies.add(code.family);
      throw new OAuthError('invalid_grant', 'The authorization code was already used; the tokens it gave are revoked');
    }
    // Any attempt uses the code up: a wrong verifier must not leave it open for another guess.
    code.used = true;
    if (code.expiresAt < Date.now()) {
      throw new OAuthError(
        'invalid_grant',
        `The authorization code has expired (codes last ${CODE_LIFETIME_MS / 1000} s)`,
      );
    }
    if (code.clientId !== client.clientId)
      throw new OAuthError('invalid_grant', 'The code was issued to another client');
    if (form.get('redirect_uri') !== code.redirectUri) {
      throw new OAuthError('invalid_grant', 'redirect_uri differs from the one the code was issued for');
    }
    const verifier = form.get('code_verifier') ?? '';
    if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) {
      throw new OAuthError('invalid_grant', 'code_verifier is missing or not 43 to 128 unreserved characters');
    }
    if (createHash('sha256').update(verifier).digest('base64url') !== code.codeChallenge) {
      throw new OAuthError('invalid_grant', 'code_verifier does not match the code_challenge');
    }
    code.family = randomToken();
    return this.issue(client, code.person, code.scopes, code.family, code.nonce);
  }

  private refresh(form: URLSearchParams, client: WebClient): object {
    const grant = this.refreshTokens.get(form.get('refresh_token') ?? '');
    if (!grant || grant.clientId !== client.clientId) {
      throw new OAuthError('invalid_grant', 'The refresh token is not one this issuer gave to this client');
    }
    if (this.revokedFamilies.has(grant.family)) throw new OAuthError('invalid_grant', 'The refresh token was revoked');
    if (grant.used) {
      // A rotated token used again: one of its holders is not the app, so the whole line ends.
      this.revokedFamilies.add(grant.family);
      throw new OAuthError('invalid_grant', 'The refresh token was already used (they rotate); sign in again');
    }
    if (grant.expiresAt < Date.now()) throw new OAuthError('invalid_grant', 'The refresh token has expired');
    const asked = (form.get('scope') ?? '').split(' ').filter(Boolean);
    const extra = asked.filter((s) => !grant.scopes.includes(s));
    if (extra.length) throw new OAuthError('invalid_scope', `${extra.join(', ')} was not granted at sign-in`);
    grant.used = true;
    return this.issue(client, grant.person, asked.length ? asked : grant.scopes, grant.family);
  }

  private issue(client: WebClient, person: DemoUser, scopes: string[], family: string, nonce?: string): object {
    this.prune();
    const lifetime = this.idp.tokenLifetimeSeconds();
    const now = Math.floor(Date.now() / 1000);
    const idToken = this.idp.sign({
      aud: client.clientId,
      iss: this.idp.issuer(),
      iat: now,
      nbf: now,
      exp: now + lifetime,
      sub: person.oid,
      oid: person.oid,
      tid: this.idp.tenantId,
      name: person.name,
      preferred_username: person.email,
      email: person.email,
      // Only the sign-in's own ID token answers its nonce (OpenID Connect Core §12.2).
      ...(nonce ? { nonce } : {}),
      ver: '2.0',
    });
    const answer: Record<string, unknown> = {
      token_type: 'Bearer',
      scope: scopes.join(' '),
      expires_in: lifetime,
      access_token: this.idp.accessToken(person, client.clientId),
      id_token: idToken,
    };
    // As Entra ID: a refresh token only for a client that asked for offline_access.
    if (scopes.includes('offline_access')) {
      const refreshToken = randomToken();
      this.refreshTokens.set(refreshToken, {
        family,
        clientId: client.clientId,
        person,
        scopes,
        expiresAt: Date.now() + REFRESH_LIFETIME_MS,
        used: false,
      });
      answer.refresh_token = refreshToken;
    }
    return answer;
  }

  /** Forgets what can no longer be used, so a long demo does not grow without end. */
  private prune(): void {
    const now = Date.now();
    for (const [id, request] of this.pending) if (request.expiresAt < now) this.pending.delete(id);
    // A used code is kept a while past its expiry, so a late replay is still seen as one.
    for (const [code, issued] of this.codes) if (issued.expiresAt + REQUEST_LIFETIME_MS < now) this.codes.delete(code);
    for (const [token, grant] of this.refreshTokens) if (grant.expiresAt < now) this.refreshTokens.delete(token);
  }
}

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function withParams(uri: string, params: Record<string, string | undefined>): string {
  const url = new URL(uri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}

function redirect(res: ServerResponse, location: string, status = 302): void {
  res.writeHead(status, { location, 'cache-control': 'no-store' });
  res.end();
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // No script at all; the page is never framed (it is where a person signs in).
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  });
  res.end(html);
}

function sendJson(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}
