// The browser tests talk to the real portal backend: every /api/ request of a test page goes, through
// fastify's inject(), to the built app on its own temporary SQLite file, with the real published content.
// No port and no fake: the same routes, validation, sessions and CSRF checks as in production. The content
// comes from content/ into the empty database, as at the first start.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BACKEND = new URL('../packages/portal-backend/dist/index.js', import.meta.url);

/** Headers a browser request brings that the backend looks at. */
const FORWARDED = [
  'accept',
  'accept-language',
  'content-type',
  'cookie',
  'host',
  'idempotency-key',
  'if-none-match',
  'origin',
  'sec-fetch-site',
  'x-csrf-token',
];

const readBody = async (req) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? Buffer.concat(chunks) : undefined;
};

export async function portalApiMiddleware() {
  if (!existsSync(BACKEND)) {
    throw new Error('The portal API for the browser tests needs the build: run npm run build first.');
  }
  const { buildApp, configFromEnv, loadSources } = await import(BACKEND.href);
  const dataDir = mkdtempSync(join(tmpdir(), 'dh-wtr-'));
  const config = { ...configFromEnv({ DATA_DIR: dataDir }), workerIntervalMs: 50, mailIntervalMs: 50 };
  const content = { sources: loadSources('content') };
  const { app } = await buildApp({ config, content, logLevel: 'silent', scryptCost: 2 ** 12 });
  await app.ready();
  process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));

  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/')) return next();
    // A stream never ends under inject(); the wizard falls back to loading the orders once.
    if (ctx.path === '/api/orders/events') {
      ctx.status = 204;
      return undefined;
    }
    const headers = Object.fromEntries(FORWARDED.filter((h) => ctx.get(h)).map((h) => [h, ctx.get(h)]));
    const response = await app.inject({ method: ctx.method, url: ctx.url, headers, payload: await readBody(ctx.req) });
    ctx.status = response.statusCode;
    for (const [name, value] of Object.entries(response.headers)) {
      if (['content-length', 'connection', 'transfer-encoding'].includes(name)) continue;
      ctx.set(name, value);
    }
    ctx.body = response.rawPayload;
    return undefined;
  };
}
