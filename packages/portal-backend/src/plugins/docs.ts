import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { cookieNames } from '../context.js';

/** Hash of the inline style that swagger-ui's bundle inserts (the same for each version of the bundle). */
const READER_STYLE = 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=';

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
    if (app.config.apiDocs)
      await app.register(swaggerUi, {
        routePrefix: '/api/docs',
        staticCSP: true,
        // The reader's bundle adds one <style> of its own, missing from the plugin's list: allowed by its hash.
        transformStaticCSP: (policy) => policy.replace('style-src ', `style-src '${READER_STYLE}' `),
      });
  },
  { name: 'docs' },
);
