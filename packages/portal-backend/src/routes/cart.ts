import type { FastifyPluginAsync } from 'fastify';
import { adminOf, requireAdmin } from '../context.js';
import { ApiError } from '../errors.js';
import { executeAfter } from '../services/orders.js';
import { CLIENTS, DESK_PHONES } from '../services/workplaces.js';
import type { CartItem, WorkplaceItem } from '../store/types.js';
import { body, email, errorSchema, idParams, text, type IdParams } from '../validation.js';

/** Items one cart may hold: enough for a day's orders, bounded so one session cannot grow without end. */
export const CART_LIMIT = 50;

const itemSchema = body(
  {
    name: text(120),
    email,
    groupId: { type: 'integer', minimum: 1 },
    devices: { type: 'array', maxItems: 5, items: { type: 'string', maxLength: 40 } },
    clients: {
      type: 'array',
      maxItems: 2,
      uniqueItems: true,
      items: { type: 'string', enum: CLIENTS.map((c) => c.id) },
    },
    activationDate: { type: 'string', format: 'date' },
  },
  ['name', 'email', 'groupId'],
);

const orderCreated = {
  type: 'object',
  properties: { order: { type: 'object', properties: { id: { type: 'integer' }, status: { type: 'string' } } } },
};

type ItemBody = Omit<WorkplaceItem, 'activationDate' | 'devices' | 'clients'> & {
  devices?: string[];
  clients?: string[];
  activationDate?: string;
};

/** Today in the portal's time zone: activation dates are German calendar days, whatever the server's clock zone. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

/** The cart (bound to the session, gone at logout) and checkout with an Idempotency-Key. */
const cartRoutes: FastifyPluginAsync = async (app) => {
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
  const itemOf = async (companyId: number, request: ItemBody): Promise<WorkplaceItem> => {
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

  app.get('/', { schema: { tags: ['cart'], summary: 'The cart of this session' } }, async (request) => {
    const { sessionHash, companyId } = adminOf(request);
    const items = await store.carts.items(sessionHash, companyId);
    return { items: await Promise.all(items.map((item) => view(companyId, item))) };
  });

  app.post<{ Body: ItemBody }>(
    '/items/check',
    {
      schema: {
        tags: ['cart'],
        summary: 'Check a workplace order as "Auftrag hinzufügen" would, without adding it',
        body: itemSchema,
        response: { 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      await itemOf(adminOf(request).companyId, request.body);
      return reply.status(204).send();
    },
  );

  app.post<{ Body: ItemBody }>(
    '/items',
    {
      schema: {
        tags: ['cart'],
        summary: 'Add a "set up workplace" order ("Auftrag hinzufügen")',
        body: itemSchema,
        response: { 400: errorSchema, 404: errorSchema, 409: errorSchema },
      },
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

  app.delete<{ Params: IdParams }>(
    '/items/:id',
    {
      schema: {
        tags: ['cart'],
        summary: 'Remove an item from the cart',
        params: idParams,
        response: { 404: errorSchema },
      },
    },
    async (request, reply) => {
      if (!(await store.carts.remove(adminOf(request).sessionHash, Number(request.params.id))))
        throw new ApiError(404, 'cart_item_not_found');
      return reply.status(204).send();
    },
  );

  app.post(
    '/checkout',
    {
      schema: {
        tags: ['cart'],
        summary: '"Kostenpflichtig bestellen": one order per Idempotency-Key',
        headers: {
          type: 'object',
          properties: { 'idempotency-key': { type: 'string', minLength: 8, maxLength: 100 } },
        },
        response: { 200: orderCreated, 201: orderCreated, 400: errorSchema, 409: errorSchema },
      },
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
