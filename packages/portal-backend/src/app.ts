import { EventEmitter } from 'node:events';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Config } from './config.js';
import { SESSION_COOKIE, type AppContext } from './context.js';
import { openDatabase, type Db } from './db/database.js';
import { ApiError } from './errors.js';
import { Mailer } from './mail/mailer.js';
import { languageOf, message } from './messages.js';
import { SessionStore } from './auth/sessions.js';
import { DEFAULT_SCRYPT_COST } from './auth/passwords.js';
import { fieldErrors } from './validation.js';
import type { HelpContent } from './services/help-content.js';
import { OrderWorker } from './services/order-worker.js';
import { seedDemo } from './services/seed.js';
import { helpRoutes } from './routes/help.js';
import { authRoutes } from './routes/auth.js';
import { adminRoutes } from './routes/admin.js';
import { cartRoutes } from './routes/cart.js';
import { deviceRoutes } from './routes/devices.js';
import { onboardingRoutes } from './routes/onboarding.js';
import { devRoutes } from './routes/dev.js';
import { portalRoutes } from './routes/portal.js';

export interface AppOptions {
  config: Config;
  help: HelpContent;
  /** Log level; tests pass 'silent'. */
  logLevel?: string;
  /** Lower scrypt cost for tests; production uses OWASP's. */
  scryptCost?: number;
  /** Whether to seed the demo company on an empty database (default: in demo mode). */
  seed?: boolean;
  /** Print the seeded welcome letter on the console (the demo's `npm start`). */
  printWelcomeLetter?: boolean;
}

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

/** Builds the whole server: plugins, security, error format, routes, worker. Nothing listens yet. */
export async function buildApp(options: AppOptions): Promise<{ app: FastifyInstance; context: AppContext; db: Db }> {
  const { config } = options;
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      // Session ids, CSRF tokens and cookies never reach the log; bodies (passwords) are not logged at all.
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    bodyLimit: 64 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true } },
    routerOptions: { ignoreTrailingSlash: false },
  });
  const db = openDatabase(config.databaseFile);
  const context: AppContext = {
    config,
    db,
    sessions: new SessionStore(db, { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs }),
    mailer: new Mailer(db, { smtpUrl: config.smtpUrl }),
    help: options.help,
    events: new EventEmitter().setMaxListeners(0),
    scryptCost: options.scryptCost ?? DEFAULT_SCRYPT_COST,
  };

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    crossOriginEmbedderPolicy: false,
    hsts: config.secureCookies,
  });
  await app.register(csrf, {
    cookieKey: 'dh_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: config.secureCookies, signed: false },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Direkthilfe Portal-Backend',
        version: '0.1.0',
        description: 'Help API and the Cloud PBX demo portal API',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  // A route per method, so that a known address with the wrong method answers 405, not 404.
  const knownRoutes: { method: string; pattern: RegExp }[] = [];
  app.addHook('onRoute', (route) => {
    const pattern = new RegExp(
      `^${route.url
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/:[^/]+/g, '[^/]+')
        .replace(/\*/g, '.*')}$`,
    );
    for (const method of [route.method].flat()) knownRoutes.push({ method, pattern });
  });

  app.addHook('onRequest', async (request) => {
    request.user = context.sessions.get(request.cookies[SESSION_COOKIE]);
  });

  // CSRF: a state-changing API request must come from this origin and carry the token.
  app.addHook('preHandler', (request, reply, done) => {
    if (!STATE_CHANGING.has(request.method) || !request.url.startsWith('/api/')) return done();
    const origin = request.headers.origin;
    const ownOrigins = [`${request.protocol}://${request.headers.host}`, new URL(config.publicUrl).origin];
    const sameOrigin =
      request.headers['sec-fetch-site'] === 'same-origin' || (origin !== undefined && ownOrigins.includes(origin));
    if (!sameOrigin) return done(new ApiError(403, 'csrf'));
    app.csrfProtection(request, reply, done);
  });

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    const lang = languageOf(request.headers['accept-language']);
    if (error instanceof ApiError) {
      const text = message(lang, error.code, error.params);
      const extra = { ...error.extra };
      // A field named without its own text gets the error's message.
      if (extra.fields) {
        extra.fields = Object.fromEntries(Object.entries(extra.fields).map(([field, value]) => [field, value || text]));
      }
      return reply.status(error.status).send({ code: error.code, message: text, ...extra });
    }
    if (error.validation) {
      return reply.status(400).send({
        code: 'validation',
        message: message(lang, 'validation'),
        fields: fieldErrors(error.validation, lang),
      });
    }
    const byCode: Record<string, [number, Parameters<typeof message>[1]]> = {
      FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json'],
      FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json'],
      FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
      FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large'],
      FST_CSRF_INVALID_TOKEN: [403, 'csrf'],
      FST_CSRF_MISSING_SECRET: [403, 'csrf'],
    };
    const known = byCode[error.code] ?? (error.statusCode === 429 ? [429, 'rate_limited'] : undefined);
    if (known) {
      const seconds = Number(reply.getHeader('retry-after') ?? 60);
      return reply.status(known[0]).send({ code: known[1], message: message(lang, known[1], { seconds }) });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ code: 'validation', message: message(lang, 'validation') });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'internal', message: message(lang, 'internal') });
  });

  app.setNotFoundHandler((request, reply) => {
    const lang = languageOf(request.headers['accept-language']);
    const path = request.url.split('?')[0];
    const allowed = [...new Set(knownRoutes.filter((r) => r.pattern.test(path)).map((r) => r.method))];
    if (allowed.length && !allowed.includes(request.method)) {
      return reply
        .status(405)
        .header('allow', allowed.join(', '))
        .send({ code: 'method_not_allowed', message: message(lang, 'method_not_allowed') });
    }
    return reply.status(404).send({ code: 'not_found', message: message(lang, 'not_found') });
  });

  app.get(
    '/api/csrf-token',
    { schema: { tags: ['security'], summary: 'A CSRF token for the X-CSRF-Token header' } },
    async (_request, reply) => ({
      token: reply.generateCsrf(),
    }),
  );

  await app.register(helpRoutes(context));
  await app.register(authRoutes(context));
  await app.register(adminRoutes(context));
  await app.register(cartRoutes(context));
  await app.register(deviceRoutes(context));
  await app.register(onboardingRoutes(context));
  if (config.mode === 'demo') await app.register(devRoutes(context));
  await app.register(portalRoutes(context));

  if (options.seed ?? config.mode === 'demo') await seedDemo(context, app.log, options.printWelcomeLetter ?? false);

  const worker = new OrderWorker(context, app.log);
  const sweeper = setInterval(() => context.sessions.sweep(), 60_000).unref();
  app.addHook('onReady', async () => worker.start(config.workerIntervalMs));
  app.addHook('onClose', async () => {
    worker.stop();
    clearInterval(sweeper);
    context.mailer.close();
    db.close();
  });
  return { app, context, db };
}
