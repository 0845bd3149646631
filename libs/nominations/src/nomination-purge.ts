import type { EntityManager } from 'typeorm';

export interface NominationsPurged {
  /** The stored files of the deleted evidence rows, for the caller to delete after its commit. */
  storageKeys: string[];
  evidenceFiles: number;
  statements: number;
  nominationsWithFindings: number;
}

/**
 * The retention purge's part in this lib's tables: a programme's evidence rows, statements and
 * privacy findings go, inside the caller's transaction (so it commits with the purge's audit
 * record); the nominations themselves, with their references and outcomes, stay.
 */
export async function purgeNominations(manager: EntityManager, programmeId: string): Promise<NominationsPurged> {
  const files = await manager.query<{ storage_key: string }[]>(
    `SELECT e.storage_key FROM evidence e JOIN nominations n ON n.id = e.nomination_id WHERE n.programme_id = $1`,
    [programmeId],
  );
  const [, evidenceFiles] = await manager.query<[unknown[], number]>(
    'DELETE FROM evidence e USING nominations n WHERE n.id = e.nomination_id AND n.programme_id = $1',
    [programmeId],
  );
  const [, statements] = await manager.query<[unknown[], number]>(
    'DELETE FROM nomination_statements s USING nominations n WHERE n.id = s.nomination_id AND n.programme_id = $1',
    [programmeId],
  );
  const [, nominationsWithFindings] = await manager.query<[unknown[], number]>(
    `UPDATE nominations SET privacy_findings = '[]' WHERE programme_id = $1 AND privacy_findings <> '[]'`,
    [programmeId],
  );
  return { storageKeys: files.map((f) => f.storage_key), evidenceFiles, statements, nominationsWithFindings };
}
