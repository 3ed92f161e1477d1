import type { FastifyInstance } from 'fastify';
import { requireUser, type AppContext } from '../context.js';
import { now } from '../db/database.js';
import { ApiError } from '../errors.js';
import { deviceLabel } from '../services/workplaces.js';
import { body, errorSchema, text } from '../validation.js';

type Status = 'unregistered' | 'registered' | 'double_registered';

const statusOf = (registrations: number): Status =>
  registrations === 0 ? 'unregistered' : registrations === 1 ? 'registered' : 'double_registered';

/** The user's devices with their first-login data, and simulated registrations (double login included). */
export const deviceRoutes = (context: AppContext) => async (app: FastifyInstance) => {
  const { db } = context;

  const devicesOf = (workplaceId: number) =>
    db
      .prepare(
        `SELECT d.id, d.kind, d.model, d.login_name, d.login_secret, (SELECT COUNT(*) FROM device_registrations r WHERE r.device_id = d.id) AS registrations
         FROM devices d WHERE d.workplace_id = ? ORDER BY d.id`,
      )
      .all(workplaceId) as {
      id: number;
      kind: string;
      model: string | null;
      login_name: string | null;
      login_secret: string | null;
      registrations: number;
    }[];

  const ownDevice = (workplaceId: number | null, id: string) => {
    const device = workplaceId ? devicesOf(workplaceId).find((d) => d.id === Number(id)) : undefined;
    if (!device) throw new ApiError(404, 'device_not_found');
    return device;
  };

  app.get<{ Querystring: { view?: 'expert' } }>(
    '/api/me/devices',
    {
      schema: {
        tags: ['devices'],
        summary: 'The devices of the own workplace with first-login data; ?view=expert adds the registration status',
        querystring: { type: 'object', properties: { view: { type: 'string', enum: ['expert'] } } },
      },
    },
    async (request) => {
      const user = requireUser(request);
      if (!user.workplaceId) throw new ApiError(404, 'no_workplace');
      const expert = request.query.view === 'expert';
      return {
        devices: devicesOf(user.workplaceId).map((d) => ({
          id: d.id,
          kind: d.kind,
          model: d.model,
          label: deviceLabel(d.kind, d.model),
          // Desk phones have their own first-login data; clients use the MyPortal credentials.
          firstLogin: d.kind === 'desk-phone' ? { loginName: d.login_name, secret: d.login_secret } : null,
          ...(expert ? { status: statusOf(d.registrations), registrations: d.registrations } : {}),
        })),
      };
    },
  );

  app.post<{ Params: { id: string }; Body: { endpoint: string } }>(
    '/api/devices/:id/registrations',
    {
      schema: {
        tags: ['devices'],
        summary: 'Simulate a phone or client registering; a second endpoint at once is a double login',
        body: body({ endpoint: text(80) }),
        response: { 404: errorSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const device = ownDevice(user.workplaceId, request.params.id);
      db.prepare(
        'INSERT OR IGNORE INTO device_registrations (device_id, endpoint, registered_at) VALUES (?, ?, ?)',
      ).run(device.id, request.body.endpoint, now());
      const registrations = ownDevice(user.workplaceId, request.params.id).registrations;
      return reply.status(201).send({ id: device.id, status: statusOf(registrations), registrations });
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/devices/:id/registrations',
    { schema: { tags: ['devices'], summary: 'Log the device out everywhere', response: { 404: errorSchema } } },
    async (request, reply) => {
      const user = requireUser(request);
      const device = ownDevice(user.workplaceId, request.params.id);
      db.prepare('DELETE FROM device_registrations WHERE device_id = ?').run(device.id);
      return reply.status(204).send();
    },
  );
};
