/**
 * A rule of another lib under which audit readers see that a record exists (its action,
 * entity, actor and time) but not its data, e.g. an embargo. The audit lib only applies it:
 * the owner of the rule writes the condition, and the API passes it to AuditHttpModule.
 */
export interface AuditWithholding {
  /** A SQL condition over the audit record aliased `a`; true while the data is withheld. */
  condition: string;
  /** Shown in place of the data. */
  reason: string;
}

export const AUDIT_WITHHOLDINGS = Symbol('AUDIT_WITHHOLDINGS');
