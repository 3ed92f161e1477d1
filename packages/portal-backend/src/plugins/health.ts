import type { FastifyPluginAsync } from 'fastify';

/** For the load balancer: `/health/live` answers while the process runs, `/health/ready` while its database does. */
const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get('/live', { schema: { tags: ['health'], summary: 'The process is running' } }, async () => ({
    status: 'ok',
  }));
  app.get(
    '/ready',
    { schema: { tags: ['health'], summary: 'The node can serve: its database answers' } },
    async (request, reply) => {
      try {
        await app.store.ping();
        return { status: 'ok', node: app.nodeId };
      } catch (error) {
        request.log.error({ err: error }, 'database unavailable');
        return reply.status(503).send({ status: 'unavailable', node: app.nodeId });
      }
    },
  );
};

export default healthRoutes;
