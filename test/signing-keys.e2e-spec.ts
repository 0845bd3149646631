import { OidcKeysService } from '@commend/auth';
import { startTestApi, type TestApi } from '@commend/testing';

describe('Signing keys', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  const me = (token: string) => api.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`);

  it('accepts a token signed with a freshly rotated key without waiting for the cache', async () => {
    await me(api.token('alex')).expect(200); // keys now cached
    const keysFetchedBefore = api.idp.served.keys;

    api.idp.rotateKeys();
    const res = await me(api.token('alex'));

    expect(res.status).toBe(200);
    expect(api.idp.served.keys).toBe(keysFetchedBefore + 1);
  });

  it('keeps accepting tokens signed with the previous key while the issuer still publishes it', async () => {
    const oldToken = api.token('bola');
    api.app.get(OidcKeysService).unknownKidRefreshIntervalMs = 0;
    api.idp.rotateKeys();

    await me(api.token('bola')).expect(200);
    await me(oldToken).expect(200);
  });

  it('refetches at most once per interval however many unknown key ids arrive', async () => {
    api.app.get(OidcKeysService).unknownKidRefreshIntervalMs = 60_000;
    await me(api.token('alex')).expect(200);
    const keysFetchedBefore = api.idp.served.keys;
    const [header, claims, signature] = api.token('alex').split('.');
    const withKid = (kid: string): string => {
      const parsed = JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, unknown>;
      return `${Buffer.from(JSON.stringify({ ...parsed, kid })).toString('base64url')}.${claims}.${signature}`;
    };

    const statuses = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => (await me(withKid(`forged-${i}`))).status),
    );

    expect(statuses).toEqual(Array(20).fill(401));
    expect(api.idp.served.keys - keysFetchedBefore).toBeLessThanOrEqual(1);
  });
});
