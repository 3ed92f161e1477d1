import { randomInt } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.js';
import { addWorkplaceDevices } from './workplaces.js';
import { now } from '../db/database.js';
import type { WorkplaceItem } from './orders.js';
import { usernameFor } from './users.js';
import { newWelcomeToken, sendActivationMail } from './activation-mail.js';

interface DueOrder {
  id: number;
  company_id: number;
  status: string;
  items: string;
}

/**
 * Carries out orders at their activation date: `bestellt` → `in Bearbeitung` on one tick, then
 * `ausgeführt` on the next: the workplace, its user and devices are created and the activation mail goes
 * out. "Schnellstmöglich" orders are due at once, so in the demo they finish within seconds.
 */
export class OrderWorker {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly context: AppContext,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const { db } = this.context;
      const inProgress = db
        .prepare("SELECT id, company_id, status, items FROM orders WHERE status = 'in Bearbeitung'")
        .all() as DueOrder[];
      for (const order of inProgress) await this.execute(order);
      const due = db
        .prepare(
          "UPDATE orders SET status = 'in Bearbeitung' WHERE status = 'bestellt' AND execute_after <= ? RETURNING company_id",
        )
        .all(now()) as { company_id: number }[];
      for (const companyId of new Set(due.map((o) => o.company_id))) this.context.events.emit(`orders:${companyId}`);
    } finally {
      this.running = false;
    }
  }

  private async execute(order: DueOrder): Promise<void> {
    const { db } = this.context;
    const items = JSON.parse(order.items) as WorkplaceItem[];
    const mails: { to: string; username: string; name: string; welcomeToken: string }[] = [];
    try {
      db.transaction(() => {
        for (const item of items) {
          const username = usernameFor(db, item.name);
          const { lastInsertRowid: workplaceId } = db
            .prepare(
              'INSERT INTO workplaces (company_id, group_id, name, email, phone_number, activated_at, order_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
            )
            .run(
              order.company_id,
              item.groupId,
              item.name,
              item.email,
              this.nextPhoneNumber(order.company_id),
              now(),
              order.id,
            );
          const { lastInsertRowid: userId } = db
            .prepare(
              "INSERT INTO users (username, email, role, company_id, workplace_id, created_at) VALUES (?, ?, 'user', ?, ?, ?)",
            )
            .run(username, item.email, order.company_id, workplaceId, now());
          const welcomeToken = newWelcomeToken(db, Number(userId));
          addWorkplaceDevices(db, Number(workplaceId), username, item.devices, item.clients);
          mails.push({ to: item.email, username, name: item.name, welcomeToken });
        }
        db.prepare("UPDATE orders SET status = 'ausgeführt', executed_at = ? WHERE id = ?").run(now(), order.id);
      })();
    } catch (error) {
      this.log.error({ err: error, orderId: order.id }, 'order failed');
      db.prepare("UPDATE orders SET status = 'fehlgeschlagen', failure_reason = ? WHERE id = ?").run(
        'Der Auftrag konnte nicht ausgeführt werden.',
        order.id,
      );
    }
    this.context.events.emit(`orders:${order.company_id}`);
    for (const mail of mails) {
      await sendActivationMail(this.context, mail).catch((error) =>
        this.log.error({ err: error, orderId: order.id }, 'activation mail failed'),
      );
    }
  }

  /** The company's next free extension under its number block. */
  private nextPhoneNumber(companyId: number): string {
    const { db } = this.context;
    for (;;) {
      const candidate = `+49 228 4711${String(companyId).padStart(2, '0')}-${randomInt(100, 1000)}`;
      if (!db.prepare('SELECT 1 FROM workplaces WHERE phone_number = ?').get(candidate)) return candidate;
    }
  }
}
