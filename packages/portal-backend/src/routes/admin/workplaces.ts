import { schemaOf, type ApiPlugin } from '../../contract.js';
import { adminOf } from '../../context.js';
import { ApiError } from '../../errors.js';
import { newWelcomeToken, queueActivationMail } from '../../services/activation-mail.js';
import { CLIENTS, DESK_PHONES, deletableFrom, workplaceView } from '../../services/workplaces.js';

/** Device models and the company's workplaces. */
const workplaceRoutes: ApiPlugin = async (app) => {
  const { store } = app;

  const workplace = async (companyId: number, id: string) => {
    const found = await store.workplaces.get(companyId, Number(id));
    if (!found) throw new ApiError(404, 'workplace_not_found');
    return workplaceView(found);
  };

  app.get('/device-models', { schema: schemaOf('GET /api/admin/device-models') }, async () => ({
    deskPhones: DESK_PHONES,
    clients: [...CLIENTS],
  }));

  app.get('/workplaces', { schema: schemaOf('GET /api/admin/workplaces') }, async (request) => ({
    workplaces: (await store.workplaces.list(adminOf(request).companyId)).map(workplaceView),
  }));

  app.get('/workplaces/:id', { schema: schemaOf('GET /api/admin/workplaces/:id') }, async (request) =>
    workplace(adminOf(request).companyId, request.params.id),
  );

  app.patch(
    '/workplaces/:id',
    {
      schema: schemaOf('PATCH /api/admin/workplaces/:id'),
    },
    async (request) => {
      const { companyId } = adminOf(request);
      const current = await workplace(companyId, request.params.id);
      if (request.body.groupId !== undefined && request.body.groupId !== current.group.id)
        throw new ApiError(409, 'move_requires_recreate');
      const { name, email, revision } = request.body;
      const saved = await store.transaction((tx) =>
        tx.workplaces.update(current.id, revision, { name: name?.trim(), email }),
      );
      if (!saved) throw new ApiError(409, 'stale_write', {}, { revision: current.revision });
      return workplace(companyId, request.params.id);
    },
  );

  app.post(
    '/workplaces/:id/activation-mail',
    {
      schema: schemaOf('POST /api/admin/workplaces/:id/activation-mail'),
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const current = await workplace(adminOf(request).companyId, request.params.id);
      const user = current.username ? await store.users.byName(current.username, 'user') : undefined;
      if (!user) throw new ApiError(404, 'workplace_not_found');
      // After the first login the link has done its job: the user signs in with the own password.
      if (user.passwordChangedAt) throw new ApiError(409, 'first_login_done');
      const welcome = newWelcomeToken();
      await store.transaction(async (tx) => {
        await tx.users.setWelcomeToken(user.id, welcome.hash);
        await queueActivationMail(tx, {
          key: `activation:resend-${user.id}-${welcome.hash}`,
          to: current.email,
          username: user.username,
          name: current.name,
          token: welcome.token,
          publicUrl: app.config.publicUrl,
        });
      });
      return reply.status(202).send({ sentTo: current.email });
    },
  );

  app.delete(
    '/workplaces/:id',
    {
      schema: schemaOf('DELETE /api/admin/workplaces/:id'),
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
      return reply.status(204).send(null);
    },
  );
};

export default workplaceRoutes;
