import type { EntityManager } from 'typeorm';

export interface NominationsPurged {
  /** The stored files of the deleted evidence rows and their redacted copies, for the caller to delete after its commit. */
  storageKeys: string[];
  evidenceFiles: number;
  /** Admins' redacted copies of those files. */
  redactedCopies: number;
  statements: number;
  nominationsWithFindings: number;
}

/**
 * The retention purge's part in this lib's tables: a programme's evidence rows with their
 * redacted copies, statements (with theirs) and privacy findings go, inside the caller's transaction (so it commits with the purge's audit
 * record); the nominations themselves, with their references and outcomes, stay.
 */
export async function purgeNominations(manager: EntityManager, programmeId: string): Promise<NominationsPurged> {
  const files = await manager.query<{ storage_key: string }[]>(
    `SELECT e.storage_key FROM evidence e JOIN nominations n ON n.id = e.nomination_id WHERE n.programme_id = $1
     UNION ALL
     SELECT r.storage_key FROM evidence_redactions r
       JOIN evidence e ON e.id = r.evidence_id JOIN nominations n ON n.id = e.nomination_id
     WHERE n.programme_id = $1`,
    [programmeId],
  );
  // Explicitly, not only by the cascade: the count goes into the purge's audit record.
  const [, redactedCopies] = await manager.query<[unknown[], number]>(
    `DELETE FROM evidence_redactions r USING evidence e, nominations n
     WHERE e.id = r.evidence_id AND n.id = e.nomination_id AND n.programme_id = $1`,
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
  return {
    storageKeys: files.map((f) => f.storage_key),
    evidenceFiles,
    redactedCopies,
    statements,
    nominationsWithFindings,
  };
}
