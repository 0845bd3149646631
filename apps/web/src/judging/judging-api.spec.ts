import type { ApiClient } from '../api-client/api-client';
import { ApiError } from '../api-client/api-error';
import { JudgingApi } from './judging-api';

const apiRefusing = (error: ApiError) =>
  new JudgingApi({ request: () => Promise.reject(error) } as unknown as ApiClient);

describe("the other judges' scores", () => {
  it('are none, not an error, when the API keeps them from this judge', async () => {
    const api = apiRefusing(new ApiError(403, 'scorecard.peers_hidden', 'Submit your own scorecard first', undefined));
    await expect(api.peers('token', 'n1')).resolves.toEqual([]);
  });

  it('are refused as the API refuses them for any other reason', async () => {
    const api = apiRefusing(new ApiError(403, 'judging.recused', 'You are recused', undefined));
    await expect(api.peers('token', 'n1')).rejects.toMatchObject({ status: 403, code: 'judging.recused' });
  });
});
