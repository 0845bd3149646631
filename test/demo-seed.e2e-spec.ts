import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApi, type TestApi } from '@commend/testing';
import { seedDemo } from '../scripts/seed-demo';

interface Assignments {
  progress: { assigned: number; submitted: number };
  categories: { name: string; blindJudging: boolean; nominations: { nomineeName: string | null }[] }[];
}

describe('The demo seed', () => {
  let api: TestApi;
  let apiUrl: string;

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.listen(0, '127.0.0.1');
    apiUrl = `http://127.0.0.1:${((api.app.getHttpServer() as Server).address() as AddressInfo).port}/api/v1`;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('leaves every judge something to score, the Safeguarding Award blind, and seeds once', async () => {
    expect(await seedDemo(apiUrl, api.idp)).toBe('seeded');

    const mine = async (user: string) =>
      (
        await api.http
          .get('/api/v1/judging/assignments')
          .set('Authorization', `Bearer ${api.token(user)}`)
          .expect(200)
      ).body as Assignments;
    const [sam, lee, jo] = [await mine('sam'), await mine('lee'), await mine('jo')];
    expect(sam.progress).toMatchObject({ assigned: 3, submitted: 0 });
    expect(lee.progress).toMatchObject({ assigned: 3, submitted: 2 });
    expect(jo.progress).toMatchObject({ assigned: 3, submitted: 1 });
    const safeguarding = sam.categories.find((c) => c.name === 'Safeguarding Award')!;
    expect(safeguarding.blindJudging).toBe(true);
    expect(safeguarding.nominations.map((n) => n.nomineeName)).toEqual([null, null]);
    const team = sam.categories.find((c) => c.name === 'Team of the Year')!;
    expect(team.nominations.map((n) => n.nomineeName)).toEqual(['Hospital Discharge Team']);

    expect(await seedDemo(apiUrl, api.idp)).toBe('already seeded');
  });
});
