import { schemaOf, type ApiPlugin } from '../contract.js';
import { requireUser, userOf } from '../context.js';
import { ApiError } from '../errors.js';
import { deviceLabel } from '../services/workplaces.js';

type RegistrationStatus = 'unregistered' | 'registered' | 'double_registered';

const statusOf = (registrations: number): RegistrationStatus =>
  registrations === 0 ? 'unregistered' : registrations === 1 ? 'registered' : 'double_registered';

/** The own workplace's devices with their first-login data (`/api/me/devices`). */
export const ownDeviceRoutes: ApiPlugin = async (app) => {
  app.addHook('onRequest', requireUser());
  app.get(
    '/',
    {
      schema: schemaOf('GET /api/me/devices'),
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
          firstLogin: d.kind === 'desk-phone' ? { loginName: d.loginName ?? '', secret: d.loginSecret ?? '' } : null,
          ...(expert ? { status: statusOf(d.registrations), registrations: d.registrations } : {}),
        })),
      };
    },
  );
};

/** Simulated registrations of phones and clients (a double login included): `/api/devices`. */
export const deviceRegistrationRoutes: ApiPlugin = async (app) => {
  const { store } = app;
  app.addHook('onRequest', requireUser());

  const ownDevice = async (workplaceId: number | null, id: string) => {
    const device = workplaceId
      ? (await store.devices.listWithLogin(workplaceId)).find((d) => d.id === Number(id))
      : undefined;
    if (!device) throw new ApiError(404, 'device_not_found');
    return device;
  };

  app.post(
    '/:id/registrations',
    {
      schema: schemaOf('POST /api/devices/:id/registrations'),
    },
    async (request, reply) => {
      const { workplaceId } = userOf(request);
      const device = await ownDevice(workplaceId, request.params.id);
      await store.devices.register(device.id, request.body.endpoint);
      const { registrations } = await ownDevice(workplaceId, request.params.id);
      return reply.status(201).send({ id: device.id, status: statusOf(registrations), registrations });
    },
  );

  app.delete(
    '/:id/registrations',
    {
      schema: schemaOf('DELETE /api/devices/:id/registrations'),
    },
    async (request, reply) => {
      const device = await ownDevice(userOf(request).workplaceId, request.params.id);
      await store.devices.unregisterAll(device.id);
      return reply.status(204).send(null);
    },
  );
};
