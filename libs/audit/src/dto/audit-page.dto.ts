import { AuditRecord } from '../audit-record.entity';

/** A page of the audit trail, newest first. */
export class AuditPage {
  items: AuditRecord[];
  /** Pass as `before` for the next page; null on the last. */
  nextBefore: string | null;
}
