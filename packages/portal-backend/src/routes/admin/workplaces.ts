import type { FastifyPluginAsync } from 'fastify';
import { adminOf } from '../../context.js';
import { ApiError } from '../../errors.js';
import { CLIENTS, DESK_PHONES, deletableFrom, workplaceView } from '../../services/workplaces.js';
import { body, email, errorSchema, idParams, text, type IdParams } from '../../validation.js';

/** Device models and the company's workplaces. */
const workplaceRoutes: FastifyPluginAsync = async (app) => {
  const { store } = app;

  const workplace = async (companyId: number, id: string) => {
    const found = await store.workplaces.get(companyId, Number(id));
    if (!found) throw new ApiError(404, 'workplace_not_found');
    return workplaceView(found);
  };

  app.get(
    '/device-models',
    { schema: { tags: ['admin'], summary: 'Desk phones and clients that can be assigned' } },
    async () => ({ deskPhones: DESK_PHONES, clients: CLIENTS }),
  );

  app.get('/workplaces', { schema: { tags: ['admin'], summary: 'Workplaces of the company' } }, async (request) => ({
    workplaces: (await store.workplaces.list(adminOf(request).companyId)).map(workplaceView),
  }));

  app.get<{ Params: IdParams }>(
    '/workplaces/:id',
    { schema: { tags: ['admin'], summary: 'One workplace', params: idParams, response: { 404: errorSchema } } },
    async (request) => workplace(adminOf(request).companyId, request.params.id),
  );

  app.patch<{ Params: IdParams; Body: { name?: string; email?: string; groupId?: number } }>(
    '/workplaces/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Change the login data (name, e-mail); moving to another group is refused',
        params: idParams,
        body: body({ name: text(120), email, groupId: { type: 'integer' } }, []),
        response: { 404: errorSchema, 409: errorSchema },
      },
    },
    async (request) => {
      const { companyId } = adminOf(request);
      const current = await workplace(companyId, request.params.id);
      if (request.body.groupId !== undefined && request.body.groupId !== current.group.id)
        throw new ApiError(409, 'move_requires_recreate');
      await store.transaction((tx) =>
        tx.workplaces.update(current.id, { name: request.body.name?.trim(), email: request.body.email }),
      );
      return workplace(companyId, request.params.id);
    },
  );

  app.delete<{ Params: IdParams }>(
    '/workplaces/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Delete a workplace (only after the 30-day minimum term)',
        params: idParams,
        response: { 404: errorSchema, 409: errorSchema },
      },
    },
    async (request, reply) => {
      const { companyId } = adminOf(request);
      const current = await workplace(companyId, request.params.id);
      const possibleFrom = deletableFrom(current.activatedAt);
      if (possibleFrom > new Date().toISOString().slice(0, 10)) {
        const date = new Date(`${possibleFrom}T00:00:00Z`).toLocaleDateString(
          request.lang === 'en' ? 'en-GB' : 'de-DE',
          {
            timeZone: 'UTC',
          },
        );
        throw new ApiError(409, 'minimum_term', { date }, { deletableFrom: possibleFrom });
      }
      await store.transaction((tx) => tx.workplaces.delete(current.id));
      return reply.status(204).send();
    },
  );
};

export default workplaceRoutes;
