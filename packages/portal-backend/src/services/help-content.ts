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
  /** The language's search index, or what gives it on first use (a release's, see content-release.ts). */
  index: SerializedSearchIndex | LazyIndex;
}

/** A search index serialised on first use. */
export interface LazyIndex {
  readonly version: number;
  toJSON(): SerializedSearchIndex;
}

const isLazy = (index: SerializedSearchIndex | LazyIndex): index is LazyIndex =>
  typeof (index as Partial<LazyIndex>).toJSON === 'function';

interface RoleIndex {
  engine: SearchEngine;
  json: string;
  etag: string;
}

type RoleKey = Role | 'all';

const summaryOf = (a: PublishedArticle) => ({ id: a.id, title: a.title, summary: a.summary });

interface LanguageContent {
  articles: PublishedArticle[];
  byId: Map<string, PublishedArticle>;
  /** Each role's search engine and client index, made on first use (or by `warm`). */
  index(role: RoleKey): RoleIndex;
}

const ROLE_KEYS: RoleKey[] = ['all', 'admin', 'user'];

/**
 * One release of the help content per language, with a search engine and a prebuilt client index per role.
 * Immutable: a new release is a new instance (see content-library.ts). The indexes are made on first use or
 * by `warm`, not when the release is loaded: a publish is served without waiting for them.
 */
export class HelpContent {
  private readonly languages = new Map<string, LanguageContent>();

  constructor(
    bundles: ContentBundle[],
    readonly pages: PortalPage[],
    /** The release's number; part of the answers' ETags. */
    readonly version = 0,
  ) {
    for (const bundle of bundles) {
      // Refused now, while the release is loaded, not at the first search.
      if (bundle.index.version !== SEARCH_INDEX_VERSION)
        throw new Error(`unsupported search index version ${String(bundle.index.version)}`);
      let all: { json: SerializedSearchIndex; index: SearchableIndex } | undefined;
      const made = new Map<RoleKey, RoleIndex>();
      const index = (role: RoleKey) => {
        const known = made.get(role);
        if (known) return known;
        if (!all) {
          const json = isLazy(bundle.index) ? bundle.index.toJSON() : bundle.index;
          all = { json, index: SearchableIndex.fromJSON(json) };
        }
        const roleIndex = makeRoleIndex(all.json, all.index, role);
        made.set(role, roleIndex);
        return roleIndex;
      };
      this.languages.set(bundle.lang, {
        articles: bundle.articles,
        byId: new Map(bundle.articles.map((a) => [a.id, a])),
        index,
      });
    }
    for (const lang of LANGUAGES) {
      if (!this.languages.has(lang)) this.languages.set(lang, EMPTY_LANGUAGE());
    }
  }

  /**
   * Makes every language's and role's index ahead of the first request, one per turn of the event loop so that
   * requests are answered in between; stops when `served()` says this release is no longer served.
   */
  warm(served: () => boolean, onError: (error: unknown) => void): void {
    const pending = [...this.languages.values()].flatMap((language) =>
      ROLE_KEYS.map((role) => () => language.index(role)),
    );
    const next = () => {
      const make = pending.shift();
      if (!make || !served()) return;
      try {
        make();
      } catch (error) {
        onError(error);
        return;
      }
      setImmediate(next).unref();
    };
    setImmediate(next).unref();
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
      .index(role ?? 'all')
      .engine.search(query, { limit });
  }

  index(lang: Language, role?: Role): RoleIndex {
    return this.language(lang).index(role ?? 'all');
  }
}

/**
 * A role's engine and client index. A role's index is the release's without the other articles: nothing is
 * analysed again.
 */
function makeRoleIndex(serializedAll: SerializedSearchIndex, all: SearchableIndex, role: RoleKey): RoleIndex {
  const serialized = role === 'all' ? serializedAll : serializeIndex(all, (doc) => doc.roles.includes(role));
  const index = role === 'all' ? all : SearchableIndex.fromJSON(serialized);
  const full = JSON.stringify(serialized);
  // A large help centre is searched on the server: the browser gets a marker instead of the index.
  const marker: RemoteSearchIndex = { version: SEARCH_INDEX_VERSION, remote: true, articles: index.size };
  const json = gzipSync(full).length > CLIENT_INDEX_MAX_GZIP_BYTES ? JSON.stringify(marker) : full;
  return {
    engine: new SearchEngine(index),
    json,
    etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`,
  };
}

/** A language without articles (a database before its first import). */
function EMPTY_LANGUAGE(): LanguageContent {
  const index = SearchIndex.fromDocuments([]);
  const role: RoleIndex = { engine: new SearchEngine(index), json: JSON.stringify(index), etag: `"empty"` };
  return { articles: [], byId: new Map(), index: () => role };
}
