import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { requireAdmin, type AppContext } from '../context.js';
import { now } from '../db/database.js';
import { ApiError } from '../errors.js';
import { executeAfter, listOrders, type WorkplaceItem } from '../services/orders.js';
import { CLIENTS, DESK_PHONES } from '../services/workplaces.js';
import { body, email, errorSchema, text } from '../validation.js';

const itemSchema = body(
  {
    name: text(120),
    email,
    groupId: { type: 'integer' },
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

/** Today in the portal's time zone: activation dates are German calendar days, whatever the server's clock zone. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

/** The cart (bound to the session, gone at logout), checkout with Idempotency-Key, orders and their live status. */
export const cartRoutes = (context: AppContext) => async (app: FastifyInstance) => {
  const { db, events } = context;

  const groupName = (companyId: number, groupId: number) =>
    (
      db.prepare('SELECT name FROM groups WHERE id = ? AND company_id = ?').get(groupId, companyId) as
        { name: string } | undefined
    )?.name;

  const view = (companyId: number, id: number, item: WorkplaceItem) => ({
    id,
    ...item,
    groupName: groupName(companyId, item.groupId) ?? '',
    deviceLabels: item.devices.map((model) => DESK_PHONES.find((p) => p.model === model)?.label ?? model),
    clientLabels: item.clients.map((client) => CLIENTS.find((c) => c.id === client)?.label ?? client),
    soonest: item.activationDate === null,
  });

  const items = (sessionHash: string, companyId: number) =>
    (
      db
        .prepare('SELECT id, item FROM cart_items WHERE session_id_hash = ? AND company_id = ? ORDER BY id')
        .all(sessionHash, companyId) as {
        id: number;
        item: string;
      }[]
    ).map((row) => view(companyId, row.id, JSON.parse(row.item)));

  app.get('/api/cart', { schema: { tags: ['cart'], summary: 'The cart of this session' } }, async (request) => {
    const user = requireAdmin(request);
    return { items: items(user.sessionHash, user.companyId) };
  });

  type ItemBody = Omit<WorkplaceItem, 'activationDate' | 'devices' | 'clients'> & {
    devices?: string[];
    clients?: string[];
    activationDate?: string;
  };

  /** The checks of "Auftrag hinzufügen" beyond the schema; the wizard runs them before the date is chosen. */
  const itemOf = (companyId: number, request: ItemBody): WorkplaceItem => {
    const { activationDate, devices = [], clients = [] } = request;
    if (!groupName(companyId, request.groupId)) {
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

  app.post<{ Body: ItemBody }>(
    '/api/cart/items/check',
    {
      schema: {
        tags: ['cart'],
        summary: 'Check a workplace order as "Auftrag hinzufügen" would, without adding it',
        body: itemSchema,
        response: { 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      itemOf(requireAdmin(request).companyId, request.body);
      return reply.status(204).send();
    },
  );

  app.post<{ Body: ItemBody }>(
    '/api/cart/items',
    {
      schema: {
        tags: ['cart'],
        summary: 'Add a "set up workplace" order ("Auftrag hinzufügen")',
        body: itemSchema,
        response: { 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const user = requireAdmin(request);
      const item = itemOf(user.companyId, request.body);
      const { lastInsertRowid } = db
        .prepare('INSERT INTO cart_items (session_id_hash, company_id, item, created_at) VALUES (?, ?, ?, ?)')
        .run(user.sessionHash, user.companyId, JSON.stringify(item), now());
      return reply.status(201).send(view(user.companyId, Number(lastInsertRowid), item));
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/cart/items/:id',
    { schema: { tags: ['cart'], summary: 'Remove an item from the cart', response: { 404: errorSchema } } },
    async (request, reply) => {
      const user = requireAdmin(request);
      const { changes } = db
        .prepare('DELETE FROM cart_items WHERE id = ? AND session_id_hash = ?')
        .run(Number(request.params.id), user.sessionHash);
      if (!changes) throw new ApiError(404, 'cart_item_not_found');
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/cart/checkout',
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
      const user = requireAdmin(request);
      const key = request.headers['idempotency-key'] as string | undefined;
      if (!key) throw new ApiError(400, 'idempotency_key_required');
      // One transaction: better-sqlite3 runs it to the end before any other request is served.
      const result = db.transaction(() => {
        const existing = db
          .prepare('SELECT id, status FROM orders WHERE company_id = ? AND idempotency_key = ?')
          .get(user.companyId, key) as { id: number; status: string } | undefined;
        if (existing) return { order: existing, created: false };
        const rows = db
          .prepare('SELECT id, item FROM cart_items WHERE session_id_hash = ? ORDER BY id')
          .all(user.sessionHash) as { id: number; item: string }[];
        if (rows.length === 0) throw new ApiError(409, 'cart_empty');
        const orderItems = rows.map((r) => JSON.parse(r.item) as WorkplaceItem);
        const { lastInsertRowid } = db
          .prepare(
            "INSERT INTO orders (company_id, idempotency_key, status, items, execute_after, created_by, created_at) VALUES (?, ?, 'ordered', ?, ?, ?, ?)",
          )
          .run(user.companyId, key, JSON.stringify(orderItems), executeAfter(orderItems), user.userId, now());
        db.prepare('DELETE FROM cart_items WHERE session_id_hash = ?').run(user.sessionHash);
        return { order: { id: Number(lastInsertRowid), status: 'ordered' }, created: true };
      })();
      if (result.created) events.emit(`orders:${user.companyId}`);
      return reply.status(result.created ? 201 : 200).send({ order: result.order });
    },
  );

  const ordersJson = (companyId: number) => JSON.stringify({ orders: listOrders(db, companyId) });
  const etagOf = (json: string) => `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;

  app.get(
    '/api/orders',
    {
      schema: {
        tags: ['orders'],
        summary: 'Orders and their status ("Kontingente & Auftragsstatus"); ETag for polling',
      },
    },
    async (request, reply) => {
      const json = ordersJson(requireAdmin(request).companyId);
      const etag = etagOf(json);
      reply.header('etag', etag).header('cache-control', 'no-cache').type('application/json');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      return reply.send(json);
    },
  );

  const streams = new Set<ServerResponse>();
  // Before the server stops taking connections: an open stream would keep close() waiting for ever.
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.end();
  });

  app.get(
    '/api/orders/events',
    { schema: { tags: ['orders'], summary: 'Server-Sent Events: `orders` on every status change' } },
    (request, reply) => {
      const { companyId } = requireAdmin(request);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-content-type-options': 'nosniff',
      });
      const send = () => raw.write(`event: orders\ndata: ${ordersJson(companyId)}\n\n`);
      send();
      const heartbeat = setInterval(() => raw.write(': ping\n\n'), 25_000);
      events.on(`orders:${companyId}`, send);
      streams.add(raw);
      request.raw.on('close', () => {
        streams.delete(raw);
        clearInterval(heartbeat);
        events.off(`orders:${companyId}`, send);
      });
    },
  );
};
