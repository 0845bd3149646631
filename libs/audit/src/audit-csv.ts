import { csvField } from '@commend/core';
import type { AuditRecord } from './audit-record.entity';

/** The one CSV field rule (quoting, formulas neutralised) is core's, shared with the coordinator's exports. */
export { csvField };

export const AUDIT_CSV_COLUMNS = ['seq', 'occurredAt', 'actorId', 'action', 'entityType', 'entityId', 'data'] as const;

export function auditCsvHeader(): string {
  return `${AUDIT_CSV_COLUMNS.join(',')}\r\n`;
}

/** The records as CSV rows, the time in ISO 8601 (UTC) and the data as JSON. */
export function auditCsvRows(records: AuditRecord[]): string {
  return records
    .map((r) =>
      [r.seq, r.occurredAt.toISOString(), r.actorId ?? '', r.action, r.entityType, r.entityId, JSON.stringify(r.data)]
        .map(csvField)
        .join(','),
    )
    .map((line) => `${line}\r\n`)
    .join('');
}
