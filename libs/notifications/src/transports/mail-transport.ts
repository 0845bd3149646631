import nodemailer, { type Transporter } from 'nodemailer';
import { NotifyClient } from 'notifications-node-client';
import type { AppConfig } from '@commend/core';
import type { Message } from '../templates/message';

/** Sends one e-mail; throws when it was not accepted. */
export interface MailTransport {
  send(to: string, message: Message, reference: string): Promise<void>;
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

  async send(to: string, message: Message, reference: string): Promise<void> {
    await this.transporter.sendMail({
      from: this.from,
      to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: { 'X-Commend-Reference': reference },
    });
  }

  close(): void {
    this.transporter.close();
  }
}

/**
 * GOV.UK Notify: one e-mail template whose subject is ((subject)) and body ((body)), so the
 * wording stays in Commend's templates. Notify sends plain text (with its own formatting).
 */
export class NotifyTransport implements MailTransport {
  private readonly client: NotifyClient;

  constructor(
    apiKey: string,
    private readonly templateId: string,
  ) {
    this.client = new NotifyClient(apiKey);
  }

  async send(to: string, message: Message, reference: string): Promise<void> {
    await this.client.sendEmail(this.templateId, to, {
      personalisation: { subject: message.subject, body: message.text },
      reference,
    });
  }

  close(): void {}
}

export function createMailTransport(config: AppConfig): MailTransport {
  if (config.mail.transport === 'notify') {
    return new NotifyTransport(config.mail.notify!.apiKey, config.mail.notify!.templateId);
  }
  return new SmtpTransport(config.mail.smtpUrl, config.mail.from);
}
