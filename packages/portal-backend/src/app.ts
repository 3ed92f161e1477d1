import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import type { ContentSources } from '@direkthilfe/content';
import { ContentLibrary } from './services/content-library.js';
import { importContent } from './services/content-import.js';
import { loadNewestRelease, type Release } from './services/content-release.js';
import { DEFAULT_SCRYPT_COST, PasswordHasher } from './auth/passwords.js';
import { HashPool } from './auth/hash-pool.js';
import { nodeId, openStore } from './store/kysely-store.js';
import security from './plugins/security.js';
import cors from './plugins/cors.js';
import compression from './plugins/compression.js';
import revalidation from './plugins/revalidation.js';
import session from './plugins/session.js';
import errors from './plugins/errors.js';
import body from './plugins/body.js';
import docs from './plugins/docs.js';
import rateLimit from './plugins/rate-limit.js';
import workers from './plugins/workers.js';
import contentWatch from './plugins/content-watch.js';
import healthRoutes from './plugins/health.js';
import helpRoutes from './routes/help.js';
import authRoutes from './routes/auth.js';
import meRoutes from './routes/me.js';
import adminRoutes from './routes/admin/index.js';
import cartRoutes from './routes/cart.js';
import orderRoutes from './routes/orders.js';
import { deviceRegistrationRoutes } from './routes/devices.js';
import onboardingRoutes from './routes/onboarding.js';
import reportRoutes from './routes/reports.js';
import devRoutes from './routes/dev.js';
import portalRoutes from './routes/portal.js';
import studioPages from './routes/studio-pages.js';
import studioRoutes, { imageRoutes, invitationRoutes } from './routes/studio.js';
import { seedDemo, type WelcomeLetter } from './services/seed.js';
import { AJV_OPTIONS } from './validation.js';

export { CONTENT_SECURITY_POLICY } from './plugins/security.js';

export interface AppOptions {
  config: Config;
  /** The starting content, imported when the database has none yet (`content/`). */
  content: { sources: ContentSources; prebuilt?: Release };
  /** Log level; tests pass 'silent'. */
  logLevel?: string;
  /** Where log lines go (standard output by default); a test reads them. */
  logStream?: { write(line: string): void };
  /** Lower scrypt cost for tests; production uses OWASP's. */
  scryptCost?: number;
  /** Whether to seed the demo company on an empty database (default: in demo mode). */
  seed?: boolean;
}

/** Builds the whole server: store, plugins, routes, background work. Nothing listens yet. */
export async function buildApp(
  options: AppOptions,
): Promise<{ app: FastifyInstance; welcomeLetter: WelcomeLetter | null }> {
  const { config } = options;
  const app = Fastify({
    logger: {
      level: options.logLevel ?? config.logLevel,
      // Session ids, CSRF tokens and cookies never reach the log; bodies (passwords) are not logged at all.
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
      // The path without its query: queries carry search words and the welcome link's token.
      serializers: {
        req: (request: { method: string; url: string; ip?: string }) => ({
          method: request.method,
          url: request.url.split('?')[0],
          remoteAddress: request.ip,
        }),
      },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    bodyLimit: 64 * 1024,
    // No connection may hang on for ever: a silent or slow client is closed (the order event stream sends a
    // heartbeat well within the idle time).
    connectionTimeout: config.timeouts.idleMs,
    keepAliveTimeout: config.timeouts.keepAliveMs,
    requestTimeout: config.timeouts.requestMs,
    ajv: AJV_OPTIONS,
    routerOptions: { ignoreTrailingSlash: false },
    ...(config.trustProxy ? { trustProxy: config.trustProxy.split(',').map((a) => a.trim()) } : {}),
  });
  app.server.headersTimeout = config.timeouts.headersMs;
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    poolSize: config.databasePoolSize,
    onError: (error) => app.log.error({ err: error }, 'database connection error'),
  });
  app.decorate('config', config);
  app.decorate('store', store);
  await importContent(store, options.content.sources, { onlyIfEmpty: true, prebuilt: options.content.prebuilt });
  const content = await ContentLibrary.open(
    store,
    (error) => app.log.error({ err: error }, 'content release failed to load'),
    await loadNewestRelease(store),
  );
  app.decorate('content', content);
  app.decorate('nodeId', nodeId());
  const hashPool = new HashPool({ threads: config.hashThreads, queue: config.hashQueue });
  app.decorate('passwords', new PasswordHasher(hashPool, options.scryptCost ?? DEFAULT_SCRYPT_COST));
  app.addHook('onClose', async () => {
    await content.close();
    await hashPool.close();
    await store.close();
  });

  await app.register(security);
  // Before `errors`: the preflight route it adds for every path is no route of the API's.
  await app.register(cors);
  await app.register(session);
  await app.register(errors);
  await app.register(body);
  // Revalidation hashes an answer before compression encodes it.
  await app.register(revalidation);
  await app.register(compression);
  await app.register(docs);
  await app.register(rateLimit);
  await app.register(healthRoutes, { prefix: '/health' });
  await app.register(helpRoutes, { prefix: '/api/help' });
  await app.register(authRoutes, { prefix: '/api/auth' });
  await app.register(meRoutes, { prefix: '/api/me' });
  await app.register(adminRoutes, { prefix: '/api/admin' });
  await app.register(cartRoutes, { prefix: '/api/cart' });
  await app.register(orderRoutes, { prefix: '/api/orders' });
  await app.register(deviceRegistrationRoutes, { prefix: '/api/devices' });
  await app.register(onboardingRoutes, { prefix: '/api/onboarding' });
  await app.register(studioRoutes, { prefix: '/api/studio' });
  await app.register(invitationRoutes, { prefix: '/api/studio' });
  await app.register(imageRoutes, { prefix: '/hilfe/bilder' });
  await app.register(reportRoutes, { prefix: '/api/studio/reports' });
  if (config.mode === 'demo') await app.register(devRoutes, { prefix: '/api/dev' });
  if (config.mode === 'demo') await app.register(contentWatch);
  await app.register(portalRoutes);
  await app.register(studioPages);
  await app.register(workers);

  const welcomeLetter = (options.seed ?? config.mode === 'demo') ? await seedDemo(app) : null;
  return { app, welcomeLetter };
}
