import { EvidenceCheckService, type EvidenceCheckStatus } from '@commend/nominations';
import type { TestApi } from './test-api';

export interface CheckedFile {
  id: string;
  fileName: string;
  checkStatus: EvidenceCheckStatus;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const filesOf = (api: TestApi, nominationId: string) =>
  api.db.query<CheckedFile[]>(
    `SELECT id, file_name AS "fileName", check_status AS "checkStatus" FROM evidence
     WHERE nomination_id = $1 ORDER BY created_at`,
    [nominationId],
  );

/**
 * Until no evidence file of the nomination is still `checking`, in a suite whose worker runs the
 * checks: its files, each as its check left it. Fails naming the files still being checked.
 */
export async function waitForEvidenceChecks(
  api: TestApi,
  nominationId: string,
  timeoutMs = 30_000,
): Promise<CheckedFile[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = await filesOf(api, nominationId);
    const checking = files.filter((f) => f.checkStatus === 'checking');
    if (checking.length === 0) return files;
    if (Date.now() > deadline) {
      throw new Error(`Still being checked after ${timeoutMs} ms: ${checking.map((f) => f.fileName).join(', ')}`);
    }
    await sleep(100);
  }
}

/**
 * For suites that run no worker: does the worker's check of each file of the nomination still
 * `checking`, here in the test's process, with the same code the `evidence.check` job runs
 * (EvidenceCheckService, on its last attempt: a file it cannot read is `failed`, not retried).
 */
export async function runEvidenceChecks(api: TestApi, nominationId: string): Promise<CheckedFile[]> {
  const checks = api.app.get(EvidenceCheckService);
  const rows = await api.db.query<{ id: string; generation: number }[]>(
    `SELECT id, check_generation AS generation FROM evidence WHERE nomination_id = $1 AND check_status = 'checking'`,
    [nominationId],
  );
  for (const row of rows) await checks.check(row.id, row.generation, true);
  return filesOf(api, nominationId);
}
