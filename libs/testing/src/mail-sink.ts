import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMaildev, type MaildevHandle } from '../../../scripts/services';
import { HARNESS } from './harness-env';
import { freeTcpPort } from './spawn-app';

/** One received message, reduced to what tests check. */
export interface SinkMessage {
  /** maildev's id for the message (its file name in the mail directory, without .eml). */
  id: string;
  subject: string;
  /** The addresses in the To header, without display names. */
  to: string[];
  /** The From address, without its display name. */
  from: string;
  /** The plain-text part ('' when there is none). */
  text: string;
  /** The HTML part ('' when there is none). */
  html: string;
  /** ISO 8601: maildev's `time`, the message's Date header (whole seconds), else when it arrived. */
  date: string;
}

/**
 * maildev (https://github.com/maildev/maildev) run as its own process: a real SMTP server
 * that accepts every message, on 127.0.0.1 and ports of its own.
 */
export interface MailSink {
  smtpPort: number;
  webPort: number;
  /** `smtp://127.0.0.1:<smtpPort>`, for SMTP_URL. */
  smtpUrl: string;
  /** `http://127.0.0.1:<webPort>`: maildev's web interface, its REST API under /api. */
  webUrl: string;
  /**
   * Where the messages are kept, one .eml file each. It is under the e2e harness's folder,
   * which the global teardown removes (under the system temp folder outside jest).
   */
  mailDirectory: string;
  /** Everything received so far, in the order it arrived. */
  messages(): Promise<SinkMessage[]>;
  /** Polls until `predicate(messages)` holds or `timeoutMs` passes (then throws with what it has). */
  waitFor(predicate: (m: SinkMessage[]) => boolean, timeoutMs?: number): Promise<SinkMessage[]>;
  /** Deletes every message (and its file). */
  clear(): Promise<void>;
  /** SIGTERM, and waits until the process has exited: the SMTP port then refuses connections. */
  stop(): Promise<void>;
  /**
   * Starts it again on the same ports. Messages received before the stop are still listed:
   * maildev keeps them as files in `mailDirectory` and reads them back on start.
   */
  start(): Promise<void>;
  /** What maildev printed since it was last started, for failure messages. */
  output(): string;
}

/** maildev's JSON for a message (GET /api/email), the fields read here. */
interface MaildevMessage {
  id: string;
  subject?: string;
  time?: string;
  date?: string;
  to?: { address: string; name?: string }[];
  from?: { address: string; name?: string }[];
  text?: string;
  html?: string | false;
}

const toSinkMessage = (m: MaildevMessage): SinkMessage => ({
  id: m.id,
  subject: m.subject ?? '',
  to: (m.to ?? []).map((a) => a.address),
  from: m.from?.[0]?.address ?? '',
  text: m.text ?? '',
  html: typeof m.html === 'string' ? m.html : '',
  date: m.time ?? m.date ?? '',
});

const summary = (messages: SinkMessage[]): string =>
  messages.length ? messages.map((m) => `  ${JSON.stringify(m.subject)} to ${m.to.join(', ')}`).join('\n') : '  (none)';

/** Starts maildev on two free ports and resolves once both its API and its SMTP port answer. */
export async function startMailSink(): Promise<MailSink> {
  const smtpPort = await freeTcpPort();
  let webPort = await freeTcpPort();
  while (webPort === smtpPort) webPort = await freeTcpPort();
  const mailDirectory = mkdtempSync(join(process.env[HARNESS.root] ?? tmpdir(), 'mail-sink-'));
  const webUrl = `http://127.0.0.1:${webPort}`;

  let running: MaildevHandle | null = null;
  let lastOutput = '';
  const output = (): string => running?.output() ?? lastOutput;
  const start = async (): Promise<void> => {
    if (!running) running = await startMaildev({ smtpPort, webPort, mailDir: mailDirectory });
  };
  const stop = async (): Promise<void> => {
    const handle = running;
    if (!handle) return;
    await handle.stop();
    lastOutput = handle.output();
    running = null;
  };

  const api = async (method: 'GET' | 'DELETE', path: string): Promise<Response> => {
    if (!running) throw new Error(`The mail sink is stopped: call start() first (${method} ${path})`);
    const res = await fetch(`${webUrl}${path}`, { method });
    if (!res.ok) throw new Error(`maildev answered ${method} ${path} with HTTP ${res.status}: ${await res.text()}`);
    return res;
  };
  const messages = async (): Promise<SinkMessage[]> => {
    // maildev lists in arrival order; after a restart it reads the files back oldest first.
    const raw = (await (await api('GET', '/api/email')).json()) as MaildevMessage[];
    return raw.map(toSinkMessage);
  };

  await start();
  return {
    smtpPort,
    webPort,
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl,
    mailDirectory,
    messages,
    waitFor: async (predicate, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const received = await messages();
        if (predicate(received)) return received;
        if (Date.now() >= deadline) {
          throw new Error(
            `The mail sink did not receive the expected messages within ${timeoutMs} ms; it holds ${received.length}:\n${summary(received)}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    clear: async () => {
      await api('DELETE', '/api/email/all');
    },
    stop,
    start,
    output,
  };
}
