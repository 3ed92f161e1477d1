import type { SearchIndex } from '@direkthilfe/core/api/help';
import { preSerialized, schemaOf, type ApiPlugin } from '../contract.js';
import type { Role } from '@direkthilfe/core/content/model';
import { resolveLanguage } from '@direkthilfe/core/i18n/languages';
import { dayOf } from '@direkthilfe/core/reports/days';
import { normalizeQuery } from '@direkthilfe/core/search/normalize';
import { ApiError } from '../errors.js';

interface LangRole {
  lang?: string;
  role?: Role;
}

/** The help API: article list, article, page context, search, the client search index, feedback and search reports. */
const helpRoutes: ApiPlugin = async (app) => {
  const { content, store } = app;
  const lang = (query: LangRole) => resolveLanguage(query.lang);

  app.get('/articles', { schema: schemaOf('GET /api/help/articles') }, async (request) => ({
    articles: content.help.list(lang(request.query), request.query.role),
  }));

  app.get(
    '/articles/:id',
    {
      schema: schemaOf('GET /api/help/articles/:id'),
    },
    async (request) => {
      const article = content.help.article(lang(request.query), request.params.id);
      if (!article) throw new ApiError(404, 'article_not_found');
      return article;
    },
  );

  // Page keys contain a slash: `/api/help/context/admin/warenkorb` and `/api/help/context/admin%2Fwarenkorb` both work.
  app.get(
    '/context/*',
    {
      schema: schemaOf('GET /api/help/context/*'),
    },
    async (request) => {
      // The router has decoded the path once already; a second decoding would misread a literal `%`.
      const pageKey = request.params['*'];
      const topic = content.help.context(lang(request.query), pageKey, request.query.role);
      if (!topic) throw new ApiError(404, 'unknown_page');
      return topic;
    },
  );

  app.get(
    '/search',
    {
      schema: schemaOf('GET /api/help/search'),
    },
    async (request) => ({
      query: request.query.q,
      results: content.help.search(
        lang(request.query),
        request.query.q,
        request.query.role,
        Number(request.query.limit ?? 10),
      ),
    }),
  );

  app.get(
    '/index',
    {
      schema: schemaOf('GET /api/help/index'),
    },
    async (request, reply) => {
      const index = content.help.index(lang(request.query), request.query.role);
      reply
        .header('etag', index.etag)
        // Asked again at every open: a publish shows at the panel's next search, unchanged costs a 304.
        .header('cache-control', 'no-cache')
        .type('application/json');
      if (request.headers['if-none-match'] === index.etag) return reply.status(304).send(null);
      return reply.send(preSerialized<SearchIndex>(index.json));
    },
  );

  app.post(
    '/feedback',
    {
      schema: schemaOf('POST /api/help/feedback'),
      config: { anonymousWrite: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { articleId, helpful, comment } = request.body;
      if (!content.help.article('de', articleId)) throw new ApiError(404, 'article_not_found');
      // The day only: nothing that could single out a reader.
      const answer = { articleId, lang: resolveLanguage(request.body.lang), day: dayOf(new Date()) };
      if (comment === undefined) await store.feedback.add({ ...answer, helpful });
      // A comment follows a "Nein" that was counted with its own request.
      else if (helpful) throw new ApiError(400, 'validation', {}, { fields: { comment: '' } });
      else await store.reports.addComment({ ...answer, comment: comment.trim() });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/searches',
    {
      schema: schemaOf('POST /api/help/searches'),
      // More than feedback: a reader makes several searches, and many readers may share one address.
      config: { anonymousWrite: true, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { lang, results, opened } = request.body;
      if (opened && !content.help.article('de', opened)) throw new ApiError(404, 'article_not_found');
      // Normalised here as well: whatever a client sends, only the normalised words are kept.
      const query = normalizeQuery(request.body.query);
      const day = dayOf(new Date());
      if (query && opened) await store.reports.countOpen({ day, lang, query, articleId: opened });
      else if (query) await store.reports.countSearch({ day, lang, query, found: results > 0 });
      return reply.status(204).send(null);
    },
  );
};

export default helpRoutes;
