import type { AuditProgrammeScope } from '@commend/audit';
import { programmeOfCategorySql } from '@commend/programmes';

/**
 * Where the auditor's programme filter finds each entity's programme. The API wires libs
 * together, so it gives the audit lib these subqueries rather than the audit lib reading
 * the owners' tables (listed in CROSS_LIB_READS).
 */
export const AUDIT_PROGRAMME_SCOPES: AuditProgrammeScope[] = [
  { entityType: 'category', programmeIdSql: programmeOfCategorySql },
  {
    entityType: 'nomination',
    programmeIdSql: (id) => `(SELECT an.programme_id FROM nominations an WHERE an.id::text = ${id})`,
  },
  {
    entityType: 'scorecard',
    programmeIdSql: (id) =>
      `(SELECT sn.programme_id FROM scorecards ss JOIN nominations sn ON sn.id = ss.nomination_id WHERE ss.id::text = ${id})`,
  },
];
