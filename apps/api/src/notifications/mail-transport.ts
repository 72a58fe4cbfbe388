import { Injectable } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { EnvDto } from '../config/env';

export type Envelope = { to: string; subject: string; text: string };

/**
 * The SMTP edge. Without SMTP_URL there is no transport: emails are captured in the outbox
 * and read through the dev mailbox instead.
 */
@Injectable()
export class MailTransport {
  private readonly transporter: Transporter | null;

  constructor(private readonly env: EnvDto) {
    this.transporter = env.SMTP_URL
      ? createTransport(env.SMTP_URL, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
      : null;
  }

  get capturesOnly(): boolean {
    return this.transporter === null;
  }

  async send(mail: Envelope): Promise<void> {
    if (!this.transporter) throw new Error('No SMTP_URL is configured');
    await this.transporter.sendMail({ from: this.env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  }

  close(): void {
    this.transporter?.close();
  }
}
