import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';
import { WIDGET_CHUNKS } from '../widget-files.js';

/** Demo portal pages: URL → page built by @direkthilfe/demo-portal (`dist/pages/`), each in the one layout. */
export const DEMO_PAGES: Record<string, string> = {
  '/': 'index.html',
  '/demo/postfach': 'postfach.html',
  '/demo/isolation': 'isolation.html',
  '/admin/': 'admin/index.html',
  '/admin/gruppen': 'admin/gruppen.html',
  '/admin/arbeitsplaetze': 'admin/arbeitsplaetze.html',
  '/admin/arbeitsplaetze/neu': 'admin/arbeitsplatz-neu.html',
  '/admin/arbeitsplaetze/:id': 'admin/arbeitsplatz.html',
  '/admin/warenkorb': 'admin/warenkorb.html',
  '/admin/auftraege': 'admin/auftraege.html',
  '/admin/passwort': 'admin/passwort.html',
  '/myportal/': 'myportal/index.html',
  '/myportal/anmeldung': 'myportal/anmeldung.html',
  '/myportal/passwort': 'myportal/passwort.html',
  '/myportal/endgeraete': 'myportal/endgeraete.html',
  '/myportal/downloads': 'myportal/downloads.html',
};

/** Markup only the demo has (its mailbox and the note about it): left out of the pages in production. */
const DEMO_ONLY = /<(\w+)\b[^>]*\sdata-demo-only\b[^>]*>[\s\S]*?<\/\1>\s*/g;

/** Pages only the demo has: the mailbox shows the mails the demo does not send. */
const DEMO_ONLY_PAGES = new Set(['/demo/postfach']);

/** A name with a content hash (`dh-article-RGYgqk1g.js`) always means the same bytes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Names without a hash: the browser keeps the file and asks each time whether it changed (ETag). */
const REVALIDATE = 'no-cache';

/**
 * Serves the widget bundle (`/direkthilfe.js` and its chunks), the demo assets and the demo pages (in
 * production without the demo's mailbox). The widget files as built: Brotli or gzip from the `.br` and
 * `.gz` files beside them, hashed chunks cached for good, the entry revalidated; any origin may load them
 * where CORS allows it (plugins/cors.ts).
 */
const portalRoutes: FastifyPluginAsync = async (app) => {
  const { widgetsDir, demoDir, mode } = app.config;
  if (!existsSync(join(demoDir, 'pages')))
    throw new Error(`The demo portal is not built (${demoDir}): run npm run build.`);
  const widgetsRoot = resolve(widgetsDir);
  await app.register(fastifyStatic, {
    root: widgetsRoot,
    prefix: '/',
    wildcard: true,
    index: false,
    serve: true,
    preCompressed: true,
    setHeaders: (reply, path) => {
      const chunk = `/${relative(widgetsRoot, path)}`.startsWith(WIDGET_CHUNKS);
      reply.header('cache-control', chunk ? IMMUTABLE : REVALIDATE);
      reply.header('cross-origin-resource-policy', 'cross-origin');
    },
  });
  await app.register(fastifyStatic, {
    root: `${demoDir}/assets`,
    prefix: '/demo/assets/',
    decorateReply: false,
    setHeaders: (reply, path) => reply.header('cache-control', path.includes('/chunks/') ? IMMUTABLE : REVALIDATE),
  });
  for (const [url, file] of Object.entries(DEMO_PAGES)) {
    if (mode === 'production' && DEMO_ONLY_PAGES.has(url)) continue;
    const html = readFileSync(join(demoDir, 'pages', file), 'utf8');
    const page = mode === 'production' ? html.replace(DEMO_ONLY, '') : html;
    app.get(url, { schema: { hide: true } }, (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
  }
  app.get('/admin', { schema: { hide: true } }, (_request, reply) => reply.redirect('/admin/'));
  app.get('/myportal', { schema: { hide: true } }, (_request, reply) => reply.redirect('/myportal/'));
};

export default portalRoutes;
