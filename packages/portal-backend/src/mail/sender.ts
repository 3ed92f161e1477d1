import nodemailer, { type Transporter } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/types.js';
import { Periodic } from '../services/periodic.js';

export interface MailSenderOptions {
  /** Real SMTP delivery; without it, mails go to the demo mailbox. */
  smtpUrl?: string;
  from?: string;
  node: string;
  intervalMs: number;
  leaseMs: number;
  /** Attempts before a mail is given up ("dead"), visible to admins. */
  maxAttempts?: number;
  /** Mails claimed per round. */
  batch?: number;
}

/** Pause before the next attempt: 5 s, 10 s, 20 s … at most an hour. */
export const retryDelayMs = (attempts: number) => Math.min(3_600_000, 5000 * 2 ** Math.max(0, attempts - 1));

/**
 * Delivers the outbox: each round claims due mails (each by one node only), sends them and marks them
 * sent; a failure is retried with a growing pause. The SMTP Message-ID is the mail's idempotency key, so
 * a mail sent again after a crash between sending and marking is recognisable as the same mail.
 */
export class MailSender {
  private readonly transport?: Transporter;
  private readonly from: string;
  private readonly rounds: Periodic;

  constructor(
    private readonly store: Store,
    private readonly log: FastifyBaseLogger,
    private readonly options: MailSenderOptions,
  ) {
    this.transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
    this.from = options.from ?? 'Cloud PBX <noreply@cloud-pbx.example>';
    this.rounds = new Periodic(() => this.deliver(), options.intervalMs);
  }

  start(): void {
    this.rounds.start();
  }

  async stop(): Promise<void> {
    await this.rounds.stop();
    this.transport?.close();
  }

  /** One round: claim, send, mark. Returns when every claimed mail is settled. */
  async deliver(): Promise<void> {
    const { node, leaseMs, maxAttempts = 8, batch = 20 } = this.options;
    const at = new Date();
    let mails;
    try {
      mails = await this.store.mail.claim(
        node,
        at.toISOString(),
        new Date(at.getTime() + leaseMs).toISOString(),
        batch,
      );
    } catch (error) {
      this.log.error({ err: error }, 'mail outbox unavailable');
      return;
    }
    for (const mail of mails) {
      try {
        if (this.transport) {
          await this.transport.sendMail({
            from: this.from,
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
            html: mail.html,
            messageId: `<${mail.idempotencyKey.replace(/[^\w.:-]/g, '-')}@direkthilfe.invalid>`,
          });
        }
        await this.store.mail.markSent(mail.id, node, new Date().toISOString(), this.transport ? 'smtp' : 'demo');
      } catch (error) {
        const retryAt =
          mail.attempts >= maxAttempts ? null : new Date(Date.now() + retryDelayMs(mail.attempts)).toISOString();
        // The address and the error only: a mail's body may hold a temporary password.
        this.log.warn({ mailId: mail.id, attempts: mail.attempts, err: error }, 'mail delivery failed');
        await this.store.mail
          .markFailed(mail.id, node, error instanceof Error ? error.message : String(error), retryAt)
          .catch((markError) => this.log.error({ err: markError }, 'mail outbox unavailable'));
      }
    }
  }
}
