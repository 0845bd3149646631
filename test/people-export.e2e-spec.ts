import { freeTcpPort, spawnApp, startTestApi, waitForHttp, type SpawnedApp, type TestApi } from '@commend/testing';

/**
 * The subject access export, on the built API as production runs it, with its request log
 * read: the person's address goes in the body, and no log line carries it.
 */
describe('The subject access export', () => {
  let api: TestApi;
  let server: SpawnedApp;
  let base: string;
  const address = 'sam.patel@example.nhs.uk';

  beforeAll(async () => {
    api = await startTestApi();
    const port = await freeTcpPort();
    server = spawnApp('api', { ...api.processEnv(), PORT: String(port) });
    base = `http://127.0.0.1:${port}/api/v1`;
    await waitForHttp(`${base}/health`, server);
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  const exportPerson = (body: unknown, user = 'priya') =>
    fetch(`${base}/people/export`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.token(user)}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  /** The request log lines of the process so far, parsed. */
  const requestLines = () =>
    server
      .output()
      .split('\n')
      .filter((line) => line.includes('"req":'))
      .map((line) => JSON.parse(line) as { req: { method: string; path: string }; res?: { statusCode: number } });

  it('takes the address in the body of a POST, and no log line carries it', async () => {
    await exportPerson({ email: 'priya.shah@example.nhs.uk' }); // signs priya in, so she has an account
    const res = await exportPerson({ email: address });

    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ email: address, account: null, nominationsReceived: [] });
    await new Promise((resolve) => setTimeout(resolve, 200)); // the log line is written on finish
    expect(requestLines()).toContainEqual(
      expect.objectContaining({ req: expect.objectContaining({ method: 'POST', path: '/api/v1/people/export' }) }),
    );
    expect(server.output()).not.toContain('sam.patel');
  });

  it('says what is wrong with a missing or malformed address', async () => {
    for (const body of [{}, { email: 'not-an-email' }]) {
      const res = await exportPerson(body);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ message: expect.stringContaining('email must be an e-mail address') });
    }
  });

  it('is for admins only', async () => {
    expect((await exportPerson({ email: address }, 'dee')).status).toBe(403);
  });

  it('no longer answers with the address in the path', async () => {
    const res = await fetch(`${base}/people/${address}/export`, {
      headers: { authorization: `Bearer ${api.token('priya')}` },
    });
    expect(res.status).toBe(404);
  });
});
