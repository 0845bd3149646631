// The benchmark's baseline: the same SQL work as creating and submitting a nomination through
// the API — the user upsert, then one transaction with the programme lock, the reference, the
// nomination, its statements, two audit records and two outbox events — on bare node:http + pg,
// with no framework, validation, authentication or privacy scan. Plain JavaScript so it runs as is.
'use strict';
const http = require('node:http');
const { createHash, randomUUID } = require('node:crypto');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const USER = { tenant: '7e57e57e-0000-4000-8000-00000000a11d', oid: 'a1e0c0de-0000-4000-8000-000000000001' };

async function audit(client, action, entityId) {
  await client.query('SELECT pg_advisory_xact_lock($1)', ['18920593410631012']);
  const { rows } = await client.query('SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1');
  const prev = rows[0]?.hash ?? '0'.repeat(64);
  const seq = rows[0] ? (BigInt(rows[0].seq) + 1n).toString() : '1';
  const id = randomUUID();
  const at = new Date();
  const hash = createHash('sha256')
    .update(`${prev}\n${JSON.stringify({ id, at, action, entityId })}`)
    .digest('hex');
  await client.query(
    `INSERT INTO audit_records (id, seq, occurred_at, actor_id, action, entity_type, entity_id, data, prev_hash, hash)
     VALUES ($1, $2, $3, NULL, $4, 'nomination', $5, '{}', $6, $7)`,
    [id, seq, at, action, entityId, prev, hash],
  );
}

async function createAndSubmit(categoryId, body) {
  // As the API: read the user, and write only a newcomer or a changed name.
  let { rows: users } = await pool.query(
    'SELECT id, display_name, email FROM users WHERE tenant_id = $1 AND object_id = $2',
    [USER.tenant, USER.oid],
  );
  if (users.length === 0) {
    ({ rows: users } = await pool.query(
      `INSERT INTO users (tenant_id, object_id, display_name, email) VALUES ($1, $2, 'Alex Morgan', 'alex.morgan@example.nhs.uk')
       ON CONFLICT (tenant_id, object_id) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id`,
      [USER.tenant, USER.oid],
    ));
  }
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: cats } = await client.query('SELECT programme_id FROM categories WHERE id = $1', [categoryId]);
    const { rows: progs } = await client.query('SELECT reference_prefix FROM programmes WHERE id = $1 FOR UPDATE', [
      cats[0].programme_id,
    ]);
    const { rows: refs } = await client.query(
      'UPDATE programmes SET next_reference = next_reference + 1 WHERE id = $1 RETURNING next_reference - 1 AS n',
      [cats[0].programme_id],
    );
    const reference = `${progs[0].reference_prefix}-${String(refs[0].n).padStart(4, '0')}`;
    const { rows: noms } = await client.query(
      `INSERT INTO nominations (programme_id, category_id, reference, nominator_id, status, nominee_name, nominee_email, relationship, submitted_at, version)
       VALUES ($1, $2, $3, $4, 'submitted', $5, $6, $7, now(), 1) RETURNING id`,
      [
        cats[0].programme_id,
        categoryId,
        reference,
        users[0].id,
        body.nominee.name,
        body.nominee.email,
        body.relationship,
      ],
    );
    for (const s of body.statements) {
      await client.query('INSERT INTO nomination_statements (nomination_id, criterion_id, text) VALUES ($1, $2, $3)', [
        noms[0].id,
        s.criterionId,
        s.text,
      ]);
    }
    for (const action of ['nomination.created', 'nomination.submitted']) {
      await audit(client, action, noms[0].id);
      await client.query(`INSERT INTO outbox_events (type, payload) VALUES ($1, $2)`, [
        action,
        { nominationId: noms[0].id },
      ]);
    }
    await client.query('COMMIT');
    return { id: noms[0].id, reference };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const server = http.createServer((req, res) => {
  const match = /^\/categories\/([0-9a-f-]{36})\/nominations$/.exec(req.url ?? '');
  if (req.method !== 'POST' || !match) return res.writeHead(404).end();
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    createAndSubmit(match[1], JSON.parse(Buffer.concat(chunks).toString()))
      .then((out) => res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(out)))
      .catch((error) => {
        console.error(String(error));
        res.writeHead(500).end(String(error));
      });
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
