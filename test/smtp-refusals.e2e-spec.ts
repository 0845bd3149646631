import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import {
  completeNomination,
  freeTcpPort,
  openProgramme,
  startQueueStack,
  type OpenProgramme,
  type QueueStack,
} from '@commend/testing';

/**
 * What the worker does with an SMTP server's refusals, against a real SMTP server (smtp-server,
 * in this process) that refuses on demand, which maildev cannot: the nominee's address says how.
 * `rcpt-` addresses are refused at RCPT TO, before the row is committed; `data-` ones at the end
 * of the message, after it. `5xx-` always, `4xx-` the first time only.
 */
describe('SMTP refusals through the queue', () => {
  let stack: QueueStack;
  let setup: OpenProgramme;
  let smtp: SMTPServer;
  const stored: string[] = [];
  const refusedOnce = new Set<string>();

  const refusal = (to: string, stage: 'rcpt' | 'data'): Error | null => {
    const [, at, kind] = /^(rcpt|data)-(5xx|4xx)-/.exec(to) ?? [];
    if (at !== stage) return null;
    if (kind === '5xx') return Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 });
    if (refusedOnce.has(to)) return null;
    refusedOnce.add(to);
    return Object.assign(new Error('4.7.1 Greylisted, try again later'), { responseCode: 451 });
  };

  const submit = (nomineeEmail: string) =>
    stack.api.http
      .post(`/api/v1/categories/${setup.category.id}/nominations`)
      .set('Authorization', `Bearer ${stack.api.token('alex')}`)
      .send({
        ...completeNomination(setup.category, { nominee: { name: 'Ira Moss', email: nomineeEmail } }),
        submit: true,
        confirmPrivacyFindings: true,
      })
      .expect(201);
  const rowTo = async (recipient: string) => {
    await stack.settle();
    const rows = await stack.api.db.query<
      { status: string; attempts: number; last_error: string | null; sent_at: Date | null }[]
    >('SELECT status, attempts, last_error, sent_at FROM notifications WHERE recipient = $1', [recipient]);
    return rows;
  };

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 100,
      onRcptTo(address, _session, callback) {
        callback(refusal(address.address, 'rcpt'));
      },
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => {
          const to = session.envelope.rcptTo[0].address;
          const refused = refusal(to, 'data');
          if (!refused) stored.push(to);
          callback(refused);
        });
      },
    });
    const port = await freeTcpPort();
    await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
    stack = await startQueueStack({ SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` });
    setup = await openProgramme(stack.api, { notifyNomineeOnSubmission: true });
  });
  afterAll(async () => {
    await stack?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it("fails a message refused with a 5xx at once, after one attempt, with the server's message", async () => {
    await submit('rcpt-5xx-ira@example.nhs.uk');
    expect(await rowTo('rcpt-5xx-ira@example.nhs.uk')).toEqual([
      {
        status: 'failed',
        attempts: 1,
        last_error: expect.stringContaining('550 5.1.1 Mailbox unavailable'),
        sent_at: null,
      },
    ]);
    expect(stored).not.toContain('rcpt-5xx-ira@example.nhs.uk');
  });

  it('undoes "sent" when the server refuses the message itself with a 5xx after the commit, counting the attempt once', async () => {
    await submit('data-5xx-ira@example.nhs.uk');
    expect(await rowTo('data-5xx-ira@example.nhs.uk')).toEqual([
      {
        status: 'failed',
        attempts: 1,
        last_error: expect.stringContaining('550 5.1.1 Mailbox unavailable'),
        sent_at: null,
      },
    ]);
    expect(stored).not.toContain('data-5xx-ira@example.nhs.uk');
  });

  it('tries again after a 4xx, at RCPT TO or at the end of the message, and delivers once', async () => {
    await submit('rcpt-4xx-ira@example.nhs.uk');
    await submit('data-4xx-ira@example.nhs.uk');
    for (const to of ['rcpt-4xx-ira@example.nhs.uk', 'data-4xx-ira@example.nhs.uk']) {
      expect(await rowTo(to)).toEqual([{ status: 'sent', attempts: 2, last_error: null, sent_at: expect.any(Date) }]);
      expect(stored.filter((x) => x === to)).toHaveLength(1);
    }
  });
});
