import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevIdp } from '@commend/dev-idp';

interface Answer {
  status: number;
  type: string;
  body: string;
}

describe('The dev issuer', () => {
  let idp: DevIdp;
  let dataDir: string;

  /** Over HTTPS, trusting only the issuer's own CA, as the API does. */
  const call = (method: string, path: string, body?: string, type = 'application/json'): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const req = request(
        `${idp.url}${path}`,
        { method, ca: idp.caPem, headers: body ? { 'content-type': type } : {} },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body: text }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'commend-idp-'));
    idp = await new DevIdp({
      port: 0,
      dataDir,
      tenantId: 'c0de0000-de70-4000-8000-000000000001',
      clientId: 'c0de0000-de70-4000-8000-0000000c0de1',
    }).start();
  });
  afterAll(async () => {
    await idp.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a body over 64 KiB with a 413 that names the limit', async () => {
    const res = await call('POST', '/dev/token', JSON.stringify({ user: 'jo', padding: 'x'.repeat(70 * 1024) }));

    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({
      error: 'invalid_request',
      error_description: 'The request body is larger than 64 KiB',
    });
  });

  it('serves Entra-shaped metadata whose keys endpoint publishes the signing key', async () => {
    const metadata = JSON.parse(
      (await call('GET', '/c0de0000-de70-4000-8000-000000000001/v2.0/.well-known/openid-configuration')).body,
    );
    const jwks = JSON.parse((await call('GET', new URL(metadata.jwks_uri).pathname)).body);

    expect(metadata.issuer).toBe(`${idp.url}/c0de0000-de70-4000-8000-000000000001/v2.0`);
    expect(metadata.id_token_signing_alg_values_supported).toEqual(['RS256']);
    expect(jwks.keys).toEqual([
      expect.objectContaining({ kty: 'RSA', use: 'sig', alg: 'RS256', kid: expect.any(String), n: expect.any(String) }),
    ]);
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('issues v2 access tokens for a demo user from its token endpoint', async () => {
    const res = await call('POST', '/dev/token', JSON.stringify({ user: 'jo' }));
    const token = JSON.parse(res.body).access_token as string;
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

    expect(res.status).toBe(200);
    expect(claims).toMatchObject({
      ver: '2.0',
      aud: 'c0de0000-de70-4000-8000-0000000c0de1',
      iss: idp.issuer,
      tid: 'c0de0000-de70-4000-8000-000000000001',
      oid: 'a1e0c0de-0000-4000-8000-000000000006',
      name: 'Jo Whitfield',
      roles: ['Awards.Judge', 'Awards.Chair'],
      scp: 'Awards.Access',
    });
  });

  it("mints the API's configured scope, and lets tests mint tokens long expired or with other claims", () => {
    const other = new DevIdp({
      port: 0,
      dataDir,
      tenantId: 'c0de0000-de70-4000-8000-000000000001',
      clientId: 'c0de0000-de70-4000-8000-0000000c0de1',
      scope: 'access_as_user',
    });
    const claimsOf = (token: string): Record<string, number | string> =>
      JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    const now = Math.floor(Date.now() / 1000);

    const expired = claimsOf(other.mintToken({ user: 'alex', expiresInSeconds: -61 }));
    const graph = claimsOf(other.mintToken({ user: 'alex', claims: { scp: 'User.Read', ver: undefined } }));

    expect(claimsOf(other.mintToken({ user: 'alex' })).scp).toBe('access_as_user');
    expect(Number(expired.exp)).toBeLessThanOrEqual(now - 60);
    expect(Number(expired.nbf)).toBeLessThan(Number(expired.exp));
    expect(graph.scp).toBe('User.Read');
    expect(graph).not.toHaveProperty('ver');
  });

  it('names the known users when asked for an unknown one', async () => {
    const res = await call('POST', '/dev/token', JSON.stringify({ user: 'mallory' }));

    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error).toBe(
      'Unknown demo user "mallory"; known: alex, bola, priya, sam, lee, jo, dee, ana',
    );
  });

  it('has a page where a person picks a demo user and gets their token', async () => {
    const page = await call('GET', '/');
    expect(page.type).toContain('text/html');
    expect(page.body).toContain('Dee Harrington');
    expect(page.body).toContain('Awards.Director');

    const signedIn = await call('POST', '/', 'user=dee', 'application/x-www-form-urlencoded');

    expect(signedIn.body).toContain('Access token for Dee Harrington');
    const token = /<textarea readonly rows="6" id="token">(eyJ[\w-]+\.[\w-]+\.[\w-]+)<\/textarea>/.exec(
      signedIn.body,
    )?.[1];
    expect(token).toBeDefined();
    expect(signedIn.body).toContain(`curl -H "Authorization: Bearer ${token}" http://localhost:3000/api/v1/me`);
  });

  it('keeps its CA and signing key across restarts', () => {
    const again = new DevIdp({
      port: 0,
      dataDir,
      tenantId: 'c0de0000-de70-4000-8000-000000000001',
      clientId: 'c0de0000-de70-4000-8000-0000000c0de1',
    });
    const kidOf = (token: string): unknown => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()).kid;

    expect(again.caPem).toBe(idp.caPem);
    expect(kidOf(again.mintToken({ user: 'alex' }))).toBe(kidOf(idp.mintToken({ user: 'alex' })));
  });

  it("answers under a public host name (the compose demo's idp.localhost), with a certificate that names it", async () => {
    const named = await new DevIdp({
      port: 0,
      dataDir,
      publicHost: 'idp.localhost',
      tenantId: 'c0de0000-de70-4000-8000-000000000001',
      clientId: 'c0de0000-de70-4000-8000-0000000c0de1',
    }).start();
    try {
      const { port } = new URL(named.url);
      // Reached at 127.0.0.1 but checked as idp.localhost, as a container reaching the alias would.
      const metadata = await new Promise<{ issuer: string }>((resolve, reject) => {
        request(
          {
            host: '127.0.0.1',
            port,
            servername: 'idp.localhost',
            headers: { host: `idp.localhost:${port}` },
            ca: named.caPem,
            path: new URL(named.metadataUrl).pathname,
          },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => resolve(JSON.parse(text) as { issuer: string }));
          },
        )
          .on('error', reject)
          .end();
      });

      expect(named.metadataUrl).toBe(
        `https://idp.localhost:${port}/c0de0000-de70-4000-8000-000000000001/v2.0/.well-known/openid-configuration`,
      );
      expect(metadata.issuer).toBe(`https://idp.localhost:${port}/c0de0000-de70-4000-8000-000000000001/v2.0`);
      expect(named.caPem).not.toBe(idp.caPem); // made anew: the stored certificate did not name the host
    } finally {
      await named.stop();
    }
  });

  it('refuses to start in production', () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(() => new DevIdp({ port: 0, dataDir, tenantId: 't', clientId: 'c' })).toThrow(
        'refuses to run with NODE_ENV=production',
      );
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
