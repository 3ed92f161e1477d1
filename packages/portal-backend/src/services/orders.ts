import type { Order, WorkplaceItem } from '../store/types.js';

/** An order as the API shows it. */
export const orderView = (o: Order) => ({
  id: o.id,
  status: o.status,
  items: o.items,
  createdAt: o.createdAt,
  executedAt: o.executedAt,
  failureReason: o.failureCode,
});

/** The moment an item becomes due: at once for "schnellstmöglich", else at the start of its day. */
export const executeAfter = (items: WorkplaceItem[]): string =>
  items
    .map((item) =>
      item.activationDate ? new Date(`${item.activationDate}T00:00:00`).toISOString() : new Date().toISOString(),
    )
    .sort()
    .at(-1)!;
