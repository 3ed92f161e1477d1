import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { OrderList } from '@direkthilfe/core/api/orders';
import { preSerialized, schemaOf, type ApiPlugin } from '../contract.js';
import { adminOf, requireAdmin, sessionToken } from '../context.js';
import { sessionEnded, userSessionsEnded } from '../auth/sessions.js';
import { orderView } from '../services/orders.js';

/** Orders and their live status ("Kontingente & Auftragsstatus"): polling with ETag, or Server-Sent Events. */
const orderRoutes: ApiPlugin = async (app) => {
  const { store } = app;
  app.addHook('onRequest', requireAdmin());

  const ordersJson = async (companyId: number) =>
    JSON.stringify({ orders: (await store.orders.list(companyId)).map(orderView) });
  const etagOf = (json: string) => `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;

  app.get(
    '/',
    {
      schema: schemaOf('GET /api/orders'),
    },
    async (request, reply) => {
      const json = await ordersJson(adminOf(request).companyId);
      const etag = etagOf(json);
      reply.header('etag', etag).header('cache-control', 'no-cache').type('application/json');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send(null);
      return reply.send(preSerialized<OrderList>(json));
    },
  );

  const streams = new Set<ServerResponse>();
  // Before the server stops taking connections: an open stream would keep close() waiting for ever.
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.end();
  });

  app.get('/events', { schema: schemaOf('GET /api/orders/events') }, async (request, reply) => {
    const admin = adminOf(request);
    const { companyId } = admin;
    const first = await ordersJson(companyId);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
    });
    const write = (json: string) => raw.write(`event: orders\ndata: ${json}\n\n`);
    write(first);
    // Changes come in bursts; one read at a time, and one more if something changed meanwhile.
    let reading: Promise<void> | undefined;
    let again = false;
    const send = () => {
      if (reading) {
        again = true;
        return;
      }
      reading = ordersJson(companyId)
        .then(
          (json) => void write(json),
          (error) => request.log.error({ err: error }, 'order events read failed'),
        )
        .finally(() => {
          reading = undefined;
          if (again) {
            again = false;
            send();
          }
        });
    };
    const close = () => raw.end();
    // A stream lives no longer than its session: logout or a password change (on any node) ends it, and
    // the heartbeat notices a session that timed out.
    const heartbeat = setInterval(() => {
      app.sessions.get(sessionToken(request)).then(
        (session) => (session ? raw.write(': ping\n\n') : close()),
        (error) => request.log.error({ err: error }, 'order events session check failed'),
      );
    }, 25_000);
    const unsubscribe = [
      store.events.subscribe(`orders:${companyId}`, send),
      store.events.subscribe(sessionEnded(admin.sessionHash), close),
      store.events.subscribe(userSessionsEnded(admin.userId), close),
    ];
    streams.add(raw);
    request.raw.on('close', () => {
      streams.delete(raw);
      clearInterval(heartbeat);
      for (const stop of unsubscribe) stop();
    });
  });
};

export default orderRoutes;
