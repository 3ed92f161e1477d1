import { schemaOf, type ApiPlugin } from '../contract.js';
import { requireUser, userOf } from '../context.js';
import { describeMe } from '../services/me.js';
import { ownDeviceRoutes } from './devices.js';

/** The logged-in user (`/api/me`) and the own workplace's devices. */
const meRoutes: ApiPlugin = async (app) => {
  app.get(
    '/',
    {
      schema: schemaOf('GET /api/me'),
      onRequest: requireUser({ allowRestricted: true }),
    },
    async (request) => describeMe(app.store, userOf(request)),
  );
  await app.register(ownDeviceRoutes, { prefix: '/devices' });
};

export default meRoutes;
