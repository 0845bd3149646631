import { Queue } from 'bullmq';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { JobName, QueueName } from '@commend/core';
import {
  completeNomination,
  eligibleNomination,
  openProgramme,
  setPanel,
  signIn,
  startQueueStack,
  storageEnv,
  storageProbe,
  submitScorecard,
  textPdf,
  waitForEvidenceChecks,
  type OpenProgramme,
  type QueueStack,
  type SinkMessage,
  type SpawnedApp,
  type StackApi,
  type TestApi,
} from '@commend/testing';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until `done` holds for what it returns; fails naming `what` and the last value. */
async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`${what} did not happen within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await sleep(100);
  }
}

/**
 * Two API processes and two worker processes, the built apps run as in production, on one
 * PostgreSQL database, one Redis and one evidence store: nothing an instance keeps to itself
 * may matter to the result.
 */
describe('Several API and worker instances side by side', () => {
  let stack: QueueStack;
  let apis: [StackApi, StackApi];
  /** The workers, by the name each gives its database connections, so a blocked one can be told apart. */
  const workers = new Map<string, SpawnedApp>();
  const ids: Record<string, string> = {};
  /** The suite's TestApi (its issuer and database) speaking to API process `i`: what the fixtures take. */
  const via = (i: 0 | 1): TestApi => ({ ...stack.api, http: apis[i].http });
  const as = (user: string) => `Bearer ${stack.api.token(user)}`;
  const count = async (sql: string, params: unknown[]) =>
    (await stack.api.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n;
  const withDatabaseName = (name: string) => {
    const url = new URL(stack.api.config.databaseUrl);
    url.searchParams.set('application_name', name);
    return { DATABASE_URL: url.toString() };
  };
  const startWorker = async (name: string) =>
    workers.set(name, await stack.startWorker(withDatabaseName(name))).get(name)!;

  beforeAll(async () => {
    // Evidence and certificates in object storage (the harness's Azurite), one container for all.
    stack = await startQueueStack(storageEnv('azure-blob'));
    // In place of the stack's own worker, two that name their database connections, so the one a
    // held lock stops can be told from the other.
    // One after another: four Node processes starting at once on a busy 2-core machine compete
    // for it, each against its own start-up deadline.
    await stack.worker.stop();
    await startWorker('commend-worker-a');
    await startWorker('commend-worker-b');
    apis = [
      await stack.startApi(withDatabaseName('commend-api-a')),
      await stack.startApi(withDatabaseName('commend-api-b')),
    ];
    for (const user of ['sam', 'lee', 'jo', 'dee']) ids[user] = await signIn(via(0), user);
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  it('gives nominations submitted through both APIs at once gapless, unique references, and sends each receipt once', async () => {
    const { programme, category } = await openProgramme(via(0));
    await stack.settle();
    await stack.sink.clear();
    const total = 60;

    const results = await Promise.all(
      Array.from({ length: total }, (_, i) =>
        apis[i % 2].http
          .post(`/api/v1/categories/${category.id}/nominations`)
          .set('Authorization', as(i % 3 === 0 ? 'bola' : 'alex'))
          .send({
            ...completeNomination(category, {
              nominee: { name: `Colleague ${i}`, email: `colleague.${i}@example.nhs.uk` },
            }),
            submit: true,
            confirmPrivacyFindings: true,
          }),
      ),
    );

    expect(results.map((r) => r.status)).toEqual(Array(total).fill(201));
    const references = results.map((r) => r.body.reference as string).sort();
    expect(references).toEqual(
      Array.from({ length: total }, (_, i) => `${programme.referencePrefix}-${String(i + 1).padStart(4, '0')}`),
    );
    // Each receipt arrives, and nothing more once all the work queued is done.
    const subjects = results.map((r) => `Your nomination of ${r.body.nominee.name} is in (${r.body.reference})`);
    await stack.sink.waitFor((m) => subjects.every((s) => m.some((x) => x.subject === s)), 60_000);
    await stack.settle();
    const messages = await stack.sink.messages();
    for (const subject of subjects)
      expect([subject, messages.filter((m) => m.subject === subject).length]).toEqual([subject, 1]);
    expect(messages).toHaveLength(total);
    // Each event was relayed into one job, and handled once: one notification planned from it.
    const events = await stack.api.db.query<{ id: string; planned: number }[]>(
      `SELECT e.id, (SELECT count(*)::int FROM notifications n WHERE n.event_id = e.id) AS planned
       FROM outbox_events e WHERE e.type = 'nomination.submitted' AND e.payload->>'nominationId' = ANY($1::text[])`,
      [results.map((r) => r.body.id as string)],
    );
    expect(events.map((e) => e.planned)).toEqual(Array(total).fill(1));
    const queue = new Queue(QueueName.Events, { connection: { host: '127.0.0.1', port: stack.redis.port } });
    try {
      const jobs = await Promise.all(events.map((e) => queue.getJob(e.id)));
      expect(jobs.map((job) => [job?.name, job?.attemptsStarted, job?.finishedOn !== undefined])).toEqual(
        Array(total).fill([JobName.HandleEvent, 1, true]),
      );
    } finally {
      await queue.close();
    }
  }, 120_000);

  it('downloads through one API the evidence uploaded through the other, byte for byte', async () => {
    const { category } = await openProgramme(via(1));
    const draft = await apis[0].http
      .post(`/api/v1/categories/${category.id}/nominations`)
      .set('Authorization', as('alex'))
      .send(completeNomination(category))
      .expect(201);
    const files = [
      { through: 0, bytes: await textPdf([`Referral summary ${randomBytes(8).toString('hex')}`]), name: 'summary.pdf' },
      { through: 1, bytes: Buffer.from(`A letter of support, ${randomBytes(8).toString('hex')}.`), name: 'letter.txt' },
    ] as const;
    for (const file of files) {
      const uploaded = await apis[file.through].http
        .post(`/api/v1/nominations/${draft.body.id}/evidence`)
        .set('Authorization', as('alex'))
        .attach('file', file.bytes, { filename: file.name })
        .expect(201);
      expect(uploaded.body.sha256).toBe(createHash('sha256').update(file.bytes).digest('hex'));
      const other = apis[1 - file.through];
      const downloaded = await other.http
        .get(`/api/v1/nominations/${draft.body.id}/evidence/${uploaded.body.id}`)
        .set('Authorization', as('priya'))
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect([file.name, Buffer.compare(downloaded.body as Buffer, file.bytes)]).toEqual([file.name, 0]);
    }
    // A worker read them for the privacy check from the same store.
    expect((await waitForEvidenceChecks(stack.api, draft.body.id)).map((f) => f.checkStatus)).toEqual([
      'checked',
      'checked',
    ]);
    // And the store is the shared one, not a disk of one instance.
    const keys = await stack.api.db.query<{ key: string }[]>(
      'SELECT storage_key AS key FROM evidence WHERE nomination_id = $1',
      [draft.body.id],
    );
    const probe = storageProbe(stack.api.config);
    expect(await Promise.all(keys.map((k) => probe.has(k.key)))).toEqual([true, true]);
    expect(existsSync(stack.api.config.evidenceStorageDir)).toBe(false);
  });

  it('closes a programme once and reminds each judge once, however many clock runs meet it on both workers', async () => {
    const setup = await openProgramme(via(0), { judgingCloseAt: new Date(Date.now() + 30 * 86_400_000).toISOString() });
    const a = await eligibleNomination(via(1), setup.category);
    const b = await eligibleNomination(via(0), setup.category);
    await setPanel(via(1), setup.category.id, [
      { userId: ids.sam },
      { userId: ids.lee },
      { userId: ids.jo, chair: true },
    ]);
    for (const [judge, nomination] of [
      ['sam', a],
      ['sam', b],
      ['jo', a],
    ] as const) {
      await submitScorecard(via(0), judge, nomination.id, setup.category, 6); // jo owes one, lee two
    }
    await stack.settle();
    await stack.sink.clear();

    const closeAt = Date.now() + 3_000;
    const { version } = (
      await apis[1].http.get(`/api/v1/programmes/${setup.programme.id}`).set('Authorization', as('priya')).expect(200)
    ).body as { version: number };
    await apis[1].http
      .patch(`/api/v1/programmes/${setup.programme.id}`)
      .set('Authorization', as('priya'))
      .send({
        version,
        nominationsCloseAt: new Date(closeAt).toISOString(),
        judgingCloseAt: new Date(Date.now() + 24 * 3_600_000).toISOString(), // within JUDGING_REMINDER_HOURS (48)
      })
      .expect(200);
    // Besides the scheduled run each second, a burst of runs at the close time, taken up by
    // both workers at once: they meet the due programme together.
    await sleep(closeAt - Date.now());
    const queue = new Queue(QueueName.Events, { connection: { host: '127.0.0.1', port: stack.redis.port } });
    try {
      await queue.addBulk(Array.from({ length: 20 }, () => ({ name: JobName.ProgrammeClock, data: {} })));
    } finally {
      await queue.close();
    }
    await until(
      'The programme closing',
      async () =>
        (
          await stack.api.db.query<{ status: string }[]>('SELECT status FROM programmes WHERE id = $1', [
            setup.programme.id,
          ])
        )[0].status,
      (status) => status === 'closed',
    );
    await stack.settle({ clockTicks: 3 });

    const of = [setup.programme.id];
    expect(await count(`audit_records WHERE action = 'programme.closed' AND entity_id = $1`, of)).toBe(1);
    expect(await count(`outbox_events WHERE type = 'programme.closed' AND payload->>'programmeId' = $1`, of)).toBe(1);
    expect(
      await count(`outbox_events WHERE type = 'judging.deadline_neared' AND payload->>'programmeId' = $1`, of),
    ).toBe(1);
    const reminders = (await stack.sink.messages()).filter((m) => m.subject.startsWith('Reminder:'));
    expect(reminders.map((m) => [m.to[0], m.subject.replace(/ by .*/, '')]).sort()).toEqual([
      ['jo.whitfield@example.nhs.uk', 'Reminder: 1 scorecard to submit'],
      ['lee.chen@example.nhs.uk', 'Reminder: 2 scorecards to submit'],
    ]);
  }, 120_000);

  /** A programme with a winner and a highly commended nomination, its outcomes approved: ready to announce. */
  const decidedProgramme = async () => {
    const people = {
      winner: { name: 'Sam Patel', email: 'sam.patel@example.nhs.uk', team: 'Children in Need East' },
      commended: { name: 'Grace Mensah', email: 'grace.mensah@example.nhs.uk', team: 'Adult Safeguarding Hub' },
    };
    const setup: OpenProgramme = await openProgramme(via(0));
    const winner = await eligibleNomination(via(0), setup.category, {
      nominee: people.winner,
      publicityConsent: 'given',
    });
    const commended = await eligibleNomination(via(1), setup.category, { nominee: people.commended }, 'bola');
    await setPanel(via(0), setup.category.id, [{ userId: ids.jo, chair: true }]);
    await submitScorecard(via(1), 'jo', winner.id, setup.category, 9);
    await submitScorecard(via(1), 'jo', commended.id, setup.category, 7);
    await apis[1].http
      .post(`/api/v1/programmes/${setup.programme.id}/close`)
      .set('Authorization', as('priya'))
      .expect(200);
    const proposed = await apis[0].http
      .put(`/api/v1/categories/${setup.category.id}/outcomes`)
      .set('Authorization', as('jo'))
      .send({
        minutes: 'Unanimous.',
        outcomes: [
          { nominationId: winner.id, kind: 'winner', citation: 'For brave, steady practice', rationale: 'Top' },
          { nominationId: commended.id, kind: 'highly_commended', citation: 'For calm courage', rationale: 'Second' },
        ],
      })
      .expect(200);
    await apis[1].http
      .post(`/api/v1/categories/${setup.category.id}/outcomes/approve`)
      .set('Authorization', as('dee'))
      .send({ version: proposed.body.version })
      .expect(200);
    return { setup, winner, commended };
  };

  it('fires a rescheduled announcement once though the worker holding its firing is killed', async () => {
    const { setup, winner, commended } = await decidedProgramme();
    await stack.settle();
    await stack.sink.clear();

    const url = `/api/v1/programmes/${setup.programme.id}/announcement`;
    const of = [setup.programme.id];
    const events = new Queue(QueueName.Events, { connection: { host: '127.0.0.1', port: stack.redis.port } });
    const holder = stack.api.db.createQueryRunner();
    try {
      // Scheduled through one API, rescheduled later through the other: the first firing finds itself superseded.
      const first = await apis[0].http
        .post(url)
        .set('Authorization', as('dee'))
        .send({ at: new Date(Date.now() + 3_000).toISOString() })
        .expect(200);
      const at = Date.now() + 10_000;
      const second = await apis[1].http
        .post(url)
        .set('Authorization', as('dee'))
        .send({ at: new Date(at).toISOString() })
        .expect(200);
      expect(second.body.version).toBeGreaterThan(first.body.version);
      const superseded = await until(
        'The first firing',
        async () =>
          (await events.getJob(`announce-${setup.programme.id}-${first.body.version}`))?.returnvalue as unknown,
        (value) => value !== undefined && value !== null,
      );
      expect(superseded).toBe('superseded');
      expect((await apis[0].http.get(url).set('Authorization', as('dee')).expect(200)).body.status).toBe('scheduled');

      // Hold the announcement's row, so the worker that takes the firing at its time waits holding the job.
      await holder.connect();
      await holder.startTransaction();
      await holder.query('SELECT 1 FROM announcements WHERE programme_id = $1 FOR UPDATE', of);
      const [{ pid }] = (await holder.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
      expect(Date.now()).toBeLessThan(at); // held before it was due
      const [blocked] = await until(
        'A worker taking the firing',
        () =>
          stack.api.db.query<{ name: string }[]>(
            `SELECT application_name AS name FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`,
            [pid],
          ),
        (rows) => rows.length > 0,
      );
      const killed = workers.get(blocked.name);
      expect([blocked.name, killed !== undefined]).toEqual([blocked.name, true]);
      killed!.child.kill('SIGKILL');
      await killed!.exited;
      await holder.rollbackTransaction();
      await startWorker(`${blocked.name}-again`); // its place taken, as an orchestrator would

      const published = await until(
        'The announcement',
        async () =>
          (await apis[1].http.get(url).set('Authorization', as('dee')).expect(200)).body as {
            status: string;
            publishedAt: string;
          },
        (a) => a.status === 'published',
      );
      expect(new Date(published.publishedAt).getTime()).toBeGreaterThanOrEqual(at);

      // The killed worker's firing is taken up again by another once its lock lapses, and finds it published.
      await stack.settle();
      const firings = (
        await Promise.all(
          [
            `announce-${setup.programme.id}-${second.body.version}`,
            `announce-${setup.programme.id}-${second.body.version}-due`,
          ].map((id) => events.getJob(id)),
        )
      ).filter((job) => job !== undefined);
      expect(firings.map((job) => job.returnvalue as unknown).sort()).toEqual(
        ['published', 'superseded'].slice(0, firings.length), // the delayed job, and the clock's if it came too
      );
      expect(firings.some((job) => job.attemptsStarted > 1 || job.stalledCounter > 0)).toBe(true);
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
      await events.close();
    }

    expect(await count(`audit_records WHERE action = 'announcement.published' AND entity_id = $1`, of)).toBe(1);
    expect(
      await count(`outbox_events WHERE type = 'announcement.published' AND payload->>'programmeId' = $1`, of),
    ).toBe(1);
    expect(
      (await apis[0].http.get(`/api/v1/programmes/${setup.programme.id}`).set('Authorization', as('priya')).expect(200))
        .body.status,
    ).toBe('announced');
    const certificates = (
      await apis[0].http
        .get(`/api/v1/programmes/${setup.programme.id}/certificates`)
        .set('Authorization', as('dee'))
        .expect(200)
    ).body as { nominationId: string }[];
    expect(certificates.map((c) => c.nominationId).sort()).toEqual([winner.id, commended.id].sort());
    const stored = (await storageProbe(stack.api.config).entries()).filter((key) => key.startsWith('certificates/'));
    expect(stored).toEqual([winner.id, commended.id].map((id) => `certificates/${setup.programme.id}/${id}`).sort());

    const expected: [string, string][] = [
      ['sam.patel@example.nhs.uk', 'Winner: Safeguarding Award'],
      ['grace.mensah@example.nhs.uk', 'Highly commended: Safeguarding Award'],
      ['alex.morgan@example.nhs.uk', 'Sam Patel: Winner, Safeguarding Award'],
      ['bola.adeyemi@example.nhs.uk', 'Grace Mensah: Highly commended, Safeguarding Award'],
      ['jo.whitfield@example.nhs.uk', 'The Social Work Week 2027 Awards winners are announced'],
    ];
    const key = (m: SinkMessage) => [m.to.join(','), m.subject] as [string, string];
    expect((await stack.sink.messages()).map(key).sort()).toEqual(expected.sort());
    const delivery = (await apis[0].http.get(url).set('Authorization', as('dee')).expect(200)).body.messages;
    expect(delivery).toEqual({ pending: 0, sent: expected.length, failed: 0 });
  }, 120_000);

  it('refuses a reschedule that meets the firing as already published, rather than deadlocking with it', async () => {
    const { setup } = await decidedProgramme();
    await stack.settle();
    const url = `/api/v1/programmes/${setup.programme.id}/announcement`;
    const of = [setup.programme.id];
    /** The instances' database sessions waiting on a lock another holds. */
    const waiting = async () =>
      (
        await stack.api.db.query<{ name: string }[]>(
          `SELECT application_name AS name FROM pg_stat_activity WHERE cardinality(pg_blocking_pids(pid)) > 0`,
        )
      ).map((r) => r.name);
    const holder = stack.api.db.createQueryRunner();
    try {
      const at = Date.now() + 3_000;
      await apis[0].http
        .post(url)
        .set('Authorization', as('dee'))
        .send({ at: new Date(at).toISOString() })
        .expect(200);
      // The firing held at the announcement's row, and the director's reschedule arriving meanwhile.
      await holder.connect();
      await holder.startTransaction();
      await holder.query('SELECT 1 FROM announcements WHERE programme_id = $1 FOR UPDATE', of);
      expect(Date.now()).toBeLessThan(at);
      await until('A worker taking the firing', waiting, (names) => names.some((n) => n.startsWith('commend-worker')));
      const late = apis[1].http
        .post(url)
        .set('Authorization', as('dee'))
        .send({ at: new Date(Date.now() + 3_600_000).toISOString() })
        .then((res) => res);
      await until('The reschedule waiting', waiting, (names) => names.includes('commend-api-b'));
      await holder.rollbackTransaction();

      const refused = await late;
      expect([refused.status, refused.body.code]).toEqual([409, 'announcement.already_published']);
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
    await stack.settle();
    expect(await count(`audit_records WHERE action = 'announcement.published' AND entity_id = $1`, of)).toBe(1);
    expect(await count(`audit_records WHERE action = 'announcement.rescheduled' AND entity_id = $1`, of)).toBe(0);
    const events = new Queue(QueueName.Events, { connection: { host: '127.0.0.1', port: stack.redis.port } });
    try {
      const failed = (await events.getFailed()).filter((job) => job.name === (JobName.FireAnnouncement as string));
      expect(failed.map((job) => job.failedReason)).toEqual([]);
    } finally {
      await events.close();
    }
  }, 120_000);

  it('keeps one sound audit chain, written to by both APIs and all the workers', () => {
    const verify = spawnSync(
      process.execPath,
      [resolve(__dirname, '..', 'dist', 'apps', 'worker', 'src', 'audit-verify.js')],
      { env: { PATH: process.env.PATH, DATABASE_URL: stack.api.config.databaseUrl }, encoding: 'utf8' },
    );
    expect([verify.status, verify.stdout]).toEqual([
      0,
      expect.stringMatching(/^Audit chain holds: \d+ records checked\./),
    ]);
  });
});
