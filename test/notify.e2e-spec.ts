import {
  completeNomination,
  openProgramme,
  startNotifyFake,
  startQueueStack,
  type NotifyFake,
  type OpenProgramme,
  type QueueStack,
} from '@commend/testing';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * E-mail through GOV.UK Notify, as it behaves: the real API, the built worker as its own process,
 * PostgreSQL and Redis, with a local fake of Notify's API (its JWT, 400s, 429s from a token
 * bucket of 3,000 a minute, 500s) in place of the real one.
 */
describe('E-mail through GOV.UK Notify', () => {
  let notify: NotifyFake;
  let stack: QueueStack;
  let setup: OpenProgramme;
  let nominatorId: string;
  let burstNumber = 0;
  const as = (user: string) => `Bearer ${stack.api.token(user)}`;

  /**
   * `n` submitted nominations, each with its `nomination.submitted` event in the outbox, written
   * in two statements: what n submissions leave behind, from which the real relay, the events
   * queue and NotificationsProcessor.onEvent make the rows and jobs (one receipt each). Submitting
   * 5,000 through the API would take minutes here, in work (the privacy check, the audit) that is
   * not what these tests are about.
   */
  async function submitted(n: number): Promise<string[]> {
    burstNumber += 1;
    const rows = await stack.api.db.query<{ id: string }[]>(
      `INSERT INTO nominations (programme_id, category_id, reference, nominator_id, status, nominee_name,
                                nominee_email, submitted_at, version)
       SELECT $1, $2, 'BURST${burstNumber}-' || lpad(i::text, 5, '0'), $3, 'submitted', 'Nominee ' || i,
              'nominee' || i || '@example.nhs.uk', now(), 1
       FROM generate_series(1, $4::int) i
       RETURNING id`,
      [setup.programme.id, setup.category.id, nominatorId, n],
    );
    const ids = rows.map((r) => r.id);
    await stack.api.db.query(
      `INSERT INTO outbox_events (type, payload)
       SELECT 'nomination.submitted', jsonb_build_object('nominationId', id) FROM unnest($1::uuid[]) id`,
      [ids],
    );
    await stack.api.db.query(`SELECT pg_notify('outbox', '')`);
    return ids;
  }

  /** The receipts of these nominations: their rows, by how the event was planned. */
  const receipts = (nominationIds: string[]) =>
    stack.api.db.query<{ id: string; status: string; attempts: number; last_error: string | null }[]>(
      `SELECT n.id, n.status, n.attempts, n.last_error FROM notifications n
       JOIN outbox_events e ON e.id = n.event_id
       WHERE e.payload->>'nominationId' = ANY($1::text[])`,
      [nominationIds],
    );

  async function untilSent(nominationIds: string[], timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rows = await receipts(nominationIds);
      if (rows.length === nominationIds.length && rows.every((r) => r.status !== 'pending')) return;
      if (Date.now() > deadline) {
        throw new Error(`${rows.filter((r) => r.status === 'sent').length} of ${nominationIds.length} sent`);
      }
      await sleep(500);
    }
  }

  beforeAll(async () => {
    notify = await startNotifyFake({ ratePerMinute: 3000 });
    stack = await startQueueStack(notify.env());
    setup = await openProgramme(stack.api);
    const [user] = await stack.api.db.query<{ id: string }[]>(
      `INSERT INTO users (tenant_id, object_id, display_name, email)
       VALUES ($1, gen_random_uuid(), 'Nia Nominator', 'nia.nominator@example.nhs.uk') RETURNING id`,
      [stack.api.config.auth.tenantId],
    );
    nominatorId = user.id;
  });
  afterAll(async () => {
    await stack?.close();
    await notify?.close();
  });

  it('delivers a burst of 5,000 at 3,000 a minute in full, each in one try, the limiter keeping Notify from refusing', async () => {
    const refusedBefore = notify.counts.rateLimited;
    const nominations = await submitted(5000);

    // At 50 a second, about 100 s: Notify's bucket would let ~1,000 through at once and then 50 a
    // second, so no limiter does much better; without one, the worker's 25 at a time overrun it.
    await untilSent(nominations, 240_000);
    await stack.settle({ timeoutMs: 60_000 });

    const rows = await receipts(nominations);
    expect(rows).toHaveLength(5000);
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
    // One try each: no row spent an attempt on throttling (nor on anything else).
    expect(rows.filter((r) => r.attempts !== 1)).toEqual([]);
    // The limiter, in Redis, kept the queue within Notify's rate: not one request refused.
    expect(notify.counts.rateLimited - refusedBefore).toBe(0);
    const accepted = notify.acceptedByReference();
    expect(rows.filter((r) => accepted.get(r.id) !== 1)).toEqual([]);
  }, 330_000);

  it("fails a message Notify refuses for its address at once, with Notify's message, and sends the rest", async () => {
    const telling = await openProgramme(stack.api, { notifyNomineeOnSubmission: true });
    // Commend takes a quoted local part (it is a valid address); Notify does not.
    const res = await stack.api.http
      .post(`/api/v1/categories/${telling.category.id}/nominations`)
      .set('Authorization', as('alex'))
      .send({
        ...completeNomination(telling.category, {
          nominee: { name: 'Sam Patel', email: '"sam"@example.nhs.uk', jobTitle: 'Social Worker', team: 'Duty' },
        }),
        submit: true,
        confirmPrivacyFindings: true,
      });
    expect(res.status).toBe(201);
    await stack.settle();

    const rows = await stack.api.db.query<
      { kind: string; recipient: string; status: string; attempts: number; last_error: string }[]
    >(
      `SELECT n.kind, n.recipient, n.status, n.attempts, n.last_error FROM notifications n
       JOIN outbox_events e ON e.id = n.event_id WHERE e.payload->>'nominationId' = $1`,
      [res.body.id],
    );
    expect(rows.find((r) => r.recipient === '"sam"@example.nhs.uk')).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: 'GOV.UK Notify 400: ValidationError: email_address Not a valid email address',
    });
    expect(rows.find((r) => r.recipient === 'alex.morgan@example.nhs.uk')).toMatchObject({
      status: 'sent',
      attempts: 1,
    });
    expect(notify.notifications().some((n) => n.email_address === '"sam"@example.nhs.uk')).toBe(false);
    // The worker logged the refusal without the address.
    expect(stack.worker.output()).toContain('email_address Not a valid email address');
    expect(stack.worker.output()).not.toContain('"sam"@example.nhs.uk');
  });

  it('waits out a 429 without spending an attempt or asking Notify whether it has the message', async () => {
    const refusedBefore = notify.counts.rateLimited;
    const lookupsBefore = notify.counts.lookups;
    notify.rateLimitFor(2_500);
    const nominations = await submitted(20);
    await untilSent(nominations, 60_000);
    await stack.settle();

    const rows = await receipts(nominations);
    expect(notify.counts.rateLimited - refusedBefore).toBeGreaterThan(0);
    expect(rows.filter((r) => r.status !== 'sent' || r.attempts !== 1)).toEqual([]);
    // A throttled try handed nothing over, so its next try sends straight away.
    expect(notify.counts.lookups - lookupsBefore).toBe(0);
    const accepted = notify.acceptedByReference();
    expect(rows.filter((r) => accepted.get(r.id) !== 1)).toEqual([]);
  });

  it('retries a 500 and sends, asking Notify first, so a message it took before failing is not sent twice', async () => {
    const lookupsBefore = notify.counts.lookups;
    notify.failNext(1);
    const [refused] = await submitted(1);
    await untilSent([refused], 30_000);
    notify.failNext(1, { afterAccepting: true });
    const [taken] = await submitted(1);
    await untilSent([taken], 30_000);
    await stack.settle();

    const [first] = await receipts([refused]);
    const [second] = await receipts([taken]);
    // The 500 spent an attempt (the row says so); the second try sent it.
    expect(first).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(notify.acceptedByReference().get(first.id)).toBe(1);
    // Notify had the second before its 500: the retry found it by reference and sent nothing.
    expect(second).toMatchObject({ status: 'sent', attempts: 2 });
    expect(notify.acceptedByReference().get(second.id)).toBe(1);
    expect(notify.counts.lookups - lookupsBefore).toBe(2);
  });

  it('delivers every message once after the worker is SIGKILLed mid-burst and started again', async () => {
    const lookupsBefore = notify.counts.lookups;
    const acceptedBefore = notify.counts.accepted;
    // Each answer comes 300 ms after Notify took the message: the worker dies holding some it
    // was never told were taken, the window a retry must not send twice.
    notify.delayAnswers(300);
    await stack.worker.stop();
    const nominations = await submitted(500);
    await stack.startWorker();
    while (notify.counts.accepted - acceptedBefore < 100) await sleep(50);
    stack.worker.child.kill('SIGKILL');
    await stack.worker.exited;
    const beforeKill = notify.counts.accepted - acceptedBefore;
    notify.delayAnswers(0);

    await stack.startWorker();
    await untilSent(nominations, 120_000);
    await stack.settle({ timeoutMs: 60_000 });

    const rows = await receipts(nominations);
    expect(beforeKill).toBeLessThan(500); // the kill did land mid-burst
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
    const accepted = notify.acceptedByReference();
    expect(rows.filter((r) => accepted.get(r.id) !== 1)).toEqual([]); // each once: none lost, none twice
    // The jobs the killed worker held were taken up again and asked Notify before sending.
    expect(notify.counts.lookups - lookupsBefore).toBeGreaterThan(0);
    expect(rows.filter((r) => r.attempts !== 1)).toEqual([]);
  }, 200_000);
});
