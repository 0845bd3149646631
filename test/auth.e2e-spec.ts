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

  it('refuses a token 61 s past its expiry: the clock skew allowed is 60 s, not the library default of 300 s', async () => {
    const res = await me(api.token('alex', undefined, { expiresInSeconds: -61 }));

    expect(res.status).toBe(401);
    expect(res.body.message).toContain('expired');
  });

  it('accepts a token just expired, within the 60 s of clock skew', async () => {
    expect((await me(api.token('alex', undefined, { expiresInSeconds: -50 }))).status).toBe(200);
  });

  it.each([
    ['for Microsoft Graph (User.Read)', 'User.Read openid profile'],
    ['with a scope whose name only contains the API scope', 'Awards.AccessAll'],
    ['with no scp claim', undefined],
    ['with a malformed scp claim', ['Awards.Access']],
  ])('refuses a token %s: it lacks the API scope', async (_case, scp) => {
    const res = await me(api.token('alex', undefined, { claims: { scp } }));

    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'auth.scope_missing', message: expect.stringContaining('Awards.Access') });
  });

  it('accepts the API scope among others', async () => {
    expect((await me(api.token('alex', undefined, { claims: { scp: 'openid Awards.Access' } }))).status).toBe(200);
  });

  it.each([['1.0'], [undefined], [2]])('refuses a token whose ver is %p', async (ver) => {
    const res = await me(api.token('alex', undefined, { claims: { ver } }));

    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'auth.token_version', message: expect.stringContaining('version 2.0') });
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

  it("never takes another person's address from a token's email claim, nor changes their row", async () => {
    const victim = {
      oid: 'c0ffee00-0000-4000-8000-000000000020',
      name: 'Tess Hale',
      email: 'tess.hale@example.nhs.uk',
    };
    const claimant = {
      oid: 'c0ffee00-0000-4000-8000-000000000021',
      name: 'Max Fell',
      email: 'max.fell@example.nhs.uk',
    };
    await me(api.token(victim)).expect(200);
    const before = await api.db.query('SELECT * FROM users WHERE object_id = $1', [victim.oid]);

    const res = await me(api.token(claimant, undefined, { claims: { email: victim.email, name: victim.name } }));

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ objectId: claimant.oid, email: claimant.email, username: claimant.email });
    expect(await api.db.query('SELECT * FROM users WHERE object_id = $1', [victim.oid])).toEqual(before);
    const holders = await api.db.query('SELECT object_id FROM users WHERE email = $1 OR username = $1', [victim.email]);
    expect(holders).toEqual([{ object_id: victim.oid }]);
  });

  it("trusts the email claim when Entra ID says its domain's owner is verified (xms_edov)", async () => {
    const user = { oid: 'c0ffee00-0000-4000-8000-000000000022', name: 'Jay Ward', email: 'jw42@example.nhs.uk' };

    const res = await me(api.token(user, undefined, { claims: { email: 'jay.ward@example.nhs.uk', xms_edov: true } }));

    expect(res.body).toMatchObject({ username: 'jw42@example.nhs.uk', email: 'jay.ward@example.nhs.uk' });
  });

  it('keeps working for a user whose name and e-mail claims hold NUL and other control characters', async () => {
    const user = {
      oid: 'c0ffee00-0000-4000-8000-000000000023',
      name: 'Rosa\u0000 Diaz\r\n\u0007',
      email: 'rosa.d@example.nhs.uk',
    };
    const token = api.token(user, undefined, { claims: { email: 'rosa.d@example.nhs.uk\u0000', xms_edov: true } });

    const first = await me(token);
    const again = await api.http.get('/api/v1/nominations/mine').set('Authorization', `Bearer ${token}`);

    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ displayName: 'Rosa Diaz', email: 'rosa.d@example.nhs.uk' });
    expect(again.status).toBe(200);
    const rows = await api.db.query('SELECT display_name, username, email FROM users WHERE object_id = $1', [user.oid]);
    expect(rows).toEqual([
      { display_name: 'Rosa Diaz', username: 'rosa.d@example.nhs.uk', email: 'rosa.d@example.nhs.uk' },
    ]);
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

describe('Who may sign in (AUTH_ALLOWED_EMAIL_DOMAINS, AUTH_REQUIRED_ROLE, AUTH_REQUIRED_GROUP)', () => {
  const GROUP = '9e0c0000-0000-4000-8000-00000000a11e';
  const CONTACT = 'the awards team at awards@example.nhs.uk';
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      AUTH_ALLOWED_EMAIL_DOMAINS: 'example.nhs.uk, council.gov.uk',
      AUTH_REQUIRED_ROLE: 'Awards.User',
      AUTH_REQUIRED_GROUP: GROUP,
      AUTH_ACCESS_CONTACT: CONTACT,
    });
  });
  afterAll(async () => {
    await api.close();
  });

  const person = (n: number, email: string) => ({
    oid: `c0ffee00-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
    name: `Person ${n}`,
    email,
  });
  const me = (user: ReturnType<typeof person>, roles: string[], claims: Record<string, unknown> = {}) =>
    api.http
      .get('/api/v1/me')
      .set('Authorization', `Bearer ${api.token(user, roles, { claims: { groups: [GROUP], ...claims } })}`);
  const rowsOf = async (oid: string) =>
    (await api.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM users WHERE object_id = $1', [oid]))[0].n;

  it('lets in a person of an allowed domain with the role and the group', async () => {
    const res = await me(person(1, 'ok.person@council.gov.uk'), ['Awards.User', 'Awards.Judge']);

    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual(['Awards.Judge']);
  });

  it.each([
    [
      'of another organisation in the same tenant',
      person(2, 'someone@nhs.net'),
      ['Awards.User'],
      {},
      /accounts of nhs\.net are not among/,
    ],
    [
      'whose email claim names an allowed domain but whose sign-in name does not',
      person(3, 'someone.else@nhs.net'),
      ['Awards.User'],
      { email: 'someone.else@example.nhs.uk' },
      /accounts of nhs\.net/,
    ],
    ['without the required role', person(4, 'no.role@example.nhs.uk'), ['Awards.Admin'], {}, /the Awards\.User role/],
    [
      'outside the required group',
      person(5, 'no.group@example.nhs.uk'),
      ['Awards.User'],
      { groups: [] },
      /not in the group/,
    ],
  ])(
    'refuses a person %s with a 403 that says whom to ask, and keeps no record of them',
    async (_case, user, roles, claims, reason) => {
      const res = await me(user, roles, claims);

      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'auth.not_allowed', message: expect.stringMatching(reason) });
      expect(res.body.message).toContain(`Ask ${CONTACT} for access.`);
      expect(await rowsOf(user.oid)).toBe(0);
    },
  );
});
