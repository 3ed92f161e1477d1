import { createHash } from 'node:crypto';
import fp from 'fastify-plugin';

const HELP_API = '/api/help/';

/**
 * The help API's reads carry an ETag and `Cache-Control: no-cache`: the browser keeps an answer and asks
 * again each time, and an unchanged one costs a 304 without a body. Routes that know their version set
 * the ETag themselves (the search index); for the others it is a hash of the answer. Runs before
 * compression, on the answer as serialised.
 */
export default fp(
  async (app) => {
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.method !== 'GET' || reply.statusCode !== 200 || !request.url.startsWith(HELP_API)) return payload;
      if (typeof payload !== 'string' || reply.hasHeader('etag')) return payload;
      const etag = `W/"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
      reply.header('etag', etag);
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-cache');
      const known = request.headers['if-none-match']?.split(',').map((tag) => tag.trim());
      if (!known?.includes(etag)) return payload;
      // No body, and so no Content-Length: a 304 keeps the stored answer's.
      reply.code(304);
      return null;
    });
  },
  { name: 'revalidation' },
);
