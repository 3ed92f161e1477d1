import { schemaOf, type ApiPlugin } from '../contract.js';
import { adminOf, requireAdmin } from '../context.js';
import { ApiError } from '../errors.js';
import { executeAfter } from '../services/orders.js';
import { CLIENTS, DESK_PHONES } from '../services/workplaces.js';
import type { WorkplaceItemBody } from '@direkthilfe/core/api/cart';
import type { CartItem, WorkplaceItem } from '../store/types.js';

/** Items one cart may hold: enough for a day's orders, bounded so one session cannot grow without end. */
export const CART_LIMIT = 50;

/** Today in the portal's time zone: activation dates are German calendar days, whatever the server's clock zone. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

/** The cart (bound to the session, gone at logout) and checkout with an Idempotency-Key. */
const cartRoutes: ApiPlugin = async (app) => {
  const { store } = app;
  app.addHook('onRequest', requireAdmin());

  const view = async (companyId: number, { id, item }: CartItem) => {
    const group = await store.groups.get(companyId, item.groupId);
    return {
      id,
      ...item,
      groupName: group?.name ?? '',
      deviceLabels: item.devices.map((model) => DESK_PHONES.find((p) => p.model === model)?.label ?? model),
      clientLabels: item.clients.map((client) => CLIENTS.find((c) => c.id === client)?.label ?? client),
      soonest: item.activationDate === null,
    };
  };

  /** The checks of "Auftrag hinzufügen" beyond the schema; the wizard runs them before the date is chosen. */
  const itemOf = async (companyId: number, request: WorkplaceItemBody): Promise<WorkplaceItem> => {
    const { activationDate, devices = [], clients = [] } = request;
    if (!(await store.groups.get(companyId, request.groupId))) {
      throw new ApiError(404, 'group_not_found', {}, { fields: { groupId: '' } });
    }
    if (devices.some((model) => !DESK_PHONES.some((p) => p.model === model)))
      throw new ApiError(400, 'unknown_device_model', {}, { fields: { devices: '' } });
    if (activationDate && activationDate <= today()) {
      throw new ApiError(400, 'activation_date_past', {}, { fields: { activationDate: '' } });
    }
    return {
      name: request.name.trim(),
      email: request.email,
      groupId: request.groupId,
      devices,
      clients,
      activationDate: activationDate ?? null,
    };
  };

  app.get('/', { schema: schemaOf('GET /api/cart') }, async (request) => {
    const { sessionHash, companyId } = adminOf(request);
    const items = await store.carts.items(sessionHash, companyId);
    return { items: await Promise.all(items.map((item) => view(companyId, item))) };
  });

  app.post(
    '/items/check',
    {
      schema: schemaOf('POST /api/cart/items/check'),
    },
    async (request, reply) => {
      await itemOf(adminOf(request).companyId, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/items',
    {
      schema: schemaOf('POST /api/cart/items'),
    },
    async (request, reply) => {
      const { sessionHash, companyId } = adminOf(request);
      const item = await itemOf(companyId, request.body);
      if ((await store.carts.items(sessionHash, companyId)).length >= CART_LIMIT)
        throw new ApiError(409, 'cart_full', { limit: CART_LIMIT });
      const id = await store.carts.add(sessionHash, companyId, item);
      return reply.status(201).send(await view(companyId, { id, item }));
    },
  );

  app.delete(
    '/items/:id',
    {
      schema: schemaOf('DELETE /api/cart/items/:id'),
    },
    async (request, reply) => {
      if (!(await store.carts.remove(adminOf(request).sessionHash, Number(request.params.id))))
        throw new ApiError(404, 'cart_item_not_found');
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/checkout',
    {
      schema: schemaOf('POST /api/cart/checkout'),
    },
    async (request, reply) => {
      const user = adminOf(request);
      const key = request.headers['idempotency-key'] as string | undefined;
      if (!key) throw new ApiError(400, 'idempotency_key_required');
      const result = await store.transaction(async (tx) => {
        const existing = await tx.orders.byIdempotencyKey(user.companyId, key);
        if (existing) return { order: existing, created: false };
        // Taking the cart is one atomic delete: of parallel checkouts, one gets the items.
        const items = await tx.carts.take(user.sessionHash);
        if (items.length === 0) {
          // The winner with the same key may have committed while this one waited for the rows.
          const ordered = await tx.orders.byIdempotencyKey(user.companyId, key);
          if (ordered) return { order: ordered, created: false };
          throw new ApiError(409, 'cart_empty');
        }
        const order = await tx.orders.create({
          companyId: user.companyId,
          idempotencyKey: key,
          items,
          executeAfter: executeAfter(items),
          createdBy: user.userId,
        });
        return { order, created: true };
      });
      if (result.created) await store.events.publish(`orders:${user.companyId}`);
      return reply
        .status(result.created ? 201 : 200)
        .send({ order: { id: result.order.id, status: result.order.status } });
    },
  );
};

export default cartRoutes;
