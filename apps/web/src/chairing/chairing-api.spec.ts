import type { ApiClient } from '../api-client/api-client';
import { ChairingApi, type Results } from './chairing-api';
import { ChairingController } from './chairing.controller';
import { OUTCOME_CANDIDATES } from './chairing.view-model';

/** A category of `total` ranked nominations n0, n1, …; the fake API answers pages of it and records each path. */
function fakeApi(total: number, given: string[]) {
  const paths: string[] = [];
  const all = Array.from({ length: total }, (_v, i) => ({ id: `n${i}`, reference: `R-${i}`, rank: i + 1 }));
  const request = (_token: string, _method: string, path: string) => {
    paths.push(path);
    if (path.includes('/results')) {
      const query = new URL(path, 'https://x').searchParams;
      const offset = Number(query.get('offset') ?? 0);
      const limit = Number(query.get('limit') ?? total);
      return Promise.resolve({
        category: { id: 'c1', name: 'Team', numberOfWinners: 1 },
        nominations: all.slice(offset, offset + limit),
        nominationsTotal: total,
      });
    }
    if (path.endsWith('/outcomes'))
      return Promise.resolve({ status: 'open', outcomes: given.map((nominationId) => ({ nominationId })) });
    if (path.startsWith('/categories/')) return Promise.resolve({ id: 'c1', programmeId: 'p1' });
    return Promise.resolve({ id: 'p1', timeZone: 'Europe/London' });
  };
  return { api: new ChairingApi({ request } as unknown as ApiClient), paths };
}

describe("the chair's outcomes page", () => {
  const load = (api: ChairingApi) =>
    (
      new ChairingController(api) as unknown as {
        loadOutcomes(token: string, categoryId: string): Promise<{ results: Results }>;
      }
    ).loadOutcomes('token', 'c1');

  it('asks for the candidates it offers, not the whole ranking of the category', async () => {
    const { api, paths } = fakeApi(2000, ['n3']);

    const { results } = await load(api);

    expect(paths.filter((p) => p.includes('/results'))).toEqual([
      `/categories/c1/results?limit=${OUTCOME_CANDIDATES}&offset=0`,
    ]);
    expect(results.nominations).toHaveLength(OUTCOME_CANDIDATES);
  });

  it('reads on until it finds a nomination given an outcome that now ranks lower', async () => {
    const { api, paths } = fakeApi(2000, ['n2', 'n150']);

    const { results } = await load(api);

    expect(paths.filter((p) => p.includes('/results'))).toEqual([
      `/categories/c1/results?limit=${OUTCOME_CANDIDATES}&offset=0`,
      `/categories/c1/results?limit=100&offset=${OUTCOME_CANDIDATES}`,
      `/categories/c1/results?limit=100&offset=${OUTCOME_CANDIDATES + 100}`,
    ]);
    expect(results.nominations.map((n) => n.id).slice(OUTCOME_CANDIDATES)).toEqual(['n150']);
  });
});
