// The help API: article list, article, page context, search, search index, feedback, search reports.
import Type, { type Static } from 'typebox';
import { ID_PATTERN } from '../content/model.js';
import { FEEDBACK_COMMENT_MAX_LENGTH } from '../help/feedback-comment.js';
import type { ClientSearchIndex, SearchResult as EngineResult } from '../search/types.js';
import { SEARCH_INDEX_VERSION } from '../search/searchable-index.js';
import {
  ConditionalHeaders,
  LanguageCode,
  NOT_BLANK_PATTERN,
  NoContent,
  NotModified,
  Nullable,
  PLAIN_TEXT_FORMAT,
  RoleCode,
  Strict,
  route,
  routes,
} from './common.js';

const tags = ['help'];

export const LangRoleQuery = Type.Object({ lang: Type.Optional(LanguageCode), role: Type.Optional(RoleCode) });

export const ArticleId = Type.String({ pattern: ID_PATTERN.source, maxLength: 100 });

export const ArticleSummary = Type.Object({ id: Type.String(), title: Type.String(), summary: Type.String() });
export type ArticleSummary = Static<typeof ArticleSummary>;

export const ArticleListItem = Type.Object({
  ...ArticleSummary.properties,
  roles: Type.Array(RoleCode),
  guide: Nullable(Type.String()),
  order: Nullable(Type.Number()),
});

export const ArticleList = Type.Object({ articles: Type.Array(ArticleListItem) });
export type ArticleList = Static<typeof ArticleList>;

export const HelpArticle = Type.Object({
  ...ArticleSummary.properties,
  roles: Type.Array(RoleCode),
  /** Sanitised when the content was built; the widgets sanitise it once more. */
  html: Type.String(),
  headings: Type.Array(Type.Object({ id: Type.String(), text: Type.String(), level: Type.Integer() })),
  guide: Nullable(Type.String()),
  prev: Nullable(ArticleSummary),
  next: Nullable(ArticleSummary),
  updated: Type.String(),
  lang: LanguageCode,
  /** True when the article is not translated and comes in German. */
  fallback: Type.Boolean(),
});
export type HelpArticle = Static<typeof HelpArticle>;

export const PageContext = Type.Object({
  pageKey: Type.String(),
  menuPath: Type.String(),
  menuPathParts: Type.Array(Type.String()),
  url: Type.String(),
  primary: Nullable(ArticleSummary),
  related: Type.Array(ArticleSummary),
});
export type PageContext = Static<typeof PageContext>;

export const SearchQuery = Type.Object({
  ...LangRoleQuery.properties,
  q: Type.String({ maxLength: 200 }),
  limit: Type.Optional(Type.String({ pattern: '^[1-9][0-9]?$', description: '1 … 99, default 10' })),
});

export const SearchResult = Type.Object({
  id: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  /** A passage of the article around the matched words. */
  snippet: Type.String(),
  /** Offsets in `snippet` of the matched words, `[start, end)` each. */
  highlights: Type.Array(Type.Tuple([Type.Integer(), Type.Integer()])),
  /** Relevance, higher is better; comparable within one query only. */
  score: Type.Number(),
});
export type SearchResult = Static<typeof SearchResult>;

export const SearchAnswer = Type.Object({ query: Type.String(), results: Type.Array(SearchResult) });
export type SearchAnswer = Static<typeof SearchAnswer>;

/** What the index keeps of an article: enough to show a result, not its whole text. */
export const IndexedDocument = Type.Object({
  ...ArticleSummary.properties,
  roles: Type.Array(RoleCode),
  /** A few short sentences of the body that snippets are cut from. */
  passages: Type.Array(Type.String()),
});

/** The prebuilt index: built by the content build and the backend, loaded by the browser, searched offline. */
export const SerializedIndex = Type.Object({
  version: Type.Literal(SEARCH_INDEX_VERSION),
  docs: Type.Array(IndexedDocument),
  /** Sorted, distinct terms (normalised words, not stemmed). */
  terms: Type.Array(Type.String()),
  /** Per term its documents: gaps and weights, compact (see core/src/search/types.ts). */
  postings: Type.Array(Type.Array(Type.Number())),
  /** Synonym groups as lists of terms (each entry a phrase's terms joined by a space). */
  synonyms: Type.Array(Type.Array(Type.String())),
});

