import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Demo portal pages: URL → HTML file in the demo folder. Each page declares its page key itself. */
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
  '/myportal/': 'myportal/index.html',
  '/myportal/anmeldung': 'myportal/anmeldung.html',
  '/myportal/passwort': 'myportal/passwort.html',
  '/myportal/endgeraete': 'myportal/endgeraete.html',
  '/myportal/downloads': 'myportal/downloads.html',
};

/**
 * Reads a demo page and puts in its shared parts (`<!--#include header-admin -->` from `partials/`),
 * once at start: each portal's header lives in one file, not in every page.
 */
function composePage(demoDir: string, file: string): string {
  return readFileSync(join(demoDir, file), 'utf8').replace(/<!--#include ([\w-]+) -->\n/g, (_match, name: string) =>
    readFileSync(join(demoDir, 'partials', `${name}.html`), 'utf8'),
  );
}

/** Serves the widget bundle (`/direkthilfe.js` and its chunks), the demo assets and the demo pages. */
const portalRoutes: FastifyPluginAsync = async (app) => {
  const { widgetsDir, demoDir } = app.config;
  await app.register(fastifyStatic, { root: widgetsDir, prefix: '/', wildcard: true, index: false, serve: true });
  await app.register(fastifyStatic, { root: `${demoDir}/assets`, prefix: '/demo/assets/', decorateReply: false });
  for (const [url, file] of Object.entries(DEMO_PAGES)) {
    const page = composePage(demoDir, file);
    app.get(url, { schema: { hide: true } }, (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
  }
  app.get('/admin', { schema: { hide: true } }, (_request, reply) => reply.redirect('/admin/'));
  app.get('/myportal', { schema: { hide: true } }, (_request, reply) => reply.redirect('/myportal/'));
};

export default portalRoutes;
