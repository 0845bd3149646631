/**
 * How the audit trail finds a programme's records of one entity type: a lib that owns the
 * entity gives the SQL for its programme id, and the API passes it to AuditHttpModule (as
 * withholdings are), so the audit lib never reads another lib's tables itself.
 */
export interface AuditProgrammeScope {
  entityType: string;
  /** SQL for the programme id (uuid or text) of the entity whose id, as text, is `entityIdText`. */
  programmeIdSql: (entityIdText: string) => string;
}

export const AUDIT_PROGRAMME_SCOPES = Symbol('AUDIT_PROGRAMME_SCOPES');

/**
 * The records of one programme: the programme's own, any that name it in their data, and
 * those of the entities the scopes place in it. `param` is the bound programme id.
 */
export function programmeConditionSql(scopes: AuditProgrammeScope[], param: string): string {
  const own = [`(a.entity_type = 'programme' AND a.entity_id = ${param})`, `(a.data ->> 'programmeId' = ${param})`];
  const scoped = scopes.map(
    (s) => `(a.entity_type = '${s.entityType}' AND CAST(${s.programmeIdSql('a.entity_id')} AS text) = ${param})`,
  );
  return `(${[...own, ...scoped].join(' OR ')})`;
}
