import nodemailer, { type Transporter } from 'nodemailer';
import { NotifyClient } from 'notifications-node-client';
import type { AppConfig } from '@commend/core';
import type { Message } from '../templates/message';
import { classifyNotifyRefusal, notifyRestClient } from './notify-refusal';

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
 * Sends one e-mail. `commit` records the message as sent; the transport calls it once, at the
 * last moment before the hand-over can no longer be withdrawn, so a worker killed on either
 * side of it neither loses the message nor sends it twice (see each transport for its moment).
 * Throws DeliveryError when the message was not accepted, before or after `commit`.
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

/** SMTP through a pool of connections (nodemailer). */
export class SmtpTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    const parsed = new URL(url);
    this.transporter = nodemailer.createTransport({
      host: parsed.hostname,
      port: Number(parsed.port || (parsed.protocol === 'smtps:' ? 465 : 587)),
      secure: parsed.protocol === 'smtps:',
      auth: parsed.username
        ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
        : undefined,
      pool: true,
      maxConnections: 5,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
    });
  }

  async send(to: string, message: Message, reference: string, commit: () => Promise<void>): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.from,
        to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: { 'X-Commend-Reference': reference },
      });
    } catch (error) {
      throw new DeliveryError(error instanceof Error ? error.message : String(error), 'temporary');
    }
    await commit();
  }

  alreadyAccepted(): Promise<boolean> {
    return Promise.resolve(false);
  }

  close(): void {
    this.transporter.close();
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
