import type { FastifyPluginAsync } from 'fastify';
import { requireUser, userOf } from '../context.js';
import { describeMe } from '../services/me.js';
import { errorSchema } from '../validation.js';
import { ownDeviceRoutes } from './devices.js';

/** The logged-in user (`/api/me`) and the own workplace's devices. */
const meRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/',
    {
      schema: { tags: ['auth'], summary: 'The logged-in user', response: { 401: errorSchema } },
      onRequest: requireUser({ allowRestricted: true }),
    },
    async (request) => describeMe(app.store, userOf(request)),
  );
  await app.register(ownDeviceRoutes, { prefix: '/devices' });
};

export default meRoutes;
