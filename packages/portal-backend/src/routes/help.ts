import type { FastifyInstance } from 'fastify';
import type { Role } from '@direkthilfe/core/content/model';
import { resolveLanguage } from '@direkthilfe/core/i18n/languages';
import type { AppContext } from '../context.js';
import { ApiError } from '../errors.js';
import { body, errorSchema } from '../validation.js';
import { now } from '../db/database.js';

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
export const helpRoutes = (context: AppContext) => async (app: FastifyInstance) => {
  const { help } = context;
  const lang = (query: LangRole) => resolveLanguage(query.lang);

  app.get<{ Querystring: LangRole }>(
    '/api/help/articles',
    { schema: { tags: ['help'], summary: 'Published articles of a language and role', querystring: langRole } },
    async (request) => ({ articles: help.list(lang(request.query), request.query.role) }),
  );

  app.get<{ Params: { id: string }; Querystring: LangRole }>(
    '/api/help/articles/:id',
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
    '/api/help/context/*',
    {
      schema: {
        tags: ['help'],
        summary: 'The help topic of a portal page',
        querystring: langRole,
        response: { 404: errorSchema },
      },
    },
    async (request) => {
      const pageKey = decodeURIComponent(request.params['*']);
      const topic = help.context(lang(request.query), pageKey, request.query.role);
      if (!topic) throw new ApiError(404, 'unknown_page');
      return topic;
    },
  );

  app.get<{ Querystring: LangRole & { q: string; limit?: number } }>(
    '/api/help/search',
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
    '/api/help/index',
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
    '/api/help/feedback',
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
      context.db
        .prepare('INSERT INTO article_feedback (article_id, lang, helpful, created_at) VALUES (?, ?, ?, ?)')
        .run(
          request.body.articleId,
          resolveLanguage(request.body.lang),
          request.body.helpful ? 1 : 0,
          now().slice(0, 10),
        );
      return reply.status(204).send();
    },
  );
};
