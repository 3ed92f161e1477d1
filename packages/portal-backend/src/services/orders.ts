import type { Db } from '../db/database.js';

/** A "set up workplace" order item, as it sits in the cart and in the order. */
export interface WorkplaceItem {
  name: string;
  email: string;
  groupId: number;
  devices: string[];
  clients: string[];
  /** `YYYY-MM-DD`, or null for "schnellstmöglich". */
  activationDate: string | null;
}

/** Stable codes in the database and on the wire; the words are the reader's (widgets' i18n, demo labels). */
export type OrderStatus = 'ordered' | 'in_progress' | 'executed' | 'failed';
export type FailureReason = 'execution_failed';

export interface OrderView {
  id: number;
  status: OrderStatus;
  items: WorkplaceItem[];
  createdAt: string;
  executedAt: string | null;
  failureReason: FailureReason | null;
}

export function listOrders(db: Db, companyId: number): OrderView[] {
  const rows = db
    .prepare(
      'SELECT id, status, items, created_at, executed_at, failure_reason FROM orders WHERE company_id = ? ORDER BY id DESC',
    )
    .all(companyId) as {
    id: number;
    status: OrderStatus;
    items: string;
    created_at: string;
    executed_at: string | null;
    failure_reason: FailureReason | null;
  }[];
  return rows.map((o) => ({
    id: o.id,
    status: o.status,
    items: JSON.parse(o.items),
    createdAt: o.created_at,
    executedAt: o.executed_at,
    failureReason: o.failure_reason,
  }));
}

/** The moment an item becomes due: at once for "schnellstmöglich", else at the start of its day. */
export const executeAfter = (items: WorkplaceItem[]): string =>
  items
    .map((item) =>
      item.activationDate ? new Date(`${item.activationDate}T00:00:00`).toISOString() : new Date().toISOString(),
    )
    .sort()
    .at(-1)!;
