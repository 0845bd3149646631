import { signIn, startTestApi, type TestApi } from '@commend/testing';

describe('Finding people who have signed in (for building panels)', () => {
  let api: TestApi;
  let samId: string;

  beforeAll(async () => {
    api = await startTestApi();
    samId = await signIn(api, 'sam');
    await signIn(api, 'lee');
    await signIn(api, {
      oid: 'a1e0c0de-0000-4000-8000-0000000000f1',
      name: 'Percy 100% Sure',
      email: 'percy@example.nhs.uk',
    });
  });
  afterAll(async () => {
    await api.close();
  });

  const search = (text: string | undefined, user = 'priya') => {
    const req = api.http.get('/api/v1/users').set('Authorization', `Bearer ${api.token(user)}`);
    return text === undefined ? req : req.query({ search: text });
  };

  it('finds a person by part of their name, any case', async () => {
    const res = await search('okaf').expect(200);

    expect(res.body).toEqual([
      { id: samId, displayName: 'Sam Okafor', username: expect.any(String), email: 'sam.okafor@example.nhs.uk' },
    ]);
  });

  it('finds a person by part of their e-mail address', async () => {
    const res = await search('LEE.CHEN@').expect(200);

    expect(res.body.map((u: { displayName: string }) => u.displayName)).toEqual(['Lee Chen']);
  });

  it('matches % and _ as themselves, not as wildcards', async () => {
    expect((await search('100%').expect(200)).body.map((u: { displayName: string }) => u.displayName)).toEqual([
      'Percy 100% Sure',
    ]);
    expect((await search('%%').expect(200)).body).toEqual([]);
  });

  it('refuses a search shorter than two characters, naming the field', async () => {
    const res = await search('s').expect(400);

    expect(JSON.stringify(res.body.message)).toContain('search');
    await search(undefined).expect(400);
  });

  it('is for admins only', async () => {
    await search('okaf', 'sam').expect(403);
    await search('okaf', 'alex').expect(403);
  });
});
