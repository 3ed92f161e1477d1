import type { FastifyPluginAsync } from 'fastify';
import { adminOf } from '../../context.js';
import { ApiError } from '../../errors.js';
import { UniqueViolation } from '../../store/errors.js';
import { body, errorSchema, idParams, text, type IdParams } from '../../validation.js';

const nameTaken = (error: unknown) =>
  error instanceof UniqueViolation ? new ApiError(409, 'group_name_taken', {}, { fields: { name: '' } }) : error;

/** Groups / locations of the company. */
const groupRoutes: FastifyPluginAsync = async (app) => {
  const { store } = app;

  app.get('/', { schema: { tags: ['admin'], summary: 'Groups / locations of the company' } }, async (request) => ({
    groups: await store.groups.list(adminOf(request).companyId),
  }));

  app.post<{ Body: { name: string; address?: string } }>(
    '/',
    {
      schema: {
        tags: ['admin'],
        summary: 'Create a group / location',
        body: body({ name: text(80), address: text(200, 0) }, ['name']),
        response: { 409: errorSchema },
      },
    },
    async (request, reply) => {
      const { companyId } = adminOf(request);
      const id = await store.groups
        .create(companyId, { name: request.body.name.trim(), address: request.body.address?.trim() || null })
        .catch((error) => Promise.reject(nameTaken(error)));
      return reply.status(201).send(await store.groups.get(companyId, id));
    },
  );

  app.patch<{ Params: IdParams; Body: { name?: string; address?: string } }>(
    '/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Rename a group / location',
        params: idParams,
        body: body({ name: text(80), address: text(200, 0) }, []),
        response: { 404: errorSchema, 409: errorSchema },
      },
    },
    async (request) => {
      const { companyId } = adminOf(request);
      const id = Number(request.params.id);
      if (!(await store.groups.get(companyId, id))) throw new ApiError(404, 'group_not_found');
      await store.groups
        .update(companyId, id, { name: request.body.name?.trim(), address: request.body.address?.trim() })
        .catch((error) => Promise.reject(nameTaken(error)));
      return store.groups.get(companyId, id);
    },
  );
};

export default groupRoutes;
