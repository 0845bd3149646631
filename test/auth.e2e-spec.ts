import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { Role } from '@commend/auth';
import { startTestApi, type TestApi } from '@commend/testing';

const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const partsOf = (token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } => {
  const [header, claims] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString()),
    claims: JSON.parse(Buffer.from(claims, 'base64url').toString()),
  };
};

describe('Sign-in with Entra ID access tokens', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  const me = (token?: string) => {
    const req = api.http.get('/api/v1/me');
    return token === undefined ? req : req.set('Authorization', `Bearer ${token}`);
  };

  it('accepts a token from the issuer and returns the user with their roles', async () => {
    const res = await me(api.token('priya'));

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      displayName: 'Priya Shah',
      email: 'priya.shah@example.nhs.uk',
      objectId: 'a1e0c0de-0000-4000-8000-000000000003',
      roles: [Role.Admin],
    });
  });

  it('refuses a request with no token', async () => {
    const res = await me();

    expect(res.status).toBe(401);
    expect(res.body).toEqual(
      expect.objectContaining({ statusCode: 401, error: 'Unauthorized', message: expect.stringContaining('Sign in') }),
    );
  });

  it('refuses a token whose signature was made with another key', async () => {
    const genuine = api.token('alex');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const [header, claims] = genuine.split('.');
    const forged = `${header}.${claims}.${sign('sha256', Buffer.from(`${header}.${claims}`), privateKey).toString('base64url')}`;

    expect((await me(forged)).status).toBe(401);
  });

  it('refuses a token whose claims were altered after signing', async () => {
    const [header, , signature] = api.token('alex').split('.');
    const altered = `${header}.${b64({ ...partsOf(api.token('alex')).claims, roles: [Role.Admin] })}.${signature}`;

    expect((await me(altered)).status).toBe(401);
  });

  it('refuses a token for another audience', async () => {
    expect((await me(api.token('alex', undefined, { claims: { aud: 'api://another-app' } }))).status).toBe(401);
  });

  it('refuses a token from another issuer', async () => {
    const wrongIssuer = api.token('alex', undefined, {
      claims: { iss: 'https://login.microsoftonline.com/other-tenant/v2.0' },
    });

    expect((await me(wrongIssuer)).status).toBe(401);
  });

  it('refuses an expired token, beyond the five minutes of allowed clock skew', async () => {
    const expired = api.token('alex', undefined, {
      claims: { exp: Math.floor(Date.now() / 1000) - 600, iat: Math.floor(Date.now() / 1000) - 4200 },
    });

    expect((await me(expired)).status).toBe(401);
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const { header, claims } = partsOf(api.token('alex'));
    const unsigned = `${b64({ ...header, alg: 'none' })}.${b64(claims)}.`;

    expect((await me(unsigned)).status).toBe(401);
  });

  it('refuses a token signed with HS256 using the public key as the secret', async () => {
    const { header, claims } = partsOf(api.token('alex'));
    const input = `${b64({ ...header, alg: 'HS256' })}.${b64(claims)}`;
    const confused = `${input}.${createHmac('sha256', api.idp.caPem).update(input).digest('base64url')}`;

    expect((await me(confused)).status).toBe(401);
  });

  it('refuses a token of another organisation even when correctly signed', async () => {
    const otherTenant = api.token('alex', undefined, { claims: { tid: 'abcdef00-0000-4000-8000-000000000000' } });

    expect((await me(otherTenant)).status).toBe(401);
  });

  it('refreshes the name and e-mail from each token, keeping one user', async () => {
    const user = { oid: 'c0ffee00-0000-4000-8000-000000000001', name: 'Rosa Diaz', email: 'rosa.diaz@example.nhs.uk' };
    await me(api.token(user)).expect(200);

    const renamed = await me(api.token({ ...user, name: 'Rosa Diaz-Peralta', email: 'Rosa.Peralta@example.nhs.uk' }));

    expect(renamed.body).toMatchObject({ displayName: 'Rosa Diaz-Peralta', email: 'rosa.peralta@example.nhs.uk' });
    const rows = await api.db.query('SELECT display_name, email FROM users WHERE object_id = $1', [user.oid]);
    expect(rows).toEqual([{ display_name: 'Rosa Diaz-Peralta', email: 'rosa.peralta@example.nhs.uk' }]);
  });

  it('creates exactly one user when ten first requests race', async () => {
    const newcomer = {
      oid: 'c0ffee00-0000-4000-8000-000000000010',
      name: 'Nia Evans',
      email: 'nia.evans@example.nhs.uk',
    };
    const token = api.token(newcomer);

    const statuses = await Promise.all(Array.from({ length: 10 }, async () => (await me(token)).status));

    expect(statuses).toEqual(Array(10).fill(200));
    const [{ count }] = await api.db.query('SELECT count(*)::int AS count FROM users WHERE object_id = $1', [
      newcomer.oid,
    ]);
    expect(count).toBe(1);
  });
});
