import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import { ApiError } from '../errors.js';
import { cookieNames } from '../context.js';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Security headers, cookies and CSRF: a state-changing API request must come from this origin with the token. */
export default fp(
  async (app) => {
    const { config } = app;
    await app.register(cookie);
    await app.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      crossOriginEmbedderPolicy: false,
      hsts: config.secureCookies,
    });
    // The secret lives in a cookie of its own, so any node can check the token.
    await app.register(csrf, {
      cookieKey: cookieNames(config).csrf,
      cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: config.secureCookies, signed: false },
      getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
    });
    const ownOrigin = new URL(config.publicUrl).origin;
    // `*` opens the help's reads to any origin (plugins/cors.ts); writes need an origin named here.
    const embedders = new Set(config.allowedOrigins.filter((origin) => origin !== '*'));
    app.addHook('preHandler', (request, reply, done) => {
      if (!STATE_CHANGING.has(request.method) || !request.url.startsWith('/api/')) return done();
      const origin = request.headers.origin;
      const sameOrigin =
        request.headers['sec-fetch-site'] === 'same-origin' ||
        (origin !== undefined && [`${request.protocol}://${request.headers.host}`, ownOrigin].includes(origin));
      // The one exception to CSRF: the help panel's anonymous writes (feedback), which read no session and
      // change nothing of an account, so a forged one gains nothing a direct one could not. They come from
      // this origin or one in ALLOWED_ORIGINS, without cookies (CORS never allows credentials), and each
      // route has a rate limit of its own.
      if (request.routeOptions.config.anonymousWrite) {
        const allowed = sameOrigin || (origin !== undefined && embedders.has(origin));
        return done(allowed ? undefined : new ApiError(403, 'origin_not_allowed'));
      }
      if (!sameOrigin) return done(new ApiError(403, 'csrf'));
      app.csrfProtection(request, reply, done);
    });
    app.get(
      '/api/csrf-token',
      { schema: { tags: ['security'], summary: 'A CSRF token for the X-CSRF-Token header' } },
      async (_request, reply) => ({ token: reply.generateCsrf() }),
    );
  },
  { name: 'security' },
);
