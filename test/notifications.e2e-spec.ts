import {
  completeNomination,
  eligibleNomination,
  openProgramme,
  startQueueStack,
  type OpenProgramme,
  type QueueStack,
  type SinkMessage,
} from '@commend/testing';

describe('Notifications through the queue', () => {
  let stack: QueueStack;
  let setup: OpenProgramme;
  const as = (user: string) => `Bearer ${stack.api.token(user)}`;
  const submit = (nominee: { name: string; email: string }) =>
    stack.api.http
      .post(`/api/v1/categories/${setup.category.id}/nominations`)
      .set('Authorization', as('alex'))
      .send({ ...completeNomination(setup.category, { nominee }), submit: true, confirmPrivacyFindings: true });
  const to = (messages: SinkMessage[], address: string) => messages.filter((m) => m.to.includes(address));

  beforeAll(async () => {
    stack = await startQueueStack();
    setup = await openProgramme(stack.api);
  });
  afterAll(async () => {
    await stack?.close();
  });
  beforeEach(async () => {
    await stack.sink.clear();
  });

  it('shows Bull Board to admins only', async () => {
    expect((await stack.api.http.get('/admin/queues')).status).toBe(401);
    expect((await stack.api.http.get('/admin/queues').set('Authorization', as('alex'))).status).toBe(403);
    expect((await stack.api.http.get('/admin/queues').set('Authorization', as('dee'))).status).toBe(403);
    const page = await stack.api.http.get('/admin/queues').set('Authorization', as('priya'));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const queues = await stack.api.http.get('/admin/queues/api/queues').set('Authorization', as('priya'));
    expect(queues.status).toBe(200);
    expect((queues.body as { queues: { name: string }[] }).queues.map((q) => q.name).sort()).toEqual([
      'events',
      'evidence-checks',
      'notifications',
    ]);
  });

  it("delivers the nominator's receipt, and tells the nominee only when the programme allows it", async () => {
    const secret = await submit({ name: 'Sam Patel', email: 'sam.patel@example.nhs.uk' }).expect(201);
    const told = await openProgramme(stack.api, { notifyNomineeOnSubmission: true });
    const open = await stack.api.http
      .post(`/api/v1/categories/${told.category.id}/nominations`)
      .set('Authorization', as('bola'))
      .send({
        ...completeNomination(told.category, { nominee: { name: 'Chloe Evans', email: 'chloe.evans@example.nhs.uk' } }),
        submit: true,
      })
      .expect(201);

    const messages = await stack.sink.waitFor(
      (m) => to(m, 'alex.morgan@example.nhs.uk').length === 1 && to(m, 'chloe.evans@example.nhs.uk').length === 1,
    );
    const [receipt] = to(messages, 'alex.morgan@example.nhs.uk');
    expect(receipt.subject).toBe(`Your nomination of Sam Patel is in (${secret.body.reference})`);
    expect(receipt.text).toContain('Social Work Week 2027 Awards');
    expect(receipt.text).toContain(
      `See your nomination in Commend: https://awards.example.nhs.uk/nominations/${secret.body.id}`,
    );
    expect(receipt.html).toContain(`<a href="https://awards.example.nhs.uk/nominations/${secret.body.id}">`);
    expect(to(messages, 'chloe.evans@example.nhs.uk')[0].subject).toBe(
      'You have been nominated for the Safeguarding Award',
    );
    expect(to(messages, 'bola.adeyemi@example.nhs.uk')).toHaveLength(1);
    // Once everything queued is done, still nothing to the secret nominee.
    await stack.settle();
    expect(to(await stack.sink.messages(), 'sam.patel@example.nhs.uk')).toHaveLength(0);
    expect(open.body.status).toBe('submitted');
  });

  it("links e-mails from APP_URL to the API's documentation of a call that exists", async () => {
    // The receipt links to the browser app's page of the nomination (asserted above); the
    // screening outcome still links to the API's documentation.
    const submitted = await submit({ name: 'Ola Bank', email: 'ola.bank@example.nhs.uk' }).expect(201);
    await stack.api.http
      .post(`/api/v1/nominations/${submitted.body.id}/screening`)
      .set('Authorization', as('priya'))
      .send({ decision: 'eligible', reason: 'Meets the criteria' })
      .expect(200);
    const outcome = (m: SinkMessage[]) =>
      to(m, 'alex.morgan@example.nhs.uk').filter((x) => x.subject.includes('goes to the judges'));
    const [email] = outcome(await stack.sink.waitFor((m) => outcome(m).length === 1));
    const link = /https:\/\/\S+/.exec(email.text)![0];
    expect(link.startsWith(`${stack.api.config.appUrl}/`)).toBe(true);

    const { pathname, hash } = new URL(link);
    expect((await stack.api.http.get(pathname)).status).toBe(200);
    const [, tag, operationId] = hash.split('/');
    const spec = (await stack.api.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { operationId: string; tags: string[] }>>;
    };
    expect(spec.paths['/api/v1/nominations/mine'].get).toMatchObject({ operationId, tags: [tag] });
  });

  it("tells the nominee by the category's own setting, or the programme's when the category has none", async () => {
    const nominate = (category: OpenProgramme['category'], name: string) =>
      stack.api.http
        .post(`/api/v1/categories/${category.id}/nominations`)
        .set('Authorization', as('alex'))
        .send({
          ...completeNomination(category, {
            nominee: { name, email: `${name.toLowerCase().replace(' ', '.')}@example.nhs.uk` },
          }),
          submit: true,
          confirmPrivacyFindings: true,
        })
        .expect(201);
    // A programme that keeps nominations secret, with a category that tells.
    const secret = await openProgramme(stack.api, {}, { notifyNominee: true });
    expect(secret.category).toMatchObject({ notifyNominee: true, effectiveNotifyNominee: true });
    // A programme that tells, with a category that keeps the secret and one that takes the programme's way.
    const telling = await openProgramme(stack.api, { notifyNomineeOnSubmission: true }, { notifyNominee: false });
    const inherits = await stack.api.http
      .post(`/api/v1/programmes/${telling.programme.id}/categories`)
      .set('Authorization', as('priya'))
      .send({
        name: 'Team of the Year',
        criteria: telling.category.criteria.map(({ title, weight, scaleMax, wordLimit }) => ({
          title,
          weight,
          scaleMax,
          wordLimit,
        })),
      })
      .expect(201);
    expect(inherits.body).toMatchObject({ notifyNominee: null, effectiveNotifyNominee: true });

    await nominate(secret.category, 'Ama Owusu');
    await nominate(telling.category, 'Ben Carter');
    await nominate(inherits.body, 'Cara Doyle');
    const messages = await stack.sink.waitFor(
      (m) =>
        to(m, 'alex.morgan@example.nhs.uk').length === 3 &&
        to(m, 'ama.owusu@example.nhs.uk').length === 1 &&
        to(m, 'cara.doyle@example.nhs.uk').length === 1,
    );
    expect(to(messages, 'ama.owusu@example.nhs.uk')[0].subject).toBe(
      'You have been nominated for the Safeguarding Award',
    );
    expect(to(messages, 'cara.doyle@example.nhs.uk')[0].subject).toBe(
      'You have been nominated for the Team of the Year',
    );
    // Once everything queued is done, still nothing to the nominee of the category that keeps the secret.
    await stack.settle();
    expect(to(await stack.sink.messages(), 'ben.carter@example.nhs.uk')).toHaveLength(0);
  });

  it('tells the nominator the screening outcome', async () => {
    const n = await eligibleNomination(stack.api, setup.category);
    const messages = await stack.sink.waitFor((m) =>
      to(m, 'alex.morgan@example.nhs.uk').some((x) => x.subject.includes('goes to the judges')),
    );
    const screening = to(messages, 'alex.morgan@example.nhs.uk').find((x) => x.subject.includes('goes to the judges'))!;
    expect(screening.text).toContain(`Your nomination ${n.reference} meets the criteria`);
    expect(screening.text).toContain('The awards team said: Meets the criteria');
  });

  it('accepts 50 nominations while Redis is down, and delivers every receipt exactly once when it returns', async () => {
    await stack.stopRedis();
    const results = [];
    for (let i = 0; i < 50; i++) {
      results.push(await submit({ name: `Nominee ${i}`, email: `nominee.${i}@example.nhs.uk` }));
    }
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const [{ pending }] = await stack.api.db.query<{ pending: number }[]>(
      `SELECT count(*)::int AS pending FROM outbox_events WHERE relayed_at IS NULL AND type = 'nomination.submitted'`,
    );
    expect(pending).toBe(50); // waiting in PostgreSQL

    await stack.startRedis();
    const subjects = results.map((r) => `Your nomination of ${r.body.nominee.name} is in (${r.body.reference})`);
    const messages = await stack.sink.waitFor((m) => subjects.every((s) => m.some((x) => x.subject === s)), 60_000);
    await stack.settle(); // any duplicate would have arrived by now
    const all = await stack.sink.messages();
    for (const subject of subjects) expect(all.filter((m) => m.subject === subject)).toHaveLength(1);
    expect(messages.length).toBeGreaterThanOrEqual(50);
  });

  it('sends no message twice after the worker is killed mid-batch and started again, and loses at most those it was committing', async () => {
    // The worker waits while the 40 are submitted: on a busy machine it would otherwise send each
    // as it comes and have sent them all before the kill, so the kill could never land mid-batch.
    await stack.worker.stop();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => submit({ name: `Colleague ${i}`, email: `colleague.${i}@example.nhs.uk` })),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    await stack.startWorker();
    const subjects = results.map((r) => `Your nomination of ${r.body.nominee.name} is in (${r.body.reference})`);
    // Kill it as soon as the first of these arrives: the rest are mid-flight.
    await stack.sink.waitFor((m) => m.some((x) => subjects.includes(x.subject)), 30_000);
    stack.worker.child.kill('SIGKILL');
    await stack.worker.exited;
    const before = (await stack.sink.messages()).filter((m) => subjects.includes(m.subject)).length;
    await stack.startWorker();
    // Every row sent or failed, including those whose jobs the killed worker held, once taken up again.
    await stack.settle({ timeoutMs: 120_000 });
    const all = await stack.sink.messages();
    const copies = subjects.map((subject) => all.filter((m) => m.subject === subject).length);
    expect(before).toBeLessThan(40); // the kill did land mid-batch
    // Each row commits just before its message's final dot: a message the killed worker was
    // writing had no dot, so the server dropped it and the row was still pending, to be sent
    // again. None is sent twice.
    expect(Math.max(...copies)).toBe(1);
    // A kill after a COMMIT reached PostgreSQL and before its dot left loses that message (the
    // window docs/queue.md measures): at most one per connection the pool holds, 5.
    const lost = copies.filter((n) => n === 0).length;
    expect(lost).toBeLessThanOrEqual(5);
    if (lost > 0) console.warn(`${lost} of 40 messages lost in the commit-to-dot window`);
  }, 180_000);

  it('marks a message failed with the reason after its last try while the mail server refuses, and re-sends it once', async () => {
    await stack.sink.stop();
    const n = await submit({ name: 'Dana Fox', email: 'dana.fox@example.nhs.uk' }).expect(201);
    const subject = `Your nomination of Dana Fox is in (${n.body.reference})`;
    const failed = async () =>
      (await stack.api.http.get('/api/v1/notifications?status=failed').set('Authorization', as('priya')).expect(200))
        .body as { items: { id: string; subject: string; attempts: number; lastError: string; status: string }[] };
    let listed: Awaited<ReturnType<typeof failed>>['items'] = [];
    for (let i = 0; i < 100 && listed.length === 0; i++) {
      listed = (await failed()).items.filter((x) => x.subject === subject);
      if (listed.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(listed).toEqual([
      expect.objectContaining({ status: 'failed', attempts: 3, lastError: expect.stringMatching(/ECONNREFUSED/) }),
    ]);
    const byNominator = await stack.api.http
      .post(`/api/v1/notifications/${listed[0].id}/resend`)
      .set('Authorization', as('alex'));
    expect(byNominator.status).toBe(403);

    await stack.sink.start();
    const resent = await stack.api.http
      .post(`/api/v1/notifications/${listed[0].id}/resend`)
      .set('Authorization', as('priya'));
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ status: 'pending', attempts: 0 });
    await stack.sink.waitFor((m) => m.some((x) => x.subject === subject), 30_000);
    const again = await stack.api.http
      .post(`/api/v1/notifications/${listed[0].id}/resend`)
      .set('Authorization', as('priya'));
    expect(again.status).toBe(409); // sent now: nothing to re-send
    await stack.settle();
    expect((await stack.sink.messages()).filter((x) => x.subject === subject)).toHaveLength(1);
    const [row] = await stack.api.db.query<{ status: string }[]>('SELECT status FROM notifications WHERE id = $1', [
      listed[0].id,
    ]);
    expect(row.status).toBe('sent');
  });
  it("lists one programme's failed messages and re-sends all of them at once, each delivered once", async () => {
    await stack.sink.stop();
    const other = await openProgramme(stack.api);
    const here = await submit({ name: 'Eve Hart', email: 'eve.hart@example.nhs.uk' }).expect(201);
    const there = await stack.api.http
      .post(`/api/v1/categories/${other.category.id}/nominations`)
      .set('Authorization', as('bola'))
      .send({ ...completeNomination(other.category), submit: true, confirmPrivacyFindings: true })
      .expect(201);
    const hereSubject = `Your nomination of Eve Hart is in (${here.body.reference})`;
    const failedOf = async (programmeId: string) =>
      (
        await stack.api.http
          .get('/api/v1/notifications')
          .query({ status: 'failed', programmeId })
          .set('Authorization', as('priya'))
          .expect(200)
      ).body as { items: { subject: string; programmeId: string }[] };
    let mine: { subject: string; programmeId: string }[] = [];
    let theirs: { subject: string; programmeId: string }[] = [];
    for (let i = 0; i < 150 && (mine.every((m) => m.subject !== hereSubject) || theirs.length === 0); i++) {
      [mine, theirs] = [(await failedOf(setup.programme.id)).items, (await failedOf(other.programme.id)).items];
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(mine.map((m) => m.subject)).toContain(hereSubject);
    expect(mine.every((m) => m.programmeId === setup.programme.id)).toBe(true);
    expect(theirs.map((m) => m.subject)).toContain(`Your nomination of Sam Patel is in (${there.body.reference})`);

    const bad = await stack.api.http
      .post('/api/v1/notifications/resend')
      .set('Authorization', as('priya'))
      .send({ programmeId: 'nope' });
    expect(bad.status).toBe(400);
    expect(
      (await stack.api.http.post('/api/v1/notifications/resend').set('Authorization', as('alex')).send({})).status,
    ).toBe(403);

    await stack.sink.start();
    const resent = await stack.api.http
      .post('/api/v1/notifications/resend')
      .set('Authorization', as('priya'))
      .send({ programmeId: setup.programme.id });
    expect(resent.status).toBe(200);
    expect(resent.body).toEqual({ resent: mine.length });
    await stack.sink.waitFor((m) => m.some((x) => x.subject === hereSubject), 30_000);
    await stack.settle();
    expect((await stack.sink.messages()).filter((x) => x.subject === hereSubject)).toHaveLength(1);
    expect((await failedOf(setup.programme.id)).items).toEqual([]);
    // The other programme's stay failed until someone re-sends them.
    expect((await failedOf(other.programme.id)).items.length).toBe(theirs.length);
  }, 120_000);
});
