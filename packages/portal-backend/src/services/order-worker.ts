import type { FastifyBaseLogger } from 'fastify';
import type { Order, Store, StoreParts } from '../store/types.js';
import { addWorkplaceDevices, phoneNumber } from './workplaces.js';
import { usernameFor } from './users.js';
import { newWelcomeToken, queueActivationMail } from './activation-mail.js';
import { Periodic } from './periodic.js';

export interface OrderWorkerOptions {
  node: string;
  intervalMs: number;
  /** How long an order stays in progress before it is carried out. */
  provisioningMs: number;
  leaseMs: number;
  publicUrl: string;
  /** Tries before an order is failed for good. */
  maxAttempts?: number;
  /** Orders claimed per round. */
  batch?: number;
}

/** An order that cannot be carried out: the company's number block is full. */
export class NumberBlockFull extends Error {
  readonly code = 'number_block_full';
}

/**
 * Carries out orders at their activation date: `ordered` → `in_progress` when a node claims it, then
 * `executed` in one transaction that creates the workplaces, users and devices and queues the activation
 * mails. Any node may claim a due order; a node that dies while holding one loses its lease, and another
 * node finishes the order. "Schnellstmöglich" orders are due at once, so in the demo they finish within
 * seconds.
 */
export class OrderWorker {
  private readonly rounds: Periodic;
  /** The orders this node holds, with the time their provisioning is over. */
  private readonly held = new Map<number, { companyId: number; readyAt: number }>();

  constructor(
    private readonly store: Store,
    private readonly log: FastifyBaseLogger,
    private readonly options: OrderWorkerOptions,
  ) {
    this.rounds = new Periodic(() => this.tick(), options.intervalMs);
  }

  start(): void {
    this.rounds.start();
  }

  stop(): Promise<void> {
    return this.rounds.stop();
  }

  /** One round: carry out the held orders that are ready, renew the other leases, claim due orders. */
  async tick(): Promise<void> {
    const { node, leaseMs, batch = 10 } = this.options;
    try {
      const changed = new Set<number>();
      for (const [id, { companyId, readyAt }] of this.held) {
        if (readyAt > Date.now()) continue;
        this.held.delete(id);
        if (await this.execute(id)) changed.add(companyId);
      }
      const leaseUntil = new Date(Date.now() + leaseMs).toISOString();
      if (this.held.size) await this.store.orders.renewLeases(node, leaseUntil);
      const claimed = await this.store.orders.claim(node, new Date().toISOString(), leaseUntil, batch);
      for (const order of claimed) {
        this.held.set(order.id, { companyId: order.companyId, readyAt: Date.now() + this.options.provisioningMs });
        changed.add(order.companyId);
      }
      for (const companyId of changed) await this.store.events.publish(`orders:${companyId}`);
    } catch (error) {
      this.log.error({ err: error }, 'order worker round failed');
    }
  }

  /** Carries out one held order, all or nothing; true when its status changed. */
  private async execute(id: number): Promise<boolean> {
    const { node, maxAttempts = 3 } = this.options;
    try {
      return await this.store.transaction(async (tx) => {
        // Still ours? After a stall another node may have taken it over.
        const order = await tx.orders.lockHeld(node, id);
        if (!order) return false;
        await this.createWorkplaces(tx, order);
        await tx.orders.markExecuted(order.id, new Date().toISOString());
        return true;
      });
    } catch (error) {
      const code = error instanceof NumberBlockFull ? error.code : 'execution_failed';
      this.log.error({ err: error, orderId: id }, 'order failed');
      // A full number block will not empty by itself: no retry. Anything else is tried again once the lease
      // has run out, a few times.
      const status = await this.store.orders.recordFailure(id, code, code === 'number_block_full' ? 1 : maxAttempts);
      return status === 'failed';
    }
  }

  private async createWorkplaces(tx: StoreParts, order: Order): Promise<void> {
    for (const [index, item] of order.items.entries()) {
      const extension = await tx.companies.allocateExtension(order.companyId, 999);
      if (extension === undefined) throw new NumberBlockFull();
      const username = await usernameFor(tx, item.name);
      const workplaceId = await tx.workplaces.create({
        companyId: order.companyId,
        groupId: item.groupId,
        name: item.name,
        email: item.email,
        phoneNumber: phoneNumber(order.companyId, extension),
        activatedAt: new Date().toISOString(),
        orderId: order.id,
      });
      const welcome = newWelcomeToken();
      await tx.users.createWorkplaceUser({
        username,
        email: item.email,
        companyId: order.companyId,
        workplaceId,
        welcomeTokenHash: welcome.hash,
      });
      await addWorkplaceDevices(tx, workplaceId, username, item.devices, item.clients);
      await queueActivationMail(tx, {
        key: `activation:order-${order.id}:item-${index}`,
        to: item.email,
        username,
        name: item.name,
        token: welcome.token,
        publicUrl: this.options.publicUrl,
      });
    }
  }
}
