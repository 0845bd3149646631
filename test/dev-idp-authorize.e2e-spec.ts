import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import * as oidc from 'openid-client';
import type { WebClient } from '@commend/dev-idp';
import { startTestApi, TEST_CLIENT_ID, TEST_TENANT_ID, type TestApi } from '@commend/testing';

/**
 * The browser sign-in against the dev issuer, with openid-client 6 as the web app will use it.
 * The browser's part (the authorize page, the person's choice, the redirect back) is plain
 * HTTPS here; the browser suites of the web app run it in Chromium.
 */
const WEB: WebClient = {
  clientId: '7e57e57e-0000-4000-8000-00000000eb01',
  clientSecret: 'web-secret with spaces+and:colons',
  redirectUris: ['http://localhost:8080/auth/callback'],
  postLogoutRedirectUris: ['http://localhost:8080/signed-out'],
};
const CALLBACK = WEB.redirectUris[0];
const API_SCOPE = `api://${TEST_CLIENT_ID}/Awards.Access`;
const SCOPE = `openid profile offline_access ${API_SCOPE}`;

interface Started {
  /** The authorize URL openid-client built, and what it must check on the way back. */
  url: URL;
  verifier: string;
  state: string;
  nonce: string;
}

describe('The dev issuer: browser sign-in (authorization code with PKCE)', () => {
  let api: TestApi;
  let config: oidc.Configuration;

  beforeAll(async () => {
    // A short token lifetime, so it is seen to be the configured one; the client registered as
    // a web app registers itself once it knows its address.
    api = await startTestApi({}, { tokenLifetimeSeconds: 600 });
    api.idp.setWebClient(WEB);
    // openid-client uses the global fetch: it must trust the issuer's CA, as the web app will (trap 8).
    setDefaultCACertificates([...getCACertificates('default'), api.idp.caPem]);
    config = await oidc.discovery(
      new URL(api.idp.issuer),
      WEB.clientId,
      WEB.clientSecret,
      oidc.ClientSecretBasic(WEB.clientSecret),
    );
  });
  afterAll(async () => {
    await api.close();
  });

  async function start(params: Record<string, string> = {}): Promise<Started> {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: CALLBACK,
      scope: SCOPE,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      ...params,
    });
    return { url, verifier, state, nonce };
  }

  /** What a browser does: opens the authorize page, presses a person's button (or posts the add form). */
  async function pick(url: URL, choice: Record<string, string | string[]>): Promise<Response> {
    const page = await fetch(url, { redirect: 'manual' });
    const html = await page.text();
    expect(page.status).toBe(200);
    const request = /name="request" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const form = new URLSearchParams({ request });
    for (const [name, value] of Object.entries(choice)) {
      for (const v of [value].flat()) form.append(name, v);
    }
    return fetch(url.origin + url.pathname, { method: 'POST', body: form, redirect: 'manual' });
  }

  async function callbackFor(started: Started, user = 'alex'): Promise<URL> {
    const chosen = await pick(started.url, { user });
    expect(chosen.status).toBe(303);
    return new URL(chosen.headers.get('location')!);
  }

  async function signIn(
    user = 'alex',
    cfg = config,
  ): Promise<oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers> {
    const started = await start();
    return oidc.authorizationCodeGrant(cfg, await callbackFor(started, user), {
      pkceCodeVerifier: started.verifier,
      expectedState: started.state,
      expectedNonce: started.nonce,
    });
  }

  const me = (accessToken: string) => api.http.get('/api/v1/me').set('Authorization', `Bearer ${accessToken}`);
  const claimsOf = (jwt: string): Record<string, unknown> =>
    JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());

  /** A token request as a client would send it by hand, to see the issuer's own refusal. */
  const tokenRequest = (body: Record<string, string>, secret = WEB.clientSecret): Promise<Response> =>
    fetch(config.serverMetadata().token_endpoint!, {
      method: 'POST',
      body: new URLSearchParams({ client_id: WEB.clientId, client_secret: secret, ...body }),
    });

  it('publishes the authorize, token and end-session endpoints with S256 only in its metadata', () => {
    const metadata = config.serverMetadata();

    expect(metadata).toMatchObject({
      authorization_endpoint: `${api.idp.url}/${TEST_TENANT_ID}/oauth2/v2.0/authorize`,
      token_endpoint: `${api.idp.url}/${TEST_TENANT_ID}/oauth2/v2.0/token`,
      end_session_endpoint: `${api.idp.url}/${TEST_TENANT_ID}/oauth2/v2.0/logout`,
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    });
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(['openid', 'offline_access', API_SCOPE]));
  });

  it('signs a person in: the code flow with PKCE gives an access token the API accepts', async () => {
    const tokens = await signIn('priya');

    const res = await me(tokens.access_token);

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      displayName: 'Priya Shah',
      email: 'priya.shah@example.nhs.uk',
      roles: ['Awards.Admin'],
    });
    expect(tokens).toMatchObject({ token_type: 'bearer', expires_in: 600, scope: SCOPE });
    const access = claimsOf(tokens.access_token);
    expect(Number(access.exp) - Number(access.iat)).toBe(600);
    expect(access).toMatchObject({
      aud: TEST_CLIENT_ID,
      scp: 'Awards.Access',
      ver: '2.0',
      azp: WEB.clientId,
    });
  });

  it('gives an ID token for the web client carrying the nonce and who signed in', async () => {
    const started = await start();
    const tokens = await oidc.authorizationCodeGrant(config, await callbackFor(started, 'jo'), {
      pkceCodeVerifier: started.verifier,
      expectedState: started.state,
      expectedNonce: started.nonce,
    });

    expect(claimsOf(tokens.id_token!)).toMatchObject({
      aud: WEB.clientId,
      iss: api.idp.issuer,
      nonce: started.nonce,
      sub: 'a1e0c0de-0000-4000-8000-000000000006',
      oid: 'a1e0c0de-0000-4000-8000-000000000006',
      name: 'Jo Whitfield',
      preferred_username: 'jo.whitfield@example.nhs.uk',
      tid: TEST_TENANT_ID,
    });
  });

  it('authenticates the client by client_secret_post too, and refuses a wrong secret', async () => {
    const byPost = await oidc.discovery(
      new URL(api.idp.issuer),
      WEB.clientId,
      WEB.clientSecret,
      oidc.ClientSecretPost(),
    );
    expect((await me((await signIn('bola', byPost)).access_token)).status).toBe(200);

    const started = await start();
    const callback = await callbackFor(started);
    const wrong = await tokenRequest(
      {
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code')!,
        redirect_uri: CALLBACK,
        code_verifier: started.verifier,
      },
      'not-the-secret',
    );

    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({
      error: 'invalid_client',
      error_description: 'The client id or secret is wrong',
    });
  });

  it('refuses a replayed code, and revokes the refresh token the first redemption gave', async () => {
    const started = await start();
    const callback = await callbackFor(started);
    const checks = { pkceCodeVerifier: started.verifier, expectedState: started.state, expectedNonce: started.nonce };
    const first = await oidc.authorizationCodeGrant(config, callback, checks);

    const replay = await tokenRequest({
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code')!,
      redirect_uri: CALLBACK,
      code_verifier: started.verifier,
    });

    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });
    await expect(oidc.refreshTokenGrant(config, first.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
      error_description: 'The refresh token was revoked',
    });
  });

  it('refuses a wrong PKCE verifier', async () => {
    const started = await start();
    const callback = await callbackFor(started);

    await expect(
      oidc.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: oidc.randomPKCECodeVerifier(),
        expectedState: started.state,
        expectedNonce: started.nonce,
      }),
    ).rejects.toMatchObject({
      error: 'invalid_grant',
      error_description: 'code_verifier does not match the code_challenge',
    });
  });

  it('takes a code for 60 s only', async () => {
    const redeemAfter = async (ms: number): Promise<Response> => {
      const started = await start();
      const callback = await callbackFor(started);
      // The issuer runs in this process, so its clock is the one moved.
      const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.now() + ms);
      try {
        return await tokenRequest({
          grant_type: 'authorization_code',
          code: callback.searchParams.get('code')!,
          redirect_uri: CALLBACK,
          code_verifier: started.verifier,
        });
      } finally {
        clock.mockRestore();
      }
    };

    const inTime = await redeemAfter(55_000);
    const late = await redeemAfter(61_000);

    expect(inTime.status).toBe(200);
    expect(late.status).toBe(400);
    expect(await late.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'The authorization code has expired (codes last 60 s)',
    });
  });

  it('refuses a code redeemed with another redirect_uri than it was issued for', async () => {
    const started = await start();
    const callback = await callbackFor(started);

    const res = await tokenRequest({
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code')!,
      redirect_uri: 'http://localhost:8080/elsewhere',
      code_verifier: started.verifier,
    });

    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'redirect_uri differs from the one the code was issued for',
    });
  });

  it('shows an unregistered redirect_uri or an unknown client on its own page, never redirecting there', async () => {
    const evil = await start({ redirect_uri: 'https://evil.example/callback' });
    const stranger = new URL(evil.url);
    stranger.searchParams.set('client_id', 'someone-else');

    const refused = await fetch(evil.url, { redirect: 'manual' });
    const unknown = await fetch(stranger, { redirect: 'manual' });

    expect(refused.status).toBe(400);
    expect(refused.headers.get('location')).toBeNull();
    expect(await refused.text()).toContain('https://evil.example/callback is not a redirect URI of this application');
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('location')).toBeNull();
    expect(await unknown.text()).toContain('No application is registered with client_id &quot;someone-else&quot;');
  });

  it.each([
    ['plain PKCE', { code_challenge_method: 'plain' }],
    ['no code challenge', { code_challenge: '', code_challenge_method: '' }],
  ])('sends %s back to the app as invalid_request, with its state', async (_case, params) => {
    const started = await start(params);

    const res = await fetch(started.url, { redirect: 'manual' });
    const back = new URL(res.headers.get('location')!);

    expect(res.status).toBe(302);
    expect(back.origin + back.pathname).toBe(CALLBACK);
    expect(Object.fromEntries(back.searchParams)).toEqual({
      error: 'invalid_request',
      error_description: 'PKCE is required: send code_challenge with code_challenge_method=S256 (plain is refused)',
      state: started.state,
    });
  });

  it('rotates refresh tokens: new tokens for the same person, and the old refresh token refused', async () => {
    const first = await signIn('sam');

    const second = await oidc.refreshTokenGrant(config, first.refresh_token!);

    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.expires_in).toBe(600);
    expect(claimsOf(second.access_token).oid).toBe(claimsOf(first.access_token).oid);
    expect((await me(second.access_token)).body).toMatchObject({ displayName: 'Sam Okafor' });
    await expect(oidc.refreshTokenGrant(config, first.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
      error_description: 'The refresh token was already used (they rotate); sign in again',
    });
    // The reuse ends the line: the token the rotation gave stops working too.
    await expect(oidc.refreshTokenGrant(config, second.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('signs out to a registered post-logout URI only', async () => {
    const tokens = await signIn();
    const logout = (uri: string): Promise<Response> =>
      fetch(
        oidc.buildEndSessionUrl(config, {
          post_logout_redirect_uri: uri,
          id_token_hint: tokens.id_token!,
          state: 'st8',
        }),
        { redirect: 'manual' },
      );

    const registered = await logout(WEB.postLogoutRedirectUris[0]);
    const other = await logout('https://evil.example/signed-out');

    expect(registered.status).toBe(302);
    expect(registered.headers.get('location')).toBe('http://localhost:8080/signed-out?state=st8');
    expect(other.status).toBe(400);
    expect(other.headers.get('location')).toBeNull();
    expect(await other.text()).toContain('is not a post-logout redirect URI of this application');
  });

  it('lets a tester add a person with a name, e-mail and roles, and signs them in', async () => {
    const started = await start();
    const added = await pick(started.url, {
      add: '1',
      name: 'Robin Tester',
      email: 'Robin.Tester@example.nhs.uk',
      roles: ['Awards.Judge', 'Awards.Auditor'],
    });
    const tokens = await oidc.authorizationCodeGrant(config, new URL(added.headers.get('location')!), {
      pkceCodeVerifier: started.verifier,
      expectedState: started.state,
      expectedNonce: started.nonce,
    });

    expect(added.status).toBe(303);
    expect((await me(tokens.access_token)).body).toMatchObject({
      displayName: 'Robin Tester',
      email: 'robin.tester@example.nhs.uk',
      roles: ['Awards.Judge', 'Awards.Auditor'],
    });
    // Listed for the next sign-in.
    expect(await (await fetch((await start()).url)).text()).toContain('Sign in as Robin Tester');
  });

  it('shows what is wrong with a person typed on the page, keeping what was typed', async () => {
    const { url } = await start();

    const res = await pick(url, { add: '1', name: 'Robin <b>', email: 'not-an-email', roles: 'Awards.Judge' });
    const html = await res.text();

    expect(res.status).toBe(400);
    expect(html).toContain('<h2 id="summary-title">There is a problem</h2>');
    expect(html).toContain(
      '<a href="#email">Enter an e-mail address in the correct format, like name@example.nhs.uk</a>',
    );
    expect(html).toContain('value="Robin &lt;b&gt;"');
    expect(html).toContain('value="Awards.Judge" checked');
  });
});
