import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { DeliveryError, SmtpTransport } from './mail-transport';
import type { Message } from '../templates/message';

/** A refusal as smtp-server sends it: the code and the text on the reply line. */
const reply = (code: number, text: string): Error => Object.assign(new Error(text), { responseCode: code });

/** A real SMTP server in this process: keeps what it accepts, refuses as `refuse` says. */
async function startServer(
  refuse: { rcpt?: (to: string) => Error | undefined; data?: (to: string) => Error | undefined } = {},
  port = 0,
) {
  const stored: { to: string; body: string }[] = [];
  const received = { bytes: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Stopped, it drops the sessions still open at once (a stopped server, for the pool).
    closeTimeout: 50,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      callback(refuse.rcpt?.(address.address) ?? null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        received.bytes += chunk.length;
        chunks.push(chunk);
      });
      stream.on('end', () => {
        const to = session.envelope.rcptTo[0].address;
        const refused = refuse.data?.(to);
        if (!refused) stored.push({ to, body: Buffer.concat(chunks).toString() });
        callback(refused ?? null);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    stored,
    received,
    server,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const message: Message = {
  subject: 'Your nomination is in',
  text: 'Thank you.\n'.repeat(200),
  html: '<p>Thank you.</p>',
};

describe('SmtpTransport', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let transport: SmtpTransport;
  const start = async (refuse?: Parameters<typeof startServer>[0]) => {
    server = await startServer(refuse);
    transport = new SmtpTransport(server.url, 'Commend <awards@commend.example>', 2);
  };
  afterEach(async () => {
    transport?.close();
    await server?.stop();
  });

  it('commits once the message is written out, and writes the final dot right after, without waiting for the answer', async () => {
    await start();
    let atCommit: number | undefined;
    let beforeAnswer: number | undefined;
    // Larger than the socket's buffers, so the body takes several writes to go out.
    const long = { ...message, text: 'Thank you for all you have done this year.\n'.repeat(10_000) };
    await transport.send('sam.patel@example.nhs.uk', long, 'row-1', () => {
      atCommit = server.stored.length;
      // A slow answer from the database: the dot has gone meanwhile, so the server has the message.
      return new Promise((resolve) => setTimeout(resolve, 200)).then(() => {
        beforeAnswer = server.stored.length;
      });
    });
    expect(atCommit).toBe(0);
    expect(beforeAnswer).toBe(1);
    const body = server.stored[0].body;
    expect(server.stored).toEqual([{ to: 'sam.patel@example.nhs.uk', body: expect.stringContaining('Thank you.') }]);
    expect(body).toContain('X-Commend-Reference: row-1');
    expect(Buffer.byteLength(body)).toBeGreaterThan(400_000);
  });

  it('writes no dot when the commit cannot be sent, so the server keeps nothing, and the next message still goes', async () => {
    await start();
    const failure = new Error('the database went away');
    const cannotSend = (): Promise<void> => {
      throw failure;
    };
    await expect(transport.send('a@example.nhs.uk', message, 'row-1', cannotSend)).rejects.toBe(failure);
    await transport.send('b@example.nhs.uk', message, 'row-2', () => Promise.resolve());
    expect(server.stored.map((m) => m.to)).toEqual(['b@example.nhs.uk']);
  });

  it('fails permanently a message whose commit failed after its dot: it was probably delivered', async () => {
    await start();
    const error = await transport
      .send('a@example.nhs.uk', message, 'row-1', () => Promise.reject(new Error('the database went away')))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ failure: 'permanent', message: expect.stringMatching(/may have been delivered/) });
    expect(server.stored.map((m) => m.to)).toEqual(['a@example.nhs.uk']);
    await transport.send('b@example.nhs.uk', message, 'row-2', () => Promise.resolve());
    expect(server.stored).toHaveLength(2);
  });

  it('reuses its connections, no more than its size, across many messages', async () => {
    await start();
    let connections = 0;
    server.server.on('connection', () => connections++);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => transport.send(`n${i}@example.nhs.uk`, message, `row-${i}`, async () => {})),
    );
    expect(server.stored).toHaveLength(20);
    expect(connections).toBeLessThanOrEqual(2);
  });

  it("fails a 5xx recipient refusal permanently, with the server's message, without committing", async () => {
    await start({ rcpt: (to) => (to.startsWith('gone') ? reply(550, 'Mailbox unavailable') : undefined) });
    const commit = jest.fn(() => Promise.resolve());
    const error = await transport.send('gone@example.nhs.uk', message, 'row-1', commit).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ failure: 'permanent', message: expect.stringContaining('550 Mailbox unavailable') });
    expect(commit).not.toHaveBeenCalled();
    // The session was reset, not lost: the next message goes over it.
    await transport.send('here@example.nhs.uk', message, 'row-2', commit);
    expect(server.stored.map((m) => m.to)).toEqual(['here@example.nhs.uk']);
  });

  it('fails a 4xx refusal temporarily', async () => {
    await start({ rcpt: () => reply(451, 'Try again later') });
    await expect(transport.send('a@example.nhs.uk', message, 'row-1', () => Promise.resolve())).rejects.toMatchObject({
      failure: 'temporary',
      message: expect.stringContaining('451 Try again later'),
    });
  });

  it('reports a refusal of the message after its commit, as permanent (5xx) or temporary (4xx)', async () => {
    await start({
      data: (to) =>
        to.startsWith('spam') ? reply(554, 'Message refused') : to.startsWith('busy') ? reply(452, 'Full') : undefined,
    });
    const commit = jest.fn(() => Promise.resolve());
    await expect(transport.send('spam@example.nhs.uk', message, 'row-1', commit)).rejects.toMatchObject({
      failure: 'permanent',
      message: expect.stringContaining('554 Message refused'),
    });
    await expect(transport.send('busy@example.nhs.uk', message, 'row-2', commit)).rejects.toMatchObject({
      failure: 'temporary',
    });
    expect(commit).toHaveBeenCalledTimes(2);
  });

  it('fails temporarily while the server is down, and reconnects when it is back', async () => {
    await start();
    await transport.send('a@example.nhs.uk', message, 'row-1', () => Promise.resolve());
    const port = new URL(server.url).port;
    await server.stop();
    await expect(transport.send('b@example.nhs.uk', message, 'row-2', () => Promise.resolve())).rejects.toMatchObject({
      failure: 'temporary',
      message: expect.stringMatching(/ECONNREFUSED|closed/),
    });
    server = await startServer({}, Number(port));
    await transport.send('c@example.nhs.uk', message, 'row-3', () => Promise.resolve());
    expect(server.stored.map((m) => m.to)).toEqual(['c@example.nhs.uk']);
  });
});
