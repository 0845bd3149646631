import * as tls from 'node:tls';
import { Inject, Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { WEB_CONFIG, type WebConfig } from '../config/web-config';
import type { PendingSignIn, SessionTokens } from './session-data';
import { IssuerUnavailableError } from '../web.errors';

/** Tokens with under this long left are refreshed before the API is called. */
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;

/** Sign-in with the issuer (Entra ID, or the dev issuer): authorization code with PKCE. */
@Injectable()
export class OidcService {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {
    // openid-client uses the global fetch, which reads Node's default CA list: the dev
    // issuer's own CA joins it (in production the issuer has a public certificate). Node 24
    // can add it now; older Node reads NODE_EXTRA_CA_CERTS at start only (the demo sets both).
    if (config.auth.extraCa && typeof tls.setDefaultCACertificates === 'function') {
      tls.setDefaultCACertificates([...tls.getCACertificates('default'), config.auth.extraCa]);
    }
  }

  /** The issuer's metadata, fetched on first use and again after a failure. */
  private discover(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(new URL(this.config.auth.metadataUrl), this.config.auth.clientId, this.config.auth.clientSecret)
      .catch((error: unknown) => {
        this.configuration = null;
        throw new IssuerUnavailableError(error);
      });
    return this.configuration;
  }

  async startSignIn(returnTo: string): Promise<{ url: string; pending: PendingSignIn }> {
    const configuration = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const pending: PendingSignIn = {
      codeVerifier,
      state: client.randomState(),
      nonce: client.randomNonce(),
      returnTo,
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.auth.redirectUri,
      scope: this.config.auth.scopes.join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
      // A form_post answer is a cross-site POST, which does not carry a SameSite=Lax cookie.
      response_mode: 'query',
    });
    return { url: url.href, pending };
  }

  /** Exchanges the code (checking state, nonce and PKCE); refuses anything the issuer did not answer as asked. */
  async finishSignIn(callbackUrl: URL, pending: PendingSignIn): Promise<SessionTokens> {
    const configuration = await this.discover();
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    return toSessionTokens(tokens);
  }

  async refresh(tokens: SessionTokens): Promise<SessionTokens> {
    if (!tokens.refreshToken) throw new Error('No refresh token');
    const configuration = await this.discover();
    const fresh = await client.refreshTokenGrant(configuration, tokens.refreshToken);
    const next = toSessionTokens(fresh);
    // The issuer may keep the same refresh token or id token; a rotated one replaces it.
    return { ...next, refreshToken: next.refreshToken ?? tokens.refreshToken, idToken: next.idToken ?? tokens.idToken };
  }

  /** The issuer's end-session URL, or this app's signed-out page when the issuer has none. */
  async endSessionUrl(idToken: string | undefined): Promise<string> {
    const configuration = await this.discover().catch(() => null);
    if (!configuration?.serverMetadata().end_session_endpoint) return this.config.auth.postLogoutRedirectUri;
    return client.buildEndSessionUrl(configuration, {
      post_logout_redirect_uri: this.config.auth.postLogoutRedirectUri,
      ...(idToken ? { id_token_hint: idToken } : {}),
    }).href;
  }
}

function toSessionTokens(tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers): SessionTokens {
  const expiresIn = tokens.expiresIn() ?? 3600;
  return {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    idToken: tokens.id_token,
    expiresAt: Date.now() + expiresIn * 1000,
  };
}
