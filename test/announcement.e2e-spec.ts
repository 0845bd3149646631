import { Queue } from 'bullmq';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import {
  completeNomination,
  eligibleNomination,
  openProgramme,
  setPanel,
  signIn,
  startQueueStack,
  storageEnv,
  storageProbe,
  STORAGE_DRIVERS,
  type OpenProgramme,
  type QueueStack,
  type SinkMessage,
  submitScorecard,
  waitForEvidenceChecks,
} from '@commend/testing';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Run on both storage drivers: the certificates and the retention purge go through them.
describe.each(STORAGE_DRIVERS)('The programme clock and the announcement, stored by the %s driver', (driver) => {
  let stack: QueueStack;
  const ids: Record<string, string> = {};
  const as = (user: string) => `Bearer ${stack.api.token(user)}`;
  const count = (messages: SinkMessage[], to: string, subject: string) =>
    messages.filter((m) => m.to.includes(to) && m.subject === subject).length;
  const programme = async (id: string) =>
    (await stack.api.http.get(`/api/v1/programmes/${id}`).set('Authorization', as('priya')).expect(200)).body as {
      status: string;
      version: number;
    };
  const settle = (options?: Parameters<QueueStack['settle']>[0]) => stack.settle(options);
  const score = (judge: string, nominationId: string, category: OpenProgramme['category'], value: number) =>
    submitScorecard(stack.api, judge, nominationId, category, value);

  beforeAll(async () => {
    stack = await startQueueStack(storageEnv(driver));
    for (const user of ['sam', 'lee', 'jo', 'dee']) ids[user] = await signIn(stack.api, user);
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('closes nominations by itself at the close time, and reminds only judges with scorecards to submit, once', async () => {
    const setup = await openProgramme(stack.api, {
      judgingCloseAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    });
    const someone = { nominee: { name: 'Ade Bello', email: 'ade.bello@example.nhs.uk' } };
    const a = await eligibleNomination(stack.api, setup.category, someone);
    const b = await eligibleNomination(stack.api, setup.category, someone);
    await setPanel(stack.api, setup.category.id, [
      { userId: ids.sam },
      { userId: ids.lee },
      { userId: ids.jo, chair: true },
    ]);
    await score('sam', a.id, setup.category, 5);
    await score('sam', b.id, setup.category, 6);
    await score('jo', a.id, setup.category, 7); // jo has one to go, lee two

    const now = Date.now();
    const current = await programme(setup.programme.id);
    await stack.api.http
      .patch(`/api/v1/programmes/${setup.programme.id}`)
      .set('Authorization', as('priya'))
      .send({
        version: current.version,
        nominationsCloseAt: new Date(now + 2_000).toISOString(),
        judgingCloseAt: new Date(now + 24 * 3_600_000).toISOString(), // within the 48-hour reminder window
      })
      .expect(200);
    expect((await programme(setup.programme.id)).status).toBe('open');

    let status = 'open';
    for (let i = 0; i < 50 && status === 'open'; i++) {
      await sleep(200);
      status = (await programme(setup.programme.id)).status;
    }
    expect(status).toBe('closed');
    const late = await stack.api.http
      .post(`/api/v1/categories/${setup.category.id}/nominations`)
      .set('Authorization', as('alex'))
      .send(completeNomination(setup.category));
    expect(late.status).toBe(422);

    const reminder = (n: number) => `Reminder: ${n} scorecard${n === 1 ? '' : 's'} to submit by `;
    const messages = await stack.sink.waitFor(
      (m) =>
        m.some((x) => x.to.includes('lee.chen@example.nhs.uk') && x.subject.startsWith(reminder(2))) &&
        m.some((x) => x.to.includes('jo.whitfield@example.nhs.uk') && x.subject.startsWith(reminder(1))),
    );
    await settle({ clockTicks: 3 }); // several more clock ticks, and all they queued done
    const all = await stack.sink.messages();
    const reminders = all.filter((m) => m.subject.startsWith('Reminder:'));
    expect(reminders.map((m) => m.to[0]).sort()).toEqual(['jo.whitfield@example.nhs.uk', 'lee.chen@example.nhs.uk']);
    expect(messages.some((m) => m.to.includes('sam.okafor@example.nhs.uk') && m.subject.startsWith('Reminder'))).toBe(
      false,
    );
  });

  describe('an announcement', () => {
    let setup: OpenProgramme;
    const people = {
      winner: { name: 'Sam Patel', email: 'sam.patel@example.nhs.uk', team: 'Children in Need East' },
      commended: { name: 'Grace Mensah', email: 'grace.mensah@example.nhs.uk', team: 'Adult Safeguarding Hub' },
      other: { name: 'Tom Reid', email: 'tom.reid@example.nhs.uk', team: 'Hospital Discharge' },
    };
    const n: Record<string, { id: string; reference: string }> = {};
    /** The stored evidence of the nomination with a file, what half-finished writes leave included. */
    const storedEvidence = async () =>
      (await storageProbe(stack.api.config).entries()).filter((key) => key.startsWith(`evidence/${n.other.id}/`));

    beforeAll(async () => {
      setup = await openProgramme(stack.api, { retentionMonths: 24 });
      n.winner = await eligibleNomination(stack.api, setup.category, {
        nominee: people.winner,
        publicityConsent: 'given',
      });
      n.commended = await eligibleNomination(stack.api, setup.category, { nominee: people.commended }, 'bola');
      // The third with an evidence file, for the retention check.
      const draft = await stack.api.http
        .post(`/api/v1/categories/${setup.category.id}/nominations`)
        .set('Authorization', as('alex'))
        .send(completeNomination(setup.category, { nominee: people.other }))
        .expect(201);
      await stack.api.http
        .post(`/api/v1/nominations/${draft.body.id}/evidence`)
        .set('Authorization', as('alex'))
        .attach('file', Buffer.from('A letter of support.'), { filename: 'letter.txt', contentType: 'text/plain' })
        .expect(201);
      // The worker checks the file for the privacy check; submit waits for it.
      expect(await waitForEvidenceChecks(stack.api, draft.body.id)).toEqual([
        expect.objectContaining({ checkStatus: 'checked' }),
      ]);
      await stack.api.http
        .post(`/api/v1/nominations/${draft.body.id}/submit`)
        .set('Authorization', as('alex'))
        .send({})
        .expect(200);
      await stack.api.http
        .post(`/api/v1/nominations/${draft.body.id}/screening`)
        .set('Authorization', as('priya'))
        .send({ decision: 'eligible', reason: 'Meets the criteria' })
        .expect(200);
      n.other = draft.body;

      await setPanel(stack.api, setup.category.id, [{ userId: ids.sam }, { userId: ids.jo, chair: true }]);
      for (const [key, value] of [
        ['winner', 9],
        ['commended', 7],
        ['other', 4],
      ] as const) {
        await score('sam', n[key].id, setup.category, value);
        await score('jo', n[key].id, setup.category, value);
      }
      await stack.api.http
        .post(`/api/v1/programmes/${setup.programme.id}/close`)
        .set('Authorization', as('priya'))
        .expect(200);
      const proposed = await stack.api.http
        .put(`/api/v1/categories/${setup.category.id}/outcomes`)
        .set('Authorization', as('jo'))
        .send({
          minutes: 'Unanimous.',
          outcomes: [
            {
              nominationId: n.winner.id,
              kind: 'winner',
              citation: 'For brave & steady <safeguarding> practice',
              rationale: 'Top',
            },
            {
              nominationId: n.commended.id,
              kind: 'highly_commended',
              citation: 'For calm courage with a family',
              rationale: 'Second',
            },
          ],
        })
        .expect(200);
      await stack.api.http
        .post(`/api/v1/categories/${setup.category.id}/outcomes/approve`)
        .set('Authorization', as('dee'))
        .send({ version: proposed.body.version })
        .expect(200);
      expect((await programme(setup.programme.id)).status).toBe('decided');
      await settle();
      await stack.sink.clear();
    }, 120_000);

    const url = () => `/api/v1/programmes/${setup.programme.id}/announcement`;
    const publicUrl = () => `/api/v1/public/programmes/${setup.programme.id}/winners`;
    const outcomeSubjects = ['Winner: Safeguarding Award', 'Highly commended: Safeguarding Award'];

    const trail = async () =>
      (
        await stack.api.http
          .get('/api/v1/audit')
          .query({ entityId: setup.category.id })
          .set('Authorization', as('ana'))
          .expect(200)
      ).body.items as { action: string; data: Record<string, unknown> }[];

    it('keeps outcomes out of the subject access export and the audit trail until the announcement', async () => {
      for (const email of ['sam.patel@example.nhs.uk', 'alex.morgan@example.nhs.uk']) {
        const res = await stack.api.http
          .post('/api/v1/people/export')
          .set('Authorization', as('priya'))
          .send({ email });
        expect(res.status).toBe(200);
        const nominations = [...res.body.nominationsReceived, ...res.body.nominationsMade];
        expect(nominations.map((x: { reference: string }) => x.reference)).toContain(n.winner.reference);
        expect(nominations.map((x: { outcome: unknown }) => x.outcome)).toEqual(nominations.map(() => null));
        expect(JSON.stringify(res.body)).not.toMatch(/For brave|highly_commended|"winner"/);
      }
      const items = await trail();
      const outcomes = items.filter((r) => r.action.startsWith('outcomes.'));
      expect(outcomes.map((r) => r.action).sort()).toEqual(['outcomes.approved', 'outcomes.proposed']);
      for (const record of outcomes) {
        expect(record.data).toEqual({ withheld: "Outcomes are under embargo until the programme's announcement" });
      }
      expect(JSON.stringify(items)).not.toMatch(/highly_commended|"winner"/);
      // The trail itself keeps them, unchanged: only its readers wait.
      const [stored] = await stack.api.db.query<{ data: unknown }[]>(
        `SELECT data FROM audit_records WHERE action = 'outcomes.proposed' AND entity_id = $1`,
        [setup.category.id],
      );
      expect(JSON.stringify(stored.data)).toContain('highly_commended');
    });

    let preview: {
      status: string | null;
      html: string;
      text: string;
      messages: { kind: string; subject: string; text: string }[];
    };

    it('previews the announcement before it fires for directors, admins and the chair, and refuses judges and colleagues', async () => {
      const previewUrl = `/api/v1/programmes/${setup.programme.id}/announcement/preview`;
      for (const user of ['dee', 'priya', 'jo']) {
        const res = await stack.api.http.get(previewUrl).set('Authorization', as(user));
        expect([user, res.status]).toEqual([user, 200]);
      }
      const res = await stack.api.http.get(previewUrl).set('Authorization', as('dee')).expect(200);
      preview = res.body;
      expect(preview.status).toBeNull();
      expect(preview.html).toContain('Sam Patel');
      expect(preview.html).toContain('&lt;safeguarding&gt;');
      expect(preview.html).not.toContain('Grace Mensah'); // no consent: her team instead
      expect(preview.html).toContain('A colleague in Adult Safeguarding Hub');
      expect(preview.text).toContain('Winner: Sam Patel, Children in Need East');
      expect(preview.messages.map((m) => m.subject).sort()).toEqual(
        [
          'Winner: Safeguarding Award',
          'Highly commended: Safeguarding Award',
          'Sam Patel: Winner, Safeguarding Award',
          'Grace Mensah: Highly commended, Safeguarding Award',
          'Thank you from the Social Work Week 2027 Awards',
          'The Social Work Week 2027 Awards winners are announced',
          'The Social Work Week 2027 Awards winners are announced',
          'The Social Work Week 2027 Awards winners are announced',
        ].sort(),
      );
      expect(JSON.stringify(preview.messages)).not.toContain('@'); // the text, not the addresses
      for (const user of ['sam', 'alex']) {
        const refused = await stack.api.http.get(previewUrl).set('Authorization', as(user));
        expect([user, refused.status]).toEqual([user, 403]);
      }
      // A chair, but not of this programme's panels.
      const other = await openProgramme(stack.api);
      const elsewhere = await stack.api.http
        .get(`/api/v1/programmes/${other.programme.id}/announcement/preview`)
        .set('Authorization', as('jo'));
      expect(elsewhere.status).toBe(403);
      expect(elsewhere.body.code).toBe('announcement.preview_forbidden');
      // Not decided yet: nothing to preview, said so.
      const undecided = await stack.api.http
        .get(`/api/v1/programmes/${other.programme.id}/announcement/preview`)
        .set('Authorization', as('dee'));
      expect(undecided.status).toBe(422);
      expect(undecided.body.code).toBe('announcement.not_decided');
      // Scheduled: it carries the time it will fire at.
      const at = new Date(Date.now() + 3_600_000).toISOString();
      await stack.api.http.post(url()).set('Authorization', as('dee')).send({ at }).expect(200);
      const scheduled = await stack.api.http.get(previewUrl).set('Authorization', as('jo')).expect(200);
      expect(scheduled.body).toMatchObject({ status: 'scheduled', at });
      await stack.api.http.delete(url()).set('Authorization', as('dee')).expect(200);
    });

    it('fires once, at the last time it was given, however often it was scheduled; nothing leaks before', async () => {
      const at = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
      const first = await stack.api.http
        .post(url())
        .set('Authorization', as('dee'))
        .send({ at: at(2) });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ status: 'scheduled' });
      const byAdmin = await stack.api.http
        .post(url())
        .set('Authorization', as('priya'))
        .send({ at: at(2) });
      expect(byAdmin.status).toBe(403);
      const rescheduled = at(3);
      await stack.api.http.post(url()).set('Authorization', as('dee')).send({ at: rescheduled }).expect(200); // rescheduled
      await stack.api.http.delete(url()).set('Authorization', as('dee')).expect(200); // cancelled
      const last = at(6);
      const final = await stack.api.http.post(url()).set('Authorization', as('dee')).send({ at: last }).expect(200);
      expect(final.body.status).toBe('scheduled');

      // Past the first two times, and whatever was due then done: nothing public, no outcome message, no certificate.
      await sleep(new Date(rescheduled).getTime() + 1_000 - Date.now());
      await settle();
      expect((await stack.api.http.get(publicUrl())).status).toBe(404);
      expect((await stack.api.http.get(url()).set('Authorization', as('dee'))).body.status).toBe('scheduled');
      expect((await stack.sink.messages()).filter((m) => outcomeSubjects.includes(m.subject))).toHaveLength(0);
      expect(
        (
          await stack.api.http
            .get(`/api/v1/programmes/${setup.programme.id}/certificates`)
            .set('Authorization', as('dee'))
        ).body,
      ).toEqual([]);
      expect((await stack.api.db.query(`SELECT 1 FROM notifications WHERE kind LIKE 'outcomes.%'`)).length).toBe(0);

      let published: { status: string; publishedAt: string } = { status: '', publishedAt: '' };
      for (let i = 0; i < 60 && published.status !== 'published'; i++) {
        await sleep(250);
        published = (await stack.api.http.get(url()).set('Authorization', as('dee'))).body;
      }
      expect(published.status).toBe('published');
      expect(new Date(published.publishedAt).getTime()).toBeGreaterThanOrEqual(new Date(last).getTime());
      expect((await programme(setup.programme.id)).status).toBe('announced');
      const [{ fired }] = await stack.api.db.query<{ fired: number }[]>(
        `SELECT count(*)::int AS fired FROM audit_records WHERE action = 'announcement.published' AND entity_id = $1`,
        [setup.programme.id],
      );
      expect(fired).toBe(1);
      const again = await stack.api.http.post(url()).set('Authorization', as('dee')).send({});
      expect(again.status).toBe(409);
    }, 60_000);

    it('publishes the winners, naming a nominee only with consent, as JSON and as a plain page', async () => {
      const json = await stack.api.http.get(publicUrl()).expect(200);
      expect(json.body.programme).toEqual({
        id: setup.programme.id,
        name: 'Social Work Week 2027 Awards',
        timeZone: 'Europe/London',
      });
      expect(json.body.categories).toEqual([
        {
          name: 'Safeguarding Award',
          awards: [
            {
              kind: 'winner',
              nomineeName: 'Sam Patel',
              team: 'Children in Need East',
              citation: 'For brave & steady <safeguarding> practice',
            },
            {
              kind: 'highly_commended',
              nomineeName: null,
              team: 'Adult Safeguarding Hub',
              citation: 'For calm courage with a family',
            },
          ],
        },
      ]);
      expect(JSON.stringify(json.body)).not.toContain('Grace');
      expect(JSON.stringify(json.body)).not.toContain('Tom Reid');
      const page = await stack.api.http.get(publicUrl()).set('Accept', 'text/html').expect(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.text).toContain('Social Work Week 2027 Awards');
      expect(page.text).toContain('Sam Patel');
      expect(page.text).toContain('&lt;safeguarding&gt;');
      expect(page.text).not.toContain('<safeguarding>');
      expect(page.text).not.toContain('Grace Mensah');
    });

    it('makes a certificate PDF for each award that names the award and the person', async () => {
      let list: { nominationId: string; fileName: string }[] = [];
      for (let i = 0; i < 40 && list.length < 2; i++) {
        list = (
          await stack.api.http
            .get(`/api/v1/programmes/${setup.programme.id}/certificates`)
            .set('Authorization', as('dee'))
        ).body;
        if (list.length < 2) await sleep(250);
      }
      expect(list.map((c) => c.nominationId).sort()).toEqual([n.winner.id, n.commended.id].sort());
      const titles: string[] = [];
      for (const certificate of list) {
        const res = await stack.api.http
          .get(`/api/v1/programmes/${setup.programme.id}/certificates/${certificate.nominationId}`)
          .set('Authorization', as('priya'))
          .buffer(true)
          .parse((r, done) => {
            const chunks: Buffer[] = [];
            r.on('data', (c: Buffer) => chunks.push(c));
            r.on('end', () => done(null, Buffer.concat(chunks)));
          })
          .expect(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[^"]+\.pdf"; filename\*=UTF-8''/);
        const bytes = res.body as Buffer;
        expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
        const pdf = await PDFDocument.load(bytes);
        expect(pdf.getPageCount()).toBe(1);
        titles.push(pdf.getTitle() ?? '');
      }
      expect(titles.sort()).toEqual([
        'Safeguarding Award — Highly commended — Grace Mensah',
        'Safeguarding Award — Winner — Sam Patel',
      ]);
      const byJudge = await stack.api.http
        .get(`/api/v1/programmes/${setup.programme.id}/certificates/${n.winner.id}`)
        .set('Authorization', as('sam'));
      expect(byJudge.status).toBe(403);

      // Through the storage driver: both stored, and one whose bytes are gone is a 404, not a 500.
      const storage = storageProbe(stack.api.config);
      const prefix = `certificates/${setup.programme.id}/`;
      expect((await storage.entries()).filter((key) => key.startsWith(prefix))).toEqual(
        [`${prefix}${n.winner.id}`, `${prefix}${n.commended.id}`].sort(),
      );
      await storage.lose(`${prefix}${n.commended.id}`);
      const lost = await stack.api.http
        .get(`/api/v1/programmes/${setup.programme.id}/certificates/${n.commended.id}`)
        .set('Authorization', as('priya'));
      expect(lost.status).toBe(404);
      expect(lost.body).toMatchObject({ code: 'stored_file.not_found' });
    });

    it("sends every party's message exactly once", async () => {
      const expected: [string, string][] = [
        ['sam.patel@example.nhs.uk', 'Winner: Safeguarding Award'],
        ['grace.mensah@example.nhs.uk', 'Highly commended: Safeguarding Award'],
        ['alex.morgan@example.nhs.uk', 'Sam Patel: Winner, Safeguarding Award'],
        ['bola.adeyemi@example.nhs.uk', 'Grace Mensah: Highly commended, Safeguarding Award'],
        ['tom.reid@example.nhs.uk', 'Thank you from the Social Work Week 2027 Awards'],
        ['alex.morgan@example.nhs.uk', 'The Social Work Week 2027 Awards winners are announced'],
        ['sam.okafor@example.nhs.uk', 'The Social Work Week 2027 Awards winners are announced'],
        ['jo.whitfield@example.nhs.uk', 'The Social Work Week 2027 Awards winners are announced'],
      ];
      await stack.sink.waitFor((m) => expected.every(([to, subject]) => count(m, to, subject) >= 1), 30_000);
      await settle();
      const all = await stack.sink.messages();
      for (const [to, subject] of expected) expect([to, subject, count(all, to, subject)]).toEqual([to, subject, 1]);
      expect(all).toHaveLength(expected.length);
      const winner = all.find((m) => m.subject === 'Winner: Safeguarding Award')!;
      expect(winner.text).toContain('For brave & steady <safeguarding> practice');
      expect(winner.html).toContain('&lt;safeguarding&gt;');
      // The preview showed the very e-mails that were sent.
      const previewed = preview.messages.find((m) => m.subject === 'Winner: Safeguarding Award')!;
      expect(winner.text.replace(/\r\n/g, '\n').trim()).toBe(previewed.text.trim());
      const announcement = await stack.api.http.get(url()).set('Authorization', as('dee')).expect(200);
      expect(announcement.body.messages).toEqual({ pending: 0, sent: expected.length, failed: 0 });
    });

    it('purges statements and evidence after the retention period, keeping the winners and a sound audit trail', async () => {
      expect(await storedEvidence()).toHaveLength(1);
      await stack.api.db.query(
        `UPDATE announcements SET published_at = now() - interval '25 months' WHERE programme_id = $1`,
        [setup.programme.id],
      );
      // The daily job, run now rather than at 02:30.
      const queue = new Queue('events', { connection: { host: '127.0.0.1', port: stack.redis.port } });
      await queue.add('retention.purge', {});
      await queue.close();
      let purged: Date | null = null;
      for (let i = 0; i < 60 && !purged; i++) {
        await sleep(250);
        [{ purged_at: purged }] = await stack.api.db.query<{ purged_at: Date | null }[]>(
          'SELECT purged_at FROM programmes WHERE id = $1',
          [setup.programme.id],
        );
      }
      expect(purged).not.toBeNull();
      const [{ statements }] = await stack.api.db.query<{ statements: number }[]>(
        `SELECT count(*)::int AS statements FROM nomination_statements s JOIN nominations n ON n.id = s.nomination_id
         WHERE n.programme_id = $1`,
        [setup.programme.id],
      );
      expect(statements).toBe(0);
      const view = await stack.api.http
        .get(`/api/v1/nominations/${n.other.id}`)
        .set('Authorization', as('priya'))
        .expect(200);
      expect(view.body).toMatchObject({ statements: [], evidence: [] });
      expect(await storedEvidence()).toEqual([]);
      expect((await stack.api.http.get(publicUrl())).status).toBe(200);
      expect(
        await stack.api.db.query(
          `SELECT data FROM audit_records WHERE action = 'retention.purged' AND entity_id = $1`,
          [setup.programme.id],
        ),
      ).toEqual([{ data: { statements: 9, evidenceFiles: 1, redactedCopies: 0, nominationsWithFindings: 0 } }]);

      const verify = spawnSync(
        process.execPath,
        [resolve(__dirname, '..', 'dist', 'apps', 'worker', 'src', 'audit-verify.js')],
        {
          env: { PATH: process.env.PATH, DATABASE_URL: stack.api.config.databaseUrl },
          encoding: 'utf8',
        },
      );
      expect(verify.status).toBe(0);
      expect(verify.stdout).toMatch(/^Audit chain holds: \d+ records checked\./);
    });

    it('exports everything held about a person for a subject access request, for admins only', async () => {
      const res = await stack.api.http
        .post('/api/v1/people/export')
        .set('Authorization', as('priya'))
        .send({ email: 'sam.patel@example.nhs.uk' });
      expect(res.status).toBe(200);
      expect(res.body.nominationsReceived).toEqual([
        expect.objectContaining({
          reference: n.winner.reference,
          outcome: { kind: 'winner', citation: expect.any(String) },
        }),
      ]);
      expect(res.body.messages).toEqual([
        expect.objectContaining({ subject: 'Winner: Safeguarding Award', status: 'sent' }),
      ]);
      // Announced: the audit trail shows what was proposed.
      const proposed = (await trail()).find((r) => r.action === 'outcomes.proposed')!;
      expect(proposed.data).toEqual({
        outcomes: expect.arrayContaining([
          { nominationId: n.winner.id, kind: 'winner' },
          { nominationId: n.commended.id, kind: 'highly_commended' },
        ]),
      });
      const judge = await stack.api.http
        .post('/api/v1/people/export')
        .set('Authorization', as('priya'))
        .send({ email: 'sam.okafor@example.nhs.uk' });
      expect(judge.body.account).toMatchObject({ displayName: 'Sam Okafor' });
      expect(judge.body.scorecards.length).toBeGreaterThan(0);
      expect(judge.body.actions.length).toBeGreaterThan(0);
      const refused = await stack.api.http
        .post('/api/v1/people/export')
        .set('Authorization', as('dee'))
        .send({ email: 'sam.patel@example.nhs.uk' });
      expect(refused.status).toBe(403);
      const bad = await stack.api.http
        .post('/api/v1/people/export')
        .set('Authorization', as('priya'))
        .send({ email: 'not-an-email' });
      expect(bad.status).toBe(400);
    });
  });

  it("fires a due announcement whose delayed job was lost with Redis's data", async () => {
    const setup = await openProgramme(stack.api);
    const only = await eligibleNomination(stack.api, setup.category, {
      nominee: { name: 'Nia Jones', email: 'nia.jones@example.nhs.uk' },
    });
    await setPanel(stack.api, setup.category.id, [{ userId: ids.jo, chair: true }]);
    await score('jo', only.id, setup.category, 8);
    await stack.api.http
      .post(`/api/v1/programmes/${setup.programme.id}/close`)
      .set('Authorization', as('priya'))
      .expect(200);
    const proposed = await stack.api.http
      .put(`/api/v1/categories/${setup.category.id}/outcomes`)
      .set('Authorization', as('jo'))
      .send({
        minutes: 'One nomination, award-ready.',
        outcomes: [{ nominationId: only.id, kind: 'winner', citation: 'For steady practice', rationale: 'Top' }],
      })
      .expect(200);
    await stack.api.http
      .post(`/api/v1/categories/${setup.category.id}/outcomes/approve`)
      .set('Authorization', as('dee'))
      .send({ version: proposed.body.version })
      .expect(200);
    const url = `/api/v1/programmes/${setup.programme.id}/announcement`;
    await stack.api.http
      .post(url)
      .set('Authorization', as('dee'))
      .send({ at: new Date(Date.now() + 3_600_000).toISOString() })
      .expect(200);
    // The scheduled event handled: its delayed job is in Redis.
    const queue = new Queue('events', { connection: { host: '127.0.0.1', port: stack.redis.port } });
    const ours = async () =>
      (await queue.getDelayed()).filter(
        (job) => (job.data as { programmeId?: string }).programmeId === setup.programme.id,
      );
    let delayed = await ours();
    for (let i = 0; i < 60 && delayed.length === 0; i++) {
      await sleep(250);
      delayed = await ours();
    }
    expect(delayed.map((job) => job.name)).toEqual(['announcement.fire']);

    // The delayed job lost, and its time come.
    for (const job of delayed) await job.remove();
    await queue.close();
    await stack.api.db.query(`UPDATE announcements SET at = now() - interval '1 second' WHERE programme_id = $1`, [
      setup.programme.id,
    ]);

    let status = 'scheduled';
    for (let i = 0; i < 60 && status !== 'published'; i++) {
      await sleep(250);
      status = (await stack.api.http.get(url).set('Authorization', as('dee'))).body.status;
    }
    expect(status).toBe('published');
    expect((await programme(setup.programme.id)).status).toBe('announced');
    await stack.api.http.get(`/api/v1/public/programmes/${setup.programme.id}/winners`).expect(200);
  }, 60_000);
});
