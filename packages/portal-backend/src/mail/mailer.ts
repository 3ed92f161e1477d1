import nodemailer, { type Transporter } from 'nodemailer';
import type { Language } from '@direkthilfe/core/i18n/languages';
import type { Db } from '../db/database.js';
import { now } from '../db/database.js';
import { renderMail, type MailData } from './templates.js';

export interface OutboxMail {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
  data: MailData;
}

export interface MailerOptions {
  /** Real SMTP delivery; without it, mails are kept in the outbox table. */
  smtpUrl?: string;
  from?: string;
}

/** Renders and sends mails: over SMTP when configured, else into the outbox (demo). */
export class Mailer {
  private readonly transport?: Transporter;
  private readonly from: string;

  constructor(
    private readonly db: Db,
    options: MailerOptions,
  ) {
    this.transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
    this.from = options.from ?? 'Cloud PBX <noreply@cloud-pbx.example>';
  }

  get usesOutbox(): boolean {
    return !this.transport;
  }

  async send(to: string, data: MailData, lang: Language = 'de'): Promise<void> {
    const mail = renderMail(data, lang);
    if (this.transport) {
      await this.transport.sendMail({ from: this.from, to, subject: mail.subject, text: mail.text, html: mail.html });
      return;
    }
    this.db
      .prepare('INSERT INTO outbox (to_address, subject, text, html, data, sent_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(to, mail.subject, mail.text, mail.html, JSON.stringify(data), now());
  }

  outbox(limit = 100): OutboxMail[] {
    const rows = this.db
      .prepare('SELECT id, to_address, subject, text, html, data, sent_at FROM outbox ORDER BY id DESC LIMIT ?')
      .all(limit) as {
      id: number;
      to_address: string;
      subject: string;
      text: string;
      html: string;
      data: string;
      sent_at: string;
    }[];
    return rows.map((r) => ({
      id: r.id,
      to: r.to_address,
      subject: r.subject,
      text: r.text,
      html: r.html,
      sentAt: r.sent_at,
      data: JSON.parse(r.data),
    }));
  }

  close(): void {
    this.transport?.close();
  }
}
