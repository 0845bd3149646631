import { DataSource } from 'typeorm';
import { AuditRecord } from './audit-record.entity';
import { AuditService } from './audit.service';

/** What `npm run audit:verify` prints, and its exit code: 0 holds, 1 broken. */
export async function auditVerifyCommand(databaseUrl: string): Promise<{ code: 0 | 1; message: string }> {
  const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl, entities: [AuditRecord] }).initialize();
  try {
    const verdict = await AuditService.verifyChain(dataSource);
    if (verdict.ok) return { code: 0, message: `Audit chain holds: ${verdict.checked} records checked.` };
    return {
      code: 1,
      message: `Audit chain broken at record ${verdict.seq} (id ${verdict.id}): ${verdict.problem}. The ${verdict.checked} records before it are intact.`,
    };
  } finally {
    await dataSource.destroy();
  }
}
