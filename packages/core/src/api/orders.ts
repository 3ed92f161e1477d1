// Orders and their live status ("Kontingente & Auftragsstatus").
import Type, { type Static } from 'typebox';
import {
  Codes,
  ConditionalHeaders,
  Day,
  Email,
  Id,
  NotModified,
  Nullable,
  Timestamp,
  route,
  routes,
} from './common.js';
import { ClientKind } from './workplaces.js';

const tags = ['orders'];

/** Stable codes in the database and on the wire; the words are where people read them (i18n, labels). */
export const ORDER_STATUSES = ['ordered', 'in_progress', 'executed', 'failed'] as const;
export const OrderStatus = Codes(ORDER_STATUSES);
export type OrderStatus = Static<typeof OrderStatus>;

export const FAILURE_REASONS = ['execution_failed'] as const;
export const FailureReason = Codes(FAILURE_REASONS);
export type FailureReason = Static<typeof FailureReason>;

/** A "set up workplace" order item, as it sits in the cart and in the order. */
export const WorkplaceItem = Type.Object({
  name: Type.String(),
  email: Email,
  groupId: Id,
  /** Desk phone models. */
  devices: Type.Array(Type.String()),
  clients: Type.Array(ClientKind),
  /** `YYYY-MM-DD`, or null for "schnellstmöglich". */
  activationDate: Nullable(Day),
});
export type WorkplaceItem = Static<typeof WorkplaceItem>;

export const Order = Type.Object({
  id: Id,
  status: OrderStatus,
  items: Type.Array(WorkplaceItem),
  createdAt: Timestamp,
  executedAt: Nullable(Timestamp),
  failureReason: Nullable(FailureReason),
});
export type Order = Static<typeof Order>;

export const OrderList = Type.Object({ orders: Type.Array(Order) });
export type OrderList = Static<typeof OrderList>;

export const ordersApi = routes(
  route('GET', '/api/orders', {
    tags,
    summary: 'Orders and their status ("Kontingente & Auftragsstatus"); ETag for polling',
    headers: ConditionalHeaders,
    response: { 200: OrderList, 304: NotModified },
  }),
  route('GET', '/api/orders/events', {
    tags,
    summary: 'Server-Sent Events: `orders` on every status change',
    response: {
      200: Type.String({
        description: '`text/event-stream`; each `orders` event carries the order list (as GET /api/orders) as JSON',
      }),
    },
  }),
);
