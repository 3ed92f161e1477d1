import type { FastifyPluginAsync } from 'fastify';
import { requireUser, userOf } from '../context.js';
import { ApiError } from '../errors.js';
import { deviceLabel } from '../services/workplaces.js';
import { body, errorSchema, idParams, text, type IdParams } from '../validation.js';

type RegistrationStatus = 'unregistered' | 'registered' | 'double_registered';

const statusOf = (registrations: number): RegistrationStatus =>
  registrations === 0 ? 'unregistered' : registrations === 1 ? 'registered' : 'double_registered';

/** The own workplace's devices with their first-login data (`/api/me/devices`). */
export const ownDeviceRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', requireUser());
  app.get<{ Querystring: { view?: 'expert' } }>(
    '/',
    {
      schema: {
        tags: ['devices'],
        summary: 'The devices of the own workplace with first-login data; ?view=expert adds the registration status',
        querystring: { type: 'object', properties: { view: { type: 'string', enum: ['expert'] } } },
      },
    },
    async (request) => {
      const user = userOf(request);
      if (!user.workplaceId) throw new ApiError(404, 'no_workplace');
      const expert = request.query.view === 'expert';
      return {
        devices: (await app.store.devices.listWithLogin(user.workplaceId)).map((d) => ({
          id: d.id,
          kind: d.kind,
          model: d.model,
          label: deviceLabel(d.kind, d.model),
          // Desk phones have their own first-login data; clients use the MyPortal credentials.
          firstLogin: d.kind === 'desk-phone' ? { loginName: d.loginName, secret: d.loginSecret } : null,
          ...(expert ? { status: statusOf(d.registrations), registrations: d.registrations } : {}),
        })),
      };
    },
  );
};

/** Simulated registrations of phones and clients (a double login included): `/api/devices`. */
export const deviceRegistrationRoutes: FastifyPluginAsync = async (app) => {
  const { store } = app;
  app.addHook('onRequest', requireUser());

  const ownDevice = async (workplaceId: number | null, id: string) => {
    const device = workplaceId
      ? (await store.devices.listWithLogin(workplaceId)).find((d) => d.id === Number(id))
      : undefined;
    if (!device) throw new ApiError(404, 'device_not_found');
    return device;
  };

  app.post<{ Params: IdParams; Body: { endpoint: string } }>(
    '/:id/registrations',
    {
      schema: {
        tags: ['devices'],
        summary: 'Simulate a phone or client registering; a second endpoint at once is a double login',
        params: idParams,
        body: body({ endpoint: text(80) }),
        response: { 404: errorSchema },
      },
    },
    async (request, reply) => {
      const { workplaceId } = userOf(request);
      const device = await ownDevice(workplaceId, request.params.id);
      await store.devices.register(device.id, request.body.endpoint);
      const { registrations } = await ownDevice(workplaceId, request.params.id);
      return reply.status(201).send({ id: device.id, status: statusOf(registrations), registrations });
    },
  );

  app.delete<{ Params: IdParams }>(
    '/:id/registrations',
    {
      schema: {
        tags: ['devices'],
        summary: 'Log the device out everywhere',
        params: idParams,
        response: { 404: errorSchema },
      },
    },
    async (request, reply) => {
      const device = await ownDevice(userOf(request).workplaceId, request.params.id);
      await store.devices.unregisterAll(device.id);
      return reply.status(204).send();
    },
  );
};
