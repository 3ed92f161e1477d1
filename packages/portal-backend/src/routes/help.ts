import type { FastifyPluginAsync } from 'fastify';
import type { Role } from '@direkthilfe/core/content/model';
import { resolveLanguage } from '@direkthilfe/core/i18n/languages';
import { ApiError } from '../errors.js';
import { body, errorSchema } from '../validation.js';

const langRole = {
  type: 'object',
  properties: {
    lang: { type: 'string', enum: ['de', 'en'] },
    role: { type: 'string', enum: ['admin', 'user'] },
  },
};

interface LangRole {
  lang?: string;
  role?: Role;
}

/** The help API: article list, article, page context, search, and the client search index. */
const helpRoutes: FastifyPluginAsync = async (app) => {
  const { help, store } = app;
  const lang = (query: LangRole) => resolveLanguage(query.lang);

  app.get<{ Querystring: LangRole }>(
    '/articles',
    { schema: { tags: ['help'], summary: 'Published articles of a language and role', querystring: langRole } },
    async (request) => ({ articles: help.list(lang(request.query), request.query.role) }),
  );

  app.get<{ Params: { id: string }; Querystring: LangRole }>(
    '/articles/:id',
    {
      schema: {
        tags: ['help'],
        summary: 'One article with its sanitised HTML and guide neighbours',
        querystring: langRole,
        response: { 404: errorSchema },
      },
    },
    async (request) => {
      const article = help.article(lang(request.query), request.params.id);
      if (!article) throw new ApiError(404, 'article_not_found');
      return article;
    },
  );

  // Page keys contain a slash: `/api/help/context/admin/warenkorb` and `/api/help/context/admin%2Fwarenkorb` both work.
  app.get<{ Params: { '*': string }; Querystring: LangRole }>(
    '/context/*',
    {
      schema: {
        tags: ['help'],
        summary: 'The help topic of a portal page',
        querystring: langRole,
        response: { 404: errorSchema },
      },
    },
    async (request) => {
      // The router has decoded the path once already; a second decoding would misread a literal `%`.
      const pageKey = request.params['*'];
      const topic = help.context(lang(request.query), pageKey, request.query.role);
      if (!topic) throw new ApiError(404, 'unknown_page');
      return topic;
    },
  );

  app.get<{ Querystring: LangRole & { q: string; limit?: number } }>(
    '/search',
    {
      schema: {
        tags: ['help'],
        summary: 'Search, best first',
        querystring: {
          type: 'object',
          required: ['q'],
          properties: {
            ...langRole.properties,
            q: { type: 'string', maxLength: 200 },
            limit: { type: 'string', pattern: '^[1-9][0-9]?$' },
          },
        },
      },
    },
    async (request) => ({
      query: request.query.q,
      results: help.search(lang(request.query), request.query.q, request.query.role, Number(request.query.limit ?? 10)),
    }),
  );

  app.get<{ Querystring: LangRole }>(
    '/index',
    {
      schema: {
        tags: ['help'],
        summary: 'The prebuilt search index for offline search in the browser (ETag, 304)',
        querystring: langRole,
      },
    },
    async (request, reply) => {
      const index = help.index(lang(request.query), request.query.role);
      reply
        .header('etag', index.etag)
        .header('cache-control', 'public, max-age=300, must-revalidate')
        .type('application/json');
      if (request.headers['if-none-match'] === index.etag) return reply.status(304).send();
      return reply.send(index.json);
    },
  );

  app.post<{ Body: { articleId: string; helpful: boolean; lang?: string } }>(
    '/feedback',
    {
      schema: {
        tags: ['help'],
        summary: '"War dieser Artikel hilfreich?" – stores the answer only, nothing about the reader',
        body: body(
          {
            articleId: { type: 'string', maxLength: 100 },
            helpful: { type: 'boolean' },
            lang: { type: 'string', enum: ['de', 'en'] },
          },
          ['articleId', 'helpful'],
        ),
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      if (!help.article('de', request.body.articleId)) throw new ApiError(404, 'article_not_found');
      await store.feedback.add({
        articleId: request.body.articleId,
        lang: resolveLanguage(request.body.lang),
        helpful: request.body.helpful,
        // The day only: nothing that could single out a reader.
        day: new Date().toISOString().slice(0, 10),
      });
      return reply.status(204).send();
    },
  );
};

export default helpRoutes;