/** Above a size the index is not downloaded: this marker sends the panel to the search API instead. */
export const RemoteIndex = Type.Object({
  version: Type.Literal(SEARCH_INDEX_VERSION),
  remote: Type.Literal(true),
  articles: Type.Integer({ minimum: 0 }),
});

export const SearchIndex = Type.Union([SerializedIndex, RemoteIndex]);
export type SearchIndex = Static<typeof SearchIndex>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/**
 * The search engine keeps its own types (core/src/search/types.ts); this fails the typecheck when they and
 * the contract part ways.
 */
export const SEARCH_TYPES_AGREE: Same<SearchIndex, ClientSearchIndex> & Same<SearchResult, EngineResult> = true;

/**
 * An answer to "War dieser Artikel hilfreich?". After "Nein" the reader may add what was missing: that
 * comes as a second request with `helpful: false` and `comment`, which stores the comment only (the
 * answer was counted with the first). A comment is one line of plain text (no line breaks or control
 * characters); the panel joins the lines of its text field.
 */
export const FeedbackBody = Type.Object(
  {
    articleId: Type.String({ maxLength: 100 }),
    helpful: Type.Boolean(),
    lang: Type.Optional(LanguageCode),
    comment: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: FEEDBACK_COMMENT_MAX_LENGTH,
        pattern: NOT_BLANK_PATTERN,
        format: PLAIN_TEXT_FORMAT,
      }),
    ),
  },
  { additionalProperties: false },
);
export type FeedbackBody = Static<typeof FeedbackBody>;

/**
 * A search the reader made in the panel, reported once typing paused (or the reader left the search):
 * the normalised query (`normalizeQuery`; the server normalises again), the number of results, nothing
 * about the reader. A report with `opened` says that this search's result was opened and counts only that.
 */
export const SearchReportBody = Strict({
  lang: LanguageCode,
  query: Type.String({ minLength: 1, maxLength: 200, format: PLAIN_TEXT_FORMAT }),
  results: Type.Integer({ minimum: 0, maximum: 1000 }),
  opened: Type.Optional(ArticleId),
});
export type SearchReportBody = Static<typeof SearchReportBody>;

export const helpApi = routes(
  route('GET', '/api/help/articles', {
    tags,
    summary: 'Published articles of a language and role',
    querystring: LangRoleQuery,
    response: { 200: ArticleList },
  }),
  route('GET', '/api/help/articles/:id', {
    tags,
    summary: 'One article with its sanitised HTML and guide neighbours',
    params: Strict({ id: ArticleId }),
    querystring: LangRoleQuery,
    response: { 200: HelpArticle },
  }),
  // Page keys contain a slash: `/api/help/context/admin/warenkorb` and `…/admin%2Fwarenkorb` both work.
  route('GET', '/api/help/context/*', {
    tags,
    summary: 'The help topic of a portal page',
    params: Strict({ '*': Type.String({ minLength: 1, maxLength: 200 }) }),
    querystring: LangRoleQuery,
    response: { 200: PageContext },
  }),
  route('GET', '/api/help/search', {
    tags,
    summary: 'Search, best first',
    querystring: SearchQuery,
    response: { 200: SearchAnswer },
  }),
  route('GET', '/api/help/index', {
    tags,
    summary: 'The prebuilt search index for offline search in the browser (ETag, 304)',
    querystring: LangRoleQuery,
    headers: ConditionalHeaders,
    response: { 200: SearchIndex, 304: NotModified },
  }),
  route('POST', '/api/help/feedback', {
    tags,
    summary: '"War dieser Artikel hilfreich?" (and, after "Nein", the comment): nothing about the reader',
    body: FeedbackBody,
    response: { 204: NoContent },
  }),
  route('POST', '/api/help/searches', {
    tags,
    summary: 'A search made in the panel, or a result opened from it: counted per day, language and query only',
    body: SearchReportBody,
    response: { 204: NoContent },
  }),
);
