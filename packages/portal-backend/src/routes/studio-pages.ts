import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';

/** The built studio (`packages/studio/dist`): `index.html` and `assets/` with the scripts and chunks. */
export const STUDIO_DIR = resolve(import.meta.dirname, '../../../studio/dist');

/** The studio's pages: one HTML page, and the application shows the page of the path. */
export const STUDIO_PAGES = [
  '/redaktion/',
  '/redaktion/anmelden',
  '/redaktion/einladung',
  '/redaktion/neu',
  '/redaktion/auswertungen',
];

/**
 * Serves the editors' studio at `/redaktion/`: its page at each of its paths (an article's editor at
 * `/redaktion/artikel/:id/:lang`), and its scripts under `/redaktion/assets/`, hashed chunks cached for good,
 * the entry and the page revalidated. Same strict CSP as every page (plugins/security.ts): only own scripts
 * and style sheets, no inline code, no framing. Who may use it the studio API decides (editors only).
 */
const studioPages: FastifyPluginAsync<{ dir?: string }> = async (app, { dir = STUDIO_DIR }) => {
  const file = join(dir, 'index.html');
  if (!existsSync(file)) throw new Error(`The studio is not built (${dir}): run npm run build.`);
  const page = readFileSync(file, 'utf8');
  await app.register(fastifyStatic, {
    root: join(dir, 'assets'),
    prefix: '/redaktion/assets/',
    decorateReply: false,
    setHeaders: (reply, path) =>
      reply.header('cache-control', path.includes('/chunks/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  const send = { schema: { hide: true } };
  for (const url of [...STUDIO_PAGES, '/redaktion/artikel/:id/:lang']) {
    app.get(url, send, (_request, reply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page),
    );
  }
  app.get('/redaktion', send, (_request, reply) => reply.redirect('/redaktion/'));
};

export default studioPages;
