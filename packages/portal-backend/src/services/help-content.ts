import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  formatMenuPath,
  guideNeighbours,
  type PortalPage,
  type PublishedArticle,
  type Role,
} from '@direkthilfe/core/content/model';
import { LANGUAGES, type Language } from '@direkthilfe/core/i18n/languages';
import { SearchEngine } from '@direkthilfe/core/search/search-engine';
import { SEARCH_INDEX_VERSION, SearchIndex, serializeIndex } from '@direkthilfe/core/search/search-index';
import { SearchableIndex } from '@direkthilfe/core/search/searchable-index';
import {
  CLIENT_INDEX_MAX_GZIP_BYTES,
  type RemoteSearchIndex,
  type SerializedSearchIndex,
} from '@direkthilfe/core/search/types';

export interface ContentBundle {
  lang: string;
  articles: PublishedArticle[];
  index: SerializedSearchIndex;
}

interface RoleIndex {
  engine: SearchEngine;
  json: string;
  etag: string;
}

type RoleKey = Role | 'all';

const summaryOf = (a: PublishedArticle) => ({ id: a.id, title: a.title, summary: a.summary });

/**
 * One release of the help content per language, with a search engine and a prebuilt client index per role.
 * Immutable: a new release is a new instance (see content-library.ts).
 */
export class HelpContent {
  private readonly languages = new Map<
    string,
    { articles: PublishedArticle[]; byId: Map<string, PublishedArticle>; indexes: Map<RoleKey, RoleIndex> }
  >();

  constructor(
    bundles: ContentBundle[],
    readonly pages: PortalPage[],
    /** The release's number; part of the answers' ETags. */
    readonly version = 0,
  ) {
    for (const bundle of bundles) {
      const indexes = new Map<RoleKey, RoleIndex>();
      const all = SearchableIndex.fromJSON(bundle.index);
      for (const role of ['all', 'admin', 'user'] as RoleKey[]) {
        // A role's index is the release's without the other articles: nothing is analysed again.
        const serialized = role === 'all' ? bundle.index : serializeIndex(all, (doc) => doc.roles.includes(role));
        const index = role === 'all' ? all : SearchableIndex.fromJSON(serialized);
        const full = JSON.stringify(serialized);
        // A large help centre is searched on the server: the browser gets a marker instead of the index.
        const marker: RemoteSearchIndex = { version: SEARCH_INDEX_VERSION, remote: true, articles: index.size };
        const json = gzipSync(full).length > CLIENT_INDEX_MAX_GZIP_BYTES ? JSON.stringify(marker) : full;
        indexes.set(role, {
          engine: new SearchEngine(index),
          json,
          etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`,
        });
      }
      this.languages.set(bundle.lang, {
        articles: bundle.articles,
        byId: new Map(bundle.articles.map((a) => [a.id, a])),
        indexes,
      });
    }
    for (const lang of LANGUAGES) {
      if (!this.languages.has(lang)) this.languages.set(lang, EMPTY_LANGUAGE());
    }
  }

  private language(lang: Language) {
    return this.languages.get(lang) ?? this.languages.get('de')!;
  }

  list(lang: Language, role?: Role) {
    return this.language(lang)
      .articles.filter((a) => !role || a.roles.includes(role))
      .map((a) => ({ ...summaryOf(a), roles: a.roles, guide: a.guide ?? null, order: a.order ?? null }));
  }

  article(lang: Language, id: string) {
    const { articles, byId } = this.language(lang);
    const article = byId.get(id);
    if (!article) return undefined;
    const { prev, next } = guideNeighbours(articles, id);
    return {
      id: article.id,
      title: article.title,
      summary: article.summary,
      roles: article.roles,
      html: article.html,
      headings: article.headings,
      guide: article.guide ?? null,
      prev: prev ? summaryOf(prev) : null,
      next: next ? summaryOf(next) : null,
      updated: article.updated,
      lang: article.lang as Language,
      fallback: article.fallback,
    };
  }

  /** The help topic of a portal page: the first article for it (guide order first), and related ones. */
  context(lang: Language, pageKey: string, role?: Role) {
    const page = this.pages.find((p) => p.key === pageKey);
    if (!page) return undefined;
    const visible = this.language(lang).articles.filter((a) => !role || a.roles.includes(role));
    const forPage = visible
      .filter((a) => a.contexts.includes(pageKey))
      .sort((a, b) => Number(!a.guide) - Number(!b.guide) || (a.order ?? 0) - (b.order ?? 0));
    const [primary, ...others] = forPage;
    const neighbours = primary ? Object.values(guideNeighbours(visible, primary.id)).filter((a) => a !== null) : [];
    const related = [...others, ...neighbours].filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i);
    return {
      pageKey,
      menuPath: formatMenuPath(page.menuPath),
      menuPathParts: page.menuPath,
      url: page.url,
      primary: primary ? summaryOf(primary) : null,
      related: related.map(summaryOf),
    };
  }

  search(lang: Language, query: string, role: Role | undefined, limit: number) {
    return this.language(lang)
      .indexes.get(role ?? 'all')!
      .engine.search(query, { limit });
  }

  index(lang: Language, role?: Role): RoleIndex {
    return this.language(lang).indexes.get(role ?? 'all')!;
  }
}

/** A language without articles (a database before its first import). */
function EMPTY_LANGUAGE() {
  const index = SearchIndex.fromDocuments([]);
  const json = JSON.stringify(index);
  const role: RoleIndex = { engine: new SearchEngine(index), json, etag: `"empty"` };
  return {
    articles: [] as PublishedArticle[],
    byId: new Map<string, PublishedArticle>(),
    indexes: new Map<RoleKey, RoleIndex>([
      ['all', role],
      ['admin', role],
      ['user', role],
    ]),
  };
}
