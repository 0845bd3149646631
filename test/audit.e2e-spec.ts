import { AuditService, auditVerifyCommand, type AuditAction } from '@commend/audit';
import { Role } from '@commend/auth';
import { startTestApi, type TestApi } from '@commend/testing';

describe('The audit trail', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
    const audit = api.app.get(AuditService);
    const dataSource = api.db;
    const actions: AuditAction[] = ['nomination.created', 'nomination.submitted', 'nomination.screened'];
    for (const [i, action] of actions.entries()) {
      await dataSource.transaction((manager) =>
        audit.record(manager, { actorId: null, action, entityType: 'nomination', entityId: 'N-1', data: { step: i } }),
      );
    }
  });
  afterAll(async () => {
    await api.close();
  });

  it('chains each record to the one before it', async () => {
    const rows: { seq: string; prev_hash: string; hash: string }[] = await api.db.query(
      'SELECT seq, prev_hash, hash FROM audit_records ORDER BY seq',
    );

    expect(rows.map((r) => r.seq)).toEqual(['1', '2', '3']);
    expect(rows[0].prev_hash).toBe('0'.repeat(64));
    expect(rows[1].prev_hash).toBe(rows[0].hash);
    expect(rows[2].prev_hash).toBe(rows[1].hash);
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
    await expect(api.db.query(`UPDATE audit_records SET action = 'x'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(api.db.query('DELETE FROM audit_records')).rejects.toThrow(/append-only: DELETE/);
    await expect(api.db.query('TRUNCATE audit_records')).rejects.toThrow(/append-only: TRUNCATE/);
    const [{ count }] = await api.db.query('SELECT count(*)::int AS count FROM audit_records');
    expect(count).toBe(3);
  });

  it('lets an auditor read the trail of an entity, newest first', async () => {
    const res = await api.http
      .get('/api/v1/audit')
      .query({ entityId: 'N-1' })
      .set('Authorization', `Bearer ${api.token('ana')}`);

    expect(res.status).toBe(200);
    expect(res.body.items.map((r: { action: string }) => r.action)).toEqual([
      'nomination.screened',
      'nomination.submitted',
      'nomination.created',
    ]);
  });

  it('refuses a colleague without the Auditor or Admin role, showing nothing', async () => {
    const res = await api.http.get('/api/v1/audit').set('Authorization', `Bearer ${api.token('alex')}`);

    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: `This needs one of these roles: ${Role.Auditor}, ${Role.Admin}`,
      code: 'auth.role_required',
    });
  });

  it('names a bad query parameter', async () => {
    const res = await api.http
      .get('/api/v1/audit')
      .query({ limit: 'lots', colour: 'red' })
      .set('Authorization', `Bearer ${api.token('ana')}`);

    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/property colour should not exist/);
    expect(res.body.message).toMatch(/limit must be an integer/);
  });

  it('audit:verify says the chain holds, then finds a row changed behind the triggers', async () => {
    expect(await auditVerifyCommand(api.config.databaseUrl)).toEqual({
      code: 0,
      message: 'Audit chain holds: 3 records checked.',
    });

    await api.db.query('ALTER TABLE audit_records DISABLE TRIGGER audit_records_append_only');
    await api.db.query(`UPDATE audit_records SET data = '{"step": 99}' WHERE seq = 2`);
    await api.db.query('ALTER TABLE audit_records ENABLE TRIGGER audit_records_append_only');

    const verdict = await auditVerifyCommand(api.config.databaseUrl);
    expect(verdict.code).toBe(1);
    expect(verdict.message).toMatch(
      /^Audit chain broken at record 2 .*its content does not match its hash\. The 1 records before it are intact\.$/,
    );
  });
});
