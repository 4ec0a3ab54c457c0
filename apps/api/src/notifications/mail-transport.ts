import { Logger } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import type { OutboxAttachment } from './entities/email-outbox.entity';

export interface OutgoingMail {
  id: string;
  from: string;
  to: { address: string; name: string | null };
  subject: string;
  text: string;
  attachments: OutboxAttachment[];
}

/** How e-mail leaves the application. Injected as MAIL_TRANSPORT so that tests can replace it. */
export interface MailTransport {
  readonly kind: 'smtp' | 'log';
  send(mail: OutgoingMail): Promise<void>;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** SMTP through nodemailer, with timeouts so that a dead server cannot hold the worker. */
export class SmtpMailTransport implements MailTransport {
  readonly kind = 'smtp';
  private readonly transporter;

  constructor(smtpUrl: string) {
    this.transporter = createTransport(smtpUrl, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: mail.from,
      to: mail.to.name ? { name: mail.to.name, address: mail.to.address } : mail.to.address,
      subject: mail.subject,
      text: mail.text,
      messageId: `<${mail.id}@cumbre>`,
      attachments: mail.attachments.map((a) => ({
        filename: a.filename,
        content: a.content,
        contentType: a.contentType,
      })),
    });
  }
}

/** Without SMTP_URL, e-mails are written to the log as one structured line each. */
export class LogMailTransport implements MailTransport {
  readonly kind = 'log';
  private readonly logger = new Logger('Mail');

  async send(mail: OutgoingMail): Promise<void> {
    this.logger.log({
      msg: 'e-mail not sent (SMTP_URL is not set); logged instead',
      outboxId: mail.id,
      to: mail.to.address,
      subject: mail.subject,
      attachments: mail.attachments.map((a) => `${a.filename} (${a.contentType})`),
    });
  }
}

export function mailTransportFor(config: AppConfig): MailTransport {
  return config.smtpUrl ? new SmtpMailTransport(config.smtpUrl) : new LogMailTransport();
}
