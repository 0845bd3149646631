import { createWebApp, loadWebConfig } from '@commend/web';
import { GENEROUS_RATE_LIMITS } from '@commend/testing';
import { CLIENT, type ApiBenchEnvironment } from './bench-process';
import { freePort } from '../../scripts/services';

const WEB_CLIENT = { clientId: '7e57e57e-0000-4000-8000-00000000eb01', clientSecret: 'bench-web-client-secret' };

export interface BenchWeb {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** A person signed in through the dev issuer, as a browser would (without one). */
  signIn(user: string): Promise<BrowserSession>;
  close(): Promise<void>;
}

export interface BrowserSession {
  /** A GET with the session cookie, redirects not followed. */
  get: (url: string) => Promise<Response>;
  /** The Cookie header to send with a request made some other way (a form post). */
  cookie: () => string;
}

/** The browser app in this process, on the benchmark's API and dev issuer, registered as the web client. */
export async function startBenchWeb(environment: ApiBenchEnvironment, apiUrl: string): Promise<BenchWeb> {
  const { idp } = environment;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  idp.setWebClient({
    ...WEB_CLIENT,
    redirectUris: [`${url}/auth/callback`],
    postLogoutRedirectUris: [`${url}/signed-out`],
  });
  const app = await createWebApp(
    loadWebConfig({
      NODE_ENV: 'test',
      WEB_PORT: String(port),
      WEB_API_URL: apiUrl,
      REDIS_URL: environment.redis.url,
      AUTH_METADATA_URL: idp.metadataUrl,
      AUTH_CA_FILE: idp.caFile,
      AUTH_CLIENT_ID: CLIENT,
      WEB_CLIENT_ID: WEB_CLIENT.clientId,
      WEB_CLIENT_SECRET: WEB_CLIENT.clientSecret,
      WEB_REDIRECT_URI: `${url}/auth/callback`,
      WEB_POST_LOGOUT_URI: `${url}/signed-out`,
      WEB_SESSION_SECRET: 'a-bench-session-secret-of-at-least-32-characters',
      ...GENEROUS_RATE_LIMITS,
      LOG_LEVEL: 'silent',
    }),
  );
  await app.listen(port, '127.0.0.1');
  return { url, signIn: (user) => signIn(url, user), close: () => app.close() };
}

async function signIn(web: string, user: string): Promise<BrowserSession> {
  const cookies = new Map<string, string>();
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const get = async (url: string): Promise<Response> => {
    const res = await fetch(url, { headers: { cookie: cookie() }, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return res;
  };
  const toIssuer = await get(`${web}/sign-in`);
  const authorize = toIssuer.headers.get('location');
  if (!authorize) throw new Error(`Sign-in did not start: ${toIssuer.status} ${(await toIssuer.text()).slice(0, 300)}`);
  const requestId = /name="request" value="([^"]+)"/.exec(await (await fetch(authorize)).text())![1];
  const picked = await fetch(authorize, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request: requestId, user }),
    redirect: 'manual',
  });
  const signedIn = await get(picked.headers.get('location')!);
  if (signedIn.status !== 303) throw new Error(`Sign-in did not finish: ${signedIn.status}`);
  return { get, cookie };
}
