import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  formatMenuPath,
  guideNeighbours,
  type PortalPage,
  type PublishedArticle,
  type Role,
} from '@direkthilfe/core/content/model';
import type { Language } from '@direkthilfe/core/i18n/languages';
import { articleSearchDocument } from '@direkthilfe/core/search/documents';
import { SearchEngine } from '@direkthilfe/core/search/search-engine';
import { SearchIndex } from '@direkthilfe/core/search/search-index';
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
 * The published help content per language, with a search engine and a prebuilt client index per role.
 * Built once at start: the content changes with a deployment (or `content:build` in the demo).
 */
export class HelpContent {
  private readonly languages = new Map<
    string,
    { articles: PublishedArticle[]; byId: Map<string, PublishedArticle>; indexes: Map<RoleKey, RoleIndex> }
  >();

  constructor(
    bundles: ContentBundle[],
    readonly pages: PortalPage[],
  ) {
    for (const bundle of bundles) {
      const indexes = new Map<RoleKey, RoleIndex>();
      for (const role of ['all', 'admin', 'user'] as RoleKey[]) {
        const index =
          role === 'all' ? SearchIndex.fromJSON(bundle.index) : roleIndex(bundle.index, bundle.articles, role);
        const full = JSON.stringify(index);
        // A large help centre is searched on the server: the browser gets a marker instead of the index.
        const marker: RemoteSearchIndex = { version: 2, remote: true, articles: index.size };
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
  }

  /** Reads `<dir>/<lang>/articles.json` and `search-index.json` as written by `npm run content:build`. */
  static fromDirectory(dir: string, portalMapFile: string): HelpContent {
    const bundles: ContentBundle[] = [];
    for (const lang of ['de', 'en']) {
      const articlesFile = join(dir, lang, 'articles.json');
      if (!existsSync(articlesFile))
        throw new Error(`${articlesFile} fehlt: Bitte zuerst „npm run content:build“ ausführen.`);
      bundles.push({
        lang,
        articles: JSON.parse(readFileSync(articlesFile, 'utf8')).articles,
        index: JSON.parse(readFileSync(join(dir, lang, 'search-index.json'), 'utf8')),
      });
    }
    return new HelpContent(bundles, JSON.parse(readFileSync(portalMapFile, 'utf8')).pages);
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

/** The index of one role's articles, so the browser never receives what its view does not show. */
function roleIndex(index: SerializedSearchIndex, articles: PublishedArticle[], role: Role): SearchIndex {
  const visible = SearchIndex.fromDocuments(articles.filter((a) => a.roles.includes(role)).map(articleSearchDocument));
  // The synonym groups are already normalised terms; they carry over unchanged.
  visible.synonyms = index.synonyms;
  return visible;
}
