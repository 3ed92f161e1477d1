// Serves the read-only help API to the browser tests from the real published content, through the
// backend's own HelpContent: the panel's component tests get real answers without the whole server.
import { existsSync } from 'node:fs';

const CONTENT = 'packages/content/dist';
const BACKEND = new URL('../packages/portal-backend/dist/index.js', import.meta.url);

export async function helpApiMiddleware() {
  if (!existsSync(CONTENT) || !existsSync(BACKEND)) {
    throw new Error('The help API for the browser tests needs the build: run npm run build first.');
  }
  const { HelpContent } = await import(BACKEND.href);
  const help = HelpContent.fromDirectory(CONTENT, 'content/portal-map.json');
  const json = (ctx, status, body) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(body);
  };
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/')) return next();
    const lang = ctx.query.lang === 'en' ? 'en' : 'de';
    const role = ctx.query.role;
    const path = decodeURIComponent(ctx.path);
    if (path.startsWith('/api/help/context/')) {
      const topic = help.context(lang, path.slice('/api/help/context/'.length), role);
      return topic
        ? json(ctx, 200, topic)
        : json(ctx, 404, { code: 'unknown_page', message: 'Für diese Seite gibt es keine Hilfe.' });
    }
    if (path.startsWith('/api/help/articles/')) {
      const article = help.article(lang, path.slice('/api/help/articles/'.length));
      return article
        ? json(ctx, 200, article)
        : json(ctx, 404, { code: 'article_not_found', message: 'Diesen Hilfeartikel gibt es nicht.' });
    }
    if (path === '/api/help/index') return json(ctx, 200, JSON.parse(help.index(lang, role).json));
    if (path === '/api/csrf-token') return json(ctx, 200, { token: 'test' });
    if (path === '/api/help/feedback' && ctx.method === 'POST') {
      ctx.status = 204;
      return undefined;
    }
    return json(ctx, 404, { code: 'not_found', message: 'Diese Adresse gibt es nicht.' });
  };
}
