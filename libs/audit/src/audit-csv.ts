import type { AuditRecord } from './audit-record.entity';

export const AUDIT_CSV_COLUMNS = ['seq', 'occurredAt', 'actorId', 'action', 'entityType', 'entityId', 'data'] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A value a
 * spreadsheet would run as a formula (= + - @, tab, carriage return) is prefixed with an
 * apostrophe (OWASP "CSV injection"), since these files are opened in Excel.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

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
