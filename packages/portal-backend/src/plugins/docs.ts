import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { cookieNames } from '../context.js';

/** The OpenAPI document of every route with its schemas, and its reader at /api/docs (demo, or API_DOCS=1). */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'Direkthilfe Portal-Backend',
          version: '0.1.0',
          description: 'Help API and the Cloud PBX demo portal API',
        },
        components: {
          securitySchemes: {
            session: { type: 'apiKey', in: 'cookie', name: cookieNames(app.config).session },
            csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
          },
        },
      },
    });
    // The document itself stays (the contract test reads it); its public reader only where wanted.
    if (app.config.apiDocs) await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  },
  { name: 'docs' },
);
