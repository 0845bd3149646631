import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import nodemailer from 'nodemailer';
import { startMailSink, type MailSink } from '@commend/testing';
import { startMaildev } from '../scripts/services';

/** The harness's mail sink, a real maildev process, checked with a real SMTP client. */
describe('The mail sink', () => {
  let sink: MailSink;

  const send = (subject: string, to: string, text: string) =>
    nodemailer
      .createTransport({ host: '127.0.0.1', port: sink.smtpPort, secure: false, ignoreTLS: true })
      .sendMail({ from: 'Commend <awards@commend.example>', to, subject, text, html: `<p>${text}</p>` });

  const refused = (port: number): Promise<string> =>
    new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });

  /** Processes running maildev on `port`, from their command lines in /proc. */
  const maildevsOn = (port: number): string[] =>
    readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
          return argv.some((arg) => arg.endsWith('maildev.js')) && argv.includes(String(port));
        } catch {
          return false; // exited meanwhile
        }
      });

  beforeAll(async () => {
    sink = await startMailSink();
  });
  afterAll(async () => {
    await sink?.stop();
  });

  it('answers on its own ports on 127.0.0.1, with nothing received yet', async () => {
    expect(sink.smtpUrl).toBe(`smtp://127.0.0.1:${sink.smtpPort}`);
    expect(sink.webUrl).toBe(`http://127.0.0.1:${sink.webPort}`);
    expect(sink.smtpPort).not.toBe(sink.webPort);
    expect(await (await fetch(`${sink.webUrl}/api/healthz`)).json()).toBe(true);
    expect(await sink.messages()).toEqual([]);
    expect(maildevsOn(sink.smtpPort)).toHaveLength(1);
  });

  it('says so when its port is taken', async () => {
    await expect(startMaildev({ smtpPort: sink.smtpPort, webPort: sink.webPort })).rejects.toThrow(
      `Port ${sink.smtpPort} (mail sink SMTP) is already in use on 127.0.0.1`,
    );
  });

  it('receives what is sent over SMTP', async () => {
    await send('Your nomination was submitted', 'Priya Shah <priya@example.org>', 'Thank you, Priya.');
    await send('A nomination awaits your review', 'judge@example.org, chair@example.org', 'Please score it.');

    const messages = await sink.waitFor((m) => m.length === 2);

    expect(messages).toEqual([
      {
        id: expect.any(String),
        subject: 'Your nomination was submitted',
        to: ['priya@example.org'],
        from: 'awards@commend.example',
        text: 'Thank you, Priya.',
        html: '<p>Thank you, Priya.</p>',
        date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      },
      expect.objectContaining({
        subject: 'A nomination awaits your review',
        to: ['judge@example.org', 'chair@example.org'],
        text: 'Please score it.',
      }),
    ]);
    expect(readdirSync(sink.mailDirectory).sort()).toEqual(messages.map((m) => `${m.id}.eml`).sort());
  });

  it('fails waitFor with what it holds when the predicate never holds', async () => {
    await expect(sink.waitFor((m) => m.length === 3, 300)).rejects.toThrow(
      /within 300 ms; it holds 2:\n {2}"Your nomination was submitted" to priya@example.org/,
    );
  });

  it('refuses connections once stopped, leaving no process behind', async () => {
    await sink.stop();

    await expect(send('Lost', 'priya@example.org', 'Nobody is listening.')).rejects.toThrow(/ECONNREFUSED/);
    expect(await refused(sink.smtpPort)).toBe('ECONNREFUSED');
    expect(await refused(sink.webPort)).toBe('ECONNREFUSED');
    expect(maildevsOn(sink.smtpPort)).toEqual([]);
    await expect(sink.messages()).rejects.toThrow('The mail sink is stopped');
    await sink.stop(); // a second stop is harmless
  });

  it('starts again on the same ports, keeping what it received before', async () => {
    const { smtpPort, webPort } = sink;
    await sink.start();
    await send('After the restart', 'priya@example.org', 'Back again.');

    const messages = await sink.waitFor((m) => m.length === 3);

    expect(sink).toMatchObject({ smtpPort, webPort });
    expect(messages.map((m) => m.subject)).toEqual([
      'Your nomination was submitted',
      'A nomination awaits your review',
      'After the restart',
    ]);
  });

  it('forgets everything on clear, files included', async () => {
    await sink.clear();

    expect(await sink.messages()).toEqual([]);
    expect(existsSync(sink.mailDirectory) && readdirSync(sink.mailDirectory)).toEqual([]);
  });
});
