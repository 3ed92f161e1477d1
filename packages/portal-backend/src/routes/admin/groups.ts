import { schemaOf, type ApiPlugin } from '../../contract.js';
import { adminOf } from '../../context.js';
import { ApiError } from '../../errors.js';
import { UniqueViolation } from '../../store/errors.js';

const nameTaken = (error: unknown) =>
  error instanceof UniqueViolation ? new ApiError(409, 'group_name_taken', {}, { fields: { name: '' } }) : error;

/** Groups / locations of the company. */
const groupRoutes: ApiPlugin = async (app) => {
  const { store } = app;

  const groupOf = async (companyId: number, id: number) => {
    const group = await store.groups.get(companyId, id);
    if (!group) throw new ApiError(404, 'group_not_found');
    return group;
  };

  app.get('/', { schema: schemaOf('GET /api/admin/groups') }, async (request) => ({
    groups: await store.groups.list(adminOf(request).companyId),
  }));

  app.post(
    '/',
    {
      schema: schemaOf('POST /api/admin/groups'),
    },
    async (request, reply) => {
      const { companyId } = adminOf(request);
      const id = await store.groups
        .create(companyId, { name: request.body.name.trim(), address: request.body.address?.trim() || null })
        .catch((error) => Promise.reject(nameTaken(error)));
      return reply.status(201).send(await groupOf(companyId, id));
    },
  );

  app.patch(
    '/:id',
    {
      schema: schemaOf('PATCH /api/admin/groups/:id'),
    },
    async (request) => {
      const { companyId } = adminOf(request);
      const id = Number(request.params.id);
      const current = await groupOf(companyId, id);
      const { name, address, revision } = request.body;
      const saved = await store.groups
        .update(companyId, id, revision, { name: name?.trim(), address: address?.trim() })
        .catch((error) => Promise.reject(nameTaken(error)));
      if (!saved) throw new ApiError(409, 'stale_write', {}, { revision: current.revision });
      return groupOf(companyId, id);
    },
  );
};

export default groupRoutes;
