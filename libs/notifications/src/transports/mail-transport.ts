import MailComposer from 'nodemailer/lib/mail-composer';
import { NotifyClient } from 'notifications-node-client';
import type { AppConfig } from '@commend/core';
import type { Message } from '../templates/message';
import { classifyNotifyRefusal, notifyRestClient } from './notify-refusal';
import { CommitAfterDotError, SmtpExchangeError, SmtpPool, smtpOptionsOf } from './smtp-pool';

/**
 * Why a message was not accepted, in the three ways delivery must treat differently:
 * - `permanent`: it will never be accepted (a bad address, a refused key): failed at once;
 * - `temporary`: a connection lost, a server error: tried again with backoff, spending an attempt;
 * - `throttled`: the service's rate limit: tried again after `retryAfterMs`, spending nothing.
 */
export type DeliveryFailure = 'permanent' | 'temporary' | 'throttled';

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly failure: DeliveryFailure,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * Sends one e-mail. `commit` records the message as sent: its COMMIT has been sent to
 * PostgreSQL by the time it returns, and its promise says how that went. The transport calls
 * it once, at its moment of hand-over, so a worker killed on either side of that moment
 * neither loses the message nor sends it twice (see each transport for its moment). Throws
 * DeliveryError when the message was not accepted, before or after `commit`.
 */
export interface MailTransport {
  send(to: string, message: Message, reference: string, commit: () => Promise<void>): Promise<void>;
  /**
   * Whether the service already holds a message sent with `reference`: asked before a message
   * that an earlier try may have handed over is sent again. A service that cannot tell says false.
   */
  alreadyAccepted(reference: string): Promise<boolean>;
  close(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/**
 * SMTP over a small pool of connections (smtp-pool.ts), at most once per row: `commit` runs
 * when the message has been written to the server and only its final `.` remains, and the dot
 * follows the COMMIT at once. A worker killed before the two leaves the row unsent and the
 * server with an unfinished message it discards; one killed after them leaves the row sent and
 * the message delivered; only a kill in the microseconds between the two writes loses the
 * message. A commit that fails once the dot has gone is `permanent`: the message was probably
 * delivered. What the server answers then decides:
 * - a 5xx reply (to RCPT, DATA or the message) is `permanent`; a 4xx, a timeout or a connection
 *   lost before the dot is `temporary`;
 * - a connection lost or timed out after the dot is also `permanent`: the server may have kept
 *   the message, and sending it again could deliver it twice; an admin sees why and may re-send.
 */
export class SmtpTransport implements MailTransport {
  private readonly pool: SmtpPool;

  constructor(
    url: string,
    private readonly from: string,
    connections = 5,
  ) {
    const { connection, auth } = smtpOptionsOf(url);
    this.pool = new SmtpPool(connection, auth, connections);
  }

  async send(to: string, message: Message, reference: string, commit: () => Promise<void>): Promise<void> {
    const mail = new MailComposer({
      from: this.from,
      to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: { 'X-Commend-Reference': reference },
    }).compile();
    const envelope = mail.getEnvelope();
    const raw = await mail.build();
    try {
      await this.pool.send({ from: envelope.from || '', to: envelope.to }, raw, commit);
    } catch (error) {
      if (error instanceof CommitAfterDotError) {
        throw new DeliveryError(
          `The message was handed over but recording it failed, so it may have been delivered: ${error.message}`,
          'permanent',
        );
      }
      if (!(error instanceof SmtpExchangeError)) throw error; // commit's own failure, before the dot
      const code = error.responseCode;
      if (code && code >= 500) throw new DeliveryError(error.message, 'permanent');
      if (!code && error.afterDot) {
        throw new DeliveryError(
          `The connection was lost after the message was handed over, so it may have been delivered: ${error.message}`,
          'permanent',
        );
      }
      throw new DeliveryError(error.message, 'temporary');
    }
  }

  alreadyAccepted(): Promise<boolean> {
    return Promise.resolve(false);
  }

  close(): void {
    this.pool.close();
  }
}

/**
 * GOV.UK Notify: one e-mail template whose subject is ((subject)) and body ((body)), so the
 * wording stays in Commend's templates. Notify sends plain text (with its own formatting).
 * Each message carries its notification row's id as Notify's `reference`, by which a retry
 * finds out whether an earlier try was accepted. How Notify's refusals are treated:
 * classifyNotifyRefusal.
 */
export class NotifyTransport implements MailTransport {
  private readonly client: NotifyClient;

  constructor(
    private readonly settings: { apiKey: string; templateId: string; baseUrl: string; ratePerMinute: number },
    timeoutMs = 15_000,
  ) {
    this.client = new NotifyClient(settings.baseUrl, settings.apiKey);
    this.client.setClient(notifyRestClient(timeoutMs));
  }

  async send(to: string, message: Message, reference: string, commit: () => Promise<void>): Promise<void> {
    try {
      await this.client.sendEmail(this.settings.templateId, to, {
        personalisation: { subject: message.subject, body: message.text },
        reference,
      });
    } catch (error) {
      throw this.refusal(error);
    }
    // After the 201: Notify holds the message. A worker killed before this commit leaves the row
    // pending, and the retry finds the message by its reference rather than sending it again.
    await commit();
  }

  async alreadyAccepted(reference: string): Promise<boolean> {
    try {
      const found = await this.client.getNotifications('email', undefined, reference);
      return found.data.notifications.some((n) => n.reference === reference);
    } catch (error) {
      throw this.refusal(error);
    }
  }

  private refusal(error: unknown): DeliveryError {
    const { message, failure, retryAfterMs } = classifyNotifyRefusal(error, this.settings.ratePerMinute);
    return new DeliveryError(message, failure, retryAfterMs);
  }

  close(): void {}
}

export function createMailTransport(config: AppConfig): MailTransport {
  if (config.mail.transport === 'notify') {
    return new NotifyTransport(config.mail.notify!);
  }
  return new SmtpTransport(config.mail.smtpUrl, config.mail.from);
}
