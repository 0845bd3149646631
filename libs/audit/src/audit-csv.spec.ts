import { auditCsvHeader, auditCsvRows, csvField } from './audit-csv';
import type { AuditRecord } from './audit-record.entity';

describe('the audit trail as CSV', () => {
  it('quotes a field with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps a spreadsheet from running a value as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM')).toBe("'@SUM");
  });

  it('writes one row per record under the header, the system as an empty actor', () => {
    const record = {
      seq: '7',
      occurredAt: new Date('2027-03-01T09:30:00.000Z'),
      actorId: null,
      action: 'programme.open',
      entityType: 'programme',
      entityId: 'p1',
      data: { from: 'draft', to: 'open' },
    } as unknown as AuditRecord;
    expect(auditCsvHeader()).toBe('seq,occurredAt,actorId,action,entityType,entityId,data\r\n');
    expect(auditCsvRows([record])).toBe(
      '7,2027-03-01T09:30:00.000Z,,programme.open,programme,p1,"{""from"":""draft"",""to"":""open""}"\r\n',
    );
  });
});
