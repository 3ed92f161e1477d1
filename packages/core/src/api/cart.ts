// The cart (bound to the session, gone at logout) and checkout with an Idempotency-Key.
import Type, { type Static } from 'typebox';
import { Day, Email, Id, IdParams, Name, NoContent, route, routes } from './common.js';
import { ClientKind } from './workplaces.js';
import { OrderStatus, WorkplaceItem } from './orders.js';

const tags = ['cart'];

/** "Auftrag hinzufügen": without `activationDate` the workplace is activated as soon as possible. */
export const WorkplaceItemBody = Type.Object(
  {
    name: Name(120),
    email: Email,
    groupId: Id,
    devices: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 5 })),
    clients: Type.Optional(Type.Array(ClientKind, { maxItems: 2, uniqueItems: true })),
    activationDate: Type.Optional(Day),
  },
  { additionalProperties: false },
);
export type WorkplaceItemBody = Static<typeof WorkplaceItemBody>;

export const CartItem = Type.Object({
  ...WorkplaceItem.properties,
  id: Id,
  groupName: Type.String(),
  /** Catalogue names of the desk phones and clients, shown as they are. */
  deviceLabels: Type.Array(Type.String()),
  clientLabels: Type.Array(Type.String()),
  /** True for "schnellstmöglich" (no activation date). */
  soonest: Type.Boolean(),
});
export type CartItem = Static<typeof CartItem>;

export const Cart = Type.Object({ items: Type.Array(CartItem) });

/** The key is optional in the schema so that its absence gets its own code, `idempotency_key_required`. */
export const CheckoutHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })),
});

export const OrderCreated = Type.Object({ order: Type.Object({ id: Id, status: OrderStatus }) });
export type OrderCreated = Static<typeof OrderCreated>;

export const cartApi = routes(
  route('GET', '/api/cart', { tags, summary: 'The cart of this session', response: { 200: Cart } }),
  route('POST', '/api/cart/items/check', {
    tags,
    summary: 'Check a workplace order as "Auftrag hinzufügen" would, without adding it',
    body: WorkplaceItemBody,
    response: { 204: NoContent },
  }),
  route('POST', '/api/cart/items', {
    tags,
    summary: 'Add a "set up workplace" order ("Auftrag hinzufügen")',
    body: WorkplaceItemBody,
    response: { 201: CartItem },
  }),
  route('DELETE', '/api/cart/items/:id', {
    tags,
    summary: 'Remove an item from the cart',
    params: IdParams,
    response: { 204: NoContent },
  }),
  route('POST', '/api/cart/checkout', {
    tags,
    summary: '"Kostenpflichtig bestellen": one order per Idempotency-Key (201 new, 200 the same key again)',
    headers: CheckoutHeaders,
    response: { 200: OrderCreated, 201: OrderCreated },
  }),
);
