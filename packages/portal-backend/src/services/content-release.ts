import { createHash } from 'node:crypto';
import {
  applyChanges,
  articleChanges,
  renderContent,
  sourcesFrom,
  type LanguageBundle,
  type Problem,
} from '@direkthilfe/content';
import type { PortalPage, PublishedArticle } from '@direkthilfe/core/content/model';
import { articleSearchDocument } from '@direkthilfe/core/search/documents';
import { SEARCH_INDEX_VERSION, SearchIndex } from '@direkthilfe/core/search/search-index';
import type { SerializedSearchIndex } from '@direkthilfe/core/search/types';
import type { Store, StoreParts } from '../store/types.js';

/**
 * A release whole, as the content build gives it: the rendered articles and search index of each language, and
 * the portal map. What a prebuilt release is, and how earlier server versions stored every release.
 */
export interface Release {
  pages: PortalPage[];
  bundles: LanguageBundle[];
  /** The render key of each bundle's articles, in their order. Missing in releases of early server versions. */
  renderKeys?: string[][];
}

/**
 * What a release row holds: the portal map and, per language, the render keys its articles are stored by and
 * the search index it has. A publish stores the articles it rendered and, now and then, an index; the rows of
 * unchanged articles and the index stay as they are.
 */
interface StoredRelease {
  format: typeof RELEASE_FORMAT;
  pages: PortalPage[];
  languages: { lang: string; keys: string[]; index: StoredIndex }[];
}

const RELEASE_FORMAT = 2;

/**
 * A language's search index as a release names it: a stored index and the ids of the articles indexed again or
 * removed since (their text is in the release's articles), so that a publish need not store the whole index.
 */
interface StoredIndex {
  base: string;
  stale: string[];
}

/**
 * Articles indexed again since a language's stored index beyond which the index is stored anew: each costs a node
 * that reads the release without an index of its own one update (a few ms at 10,000 articles). Storing it costs
 * its serialisation (a few hundred ms there), so it is done after the publish, by the nodes serving the release
 * (`storeStaleIndexes`); a publish does it only past `STALE_LIMIT`, when that kept failing.
 */
export const STALE_MAX = 32;
export const STALE_LIMIT = 4 * STALE_MAX;

/**
 * A language's search index in a release. The node that made the release (publishing or loading it) keeps the
 * index object, which the next release takes and updates in place; it writes this release's JSON first, which the
 * help served reads on first use (help-content.ts).
 */
export class ReleaseIndex {
  constructor(
    private index: SearchIndex | undefined,
    private json?: SerializedSearchIndex,
  ) {}

  /** The index format; a release of another is rendered again at start (`loadNewestRelease`). */
  get version(): number {
    return this.json?.version ?? SEARCH_INDEX_VERSION;
  }

  /** The index as JSON, as this release has it. */
  toJSON(): SerializedSearchIndex {
    return (this.json ??= this.index!.toJSON());
  }

  /**
   * The index for the next release to update in place: the object kept, or once that is taken, one read from the
   * JSON. Undefined for an index of another format. The JSON is written first unless `served` says that nothing
   * reads this release any more.
   */
  take(served = true): SearchIndex | undefined {
    const { index } = this;
    if (index) {
      if (served) this.toJSON();
      this.index = undefined;
      return index;
    }
    const json = this.toJSON();
    return json.version === SEARCH_INDEX_VERSION ? SearchIndex.fromJSON(json) : undefined;
  }
}

/** A language of a release as a node loads it. */
export interface ReleaseLanguage {
  lang: string;
  articles: PublishedArticle[];
  /** The articles' render keys, in their order. */
  keys: string[];
  /** The stored index it names; undefined for a release stored whole by an earlier server version. */
  stored?: StoredIndex;
  index: ReleaseIndex;
}

/** A language as rendered or loaded, before it is stored: with the ids its index has indexed again, if updated. */
type RenderedRelease = Omit<ReleaseLanguage, 'stored'> & { reindexed?: string[] };

/** A release as a node loads it. */
export interface LoadedRelease {
  version: number;
  pages: PortalPage[];
  languages: ReleaseLanguage[];
}

/** The sources of what is published now: each article's published revision and the shared files. */
export async function publishedSources(tx: StoreParts) {
  const [articles, portalMap, synonyms] = await Promise.all([
    tx.content.publishedSources(),
    tx.content.file('portal-map.json'),
    tx.content.file('synonyms.json'),
  ]);
  return sourcesFrom({
    dir: 'content',
    articles: articles.map((a) => ({ lang: a.lang, name: a.articleId, source: a.source })),
    sharedFiles: {
      ...(portalMap !== undefined ? { 'portal-map.json': portalMap } : {}),
      ...(synonyms !== undefined ? { 'synonyms.json': synonyms } : {}),
    },
    published: true,
  });
}

export interface StoreReleaseOptions {
  /** The release these sources render to, when the caller has it already. */
  prebuilt?: Release;
  /**
   * The release this node serves. When it is the newest, the next one is rendered from it rather than from the
   * store's copy, which would be read again.
   */
  served?: LoadedRelease;
}

/**
 * Renders what is published now with the one pipeline (checks, Markdown, sanitiser, search index) and stores
 * it as the next release. Call it inside a transaction after `lockPublishing()`: with errors it throws
 * `ReleaseProblems`, and the transaction's writes are undone.
 */
export async function storeRelease(
  tx: StoreParts,
  { prebuilt, served }: StoreReleaseOptions = {},
): Promise<LoadedRelease> {
  const version = (await tx.content.latestVersion()) + 1;
  if (prebuilt) return writeRelease(tx, version, wholeRelease(version, prebuilt));
  const previous = served?.version === version - 1 ? served : await newestRelease(tx, served);
  const sources = await publishedSources(tx);
  const { problems, languages } = await renderContent(sources, {
    previous: previous?.languages.map(({ lang, articles, keys, index }) => ({
      lang,
      articles,
      keys,
      // Only the release served is read after this; one read from the store for this publish is not.
      index: () => index.take(previous === served),
    })),
  });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new ReleaseProblems(errors);
  return writeRelease(
    tx,
    version,
    {
      version,
      pages: sources.pages,
      languages: languages.map(({ index, ...language }) => ({ ...language, index: new ReleaseIndex(index) })),
    },
    previous,
  );
}

/**
 * Stores a release: the articles that `previous` has not stored, and each language's index as its stored index
 * and the ids indexed again since, or anew when it was built anew or more than `STALE_LIMIT` were indexed since.
 */
async function writeRelease(
  tx: StoreParts,
  version: number,
  release: Omit<LoadedRelease, 'languages'> & { languages: RenderedRelease[] },
  previous?: LoadedRelease,
): Promise<LoadedRelease> {
  const storedKeys = new Set(previous?.languages.flatMap((language) => (language.stored ? language.keys : [])));
  const fresh = new Map<string, PublishedArticle>();
  for (const { articles, keys } of release.languages)
    keys.forEach((key, i) => storedKeys.has(key) || fresh.set(key, articles[i]));
  await tx.content.putRenderedArticles([...fresh].map(([key, article]) => ({ key, article: JSON.stringify(article) })));
  const languages: ReleaseLanguage[] = [];
  for (const { reindexed, ...language } of release.languages) {
    const before = previous?.languages.find((l) => l.lang === language.lang)?.stored;
    const stale = reindexed && before && [...new Set([...before.stale, ...reindexed])];
    const stored =
      stale && stale.length <= STALE_LIMIT ? { base: before.base, stale } : await storeIndex(tx, language.index);
    languages.push({ ...language, stored });
  }
  const loaded = { version, pages: release.pages, languages };
  await tx.content.addRelease(version, releaseRow(loaded));
  return loaded;
}

/** The key a release part is stored by when it has no render key: the hash of its JSON. */
const contentKey = (json: string) => createHash('sha256').update(json).digest('base64url');

/** Stores a language's index as it is now: its stored index, with no article indexed since. */
async function storeIndex(tx: StoreParts, index: ReleaseIndex): Promise<StoredIndex> {
  const json = JSON.stringify(index);
  const base = contentKey(json);
  await tx.content.putSearchIndex(base, json);
  return { base, stale: [] };
}

/** The row of a release in parts. */
const releaseRow = (release: LoadedRelease) =>
  JSON.stringify({
    format: RELEASE_FORMAT,
    pages: release.pages,
    languages: release.languages.map(({ lang, keys, stored }) => ({ lang, keys, index: stored! })),
  } satisfies StoredRelease);

/**
 * Stores anew the indexes of a release served whose stale lists are longer than `STALE_MAX`, and names them in its
 * row, while it is the newest; a node that finds it done by another node takes over what that one stored. Every
 * node serving a release runs it after loading it (the serialisation is the JSON its help reads anyway, see
 * content-library.ts). Returns whether it changed the row.
 */
export async function storeStaleIndexes(store: Store, release: LoadedRelease): Promise<boolean> {
  const due = release.languages.filter((language) => (language.stored?.stale.length ?? 0) > STALE_MAX);
  if (due.length === 0) return false;
  const done = await store.transaction(async (tx) => {
    await tx.content.lockPublishing();
    const latest = await tx.content.latestRelease();
    if (latest?.version !== release.version) return undefined;
    const row = JSON.parse(latest.bundles) as StoredRelease;
    let changed = false;
    const languages: ReleaseLanguage[] = [];
    for (const language of release.languages) {
      let stored = row.languages.find((l) => l.lang === language.lang)!.index;
      if (stored.stale.length > STALE_MAX) {
        stored = await storeIndex(tx, language.index);
        changed = true;
      }
      languages.push({ ...language, stored });
    }
    if (changed) await tx.content.replaceRelease(release.version, releaseRow({ ...release, languages }));
    return { languages, changed };
  });
  if (!done) return false;
  // What is stored now describes the indexes this node keeps: its next publish names what it indexes from there.
  release.languages.forEach((language, i) => (language.stored = done.languages[i].stored));
  return done.changed;
}

/** A release stored whole (by an earlier server version) or prebuilt, as a node loads it. */
function wholeRelease(version: number, release: Release): LoadedRelease & { languages: RenderedRelease[] } {
  return {
    version,
    pages: release.pages,
    languages: release.bundles.map((bundle, b) => ({
      lang: bundle.lang,
      articles: bundle.articles,
      // Without render keys, an article is stored by its content: the next publish renders it again.
      keys: release.renderKeys?.[b] ?? bundle.articles.map((article) => contentKey(JSON.stringify(article))),
      index: new ReleaseIndex(undefined, bundle.index),
    })),
  };
}

/**
 * The newest release stored. What `served` (the release a node serves) has is taken from it: articles by render
 * key, and its index objects, updated with the articles changed since when the stored index is the same.
 */
export async function newestRelease(parts: StoreParts, served?: LoadedRelease): Promise<LoadedRelease | undefined> {
  const latest = await parts.content.latestRelease();
  if (!latest) return undefined;
  const row = JSON.parse(latest.bundles) as StoredRelease | Release;
  if (!('format' in row)) return wholeRelease(latest.version, row);
  const articles = new Map<string, PublishedArticle>();
  for (const { keys, articles: list } of served?.languages ?? []) keys.forEach((key, i) => articles.set(key, list[i]));
  const missing = [...new Set(row.languages.flatMap((language) => language.keys))].filter((key) => !articles.has(key));
  for (const found of await parts.content.renderedArticles(missing))
    articles.set(found.key, JSON.parse(found.article) as PublishedArticle);
  const languages: ReleaseLanguage[] = [];
  for (const { lang, keys, index: stored } of row.languages) {
    const list = keys.map((key) => {
      const article = articles.get(key);
      if (!article) throw new Error(`release ${latest.version} names a rendered article that is not stored`);
      return article;
    });
    const before = served?.languages.find((language) => language.lang === lang);
    const kept = before?.stored?.base === stored.base ? before.index.take() : undefined;
    if (kept) applyChanges(kept, articleChanges(before!, { articles: list, keys }));
    const index = kept ? new ReleaseIndex(kept) : await readIndex(parts, stored, list);
    languages.push({ lang, articles: list, keys, stored, index });
  }
  return { version: latest.version, pages: row.pages, languages };
}

/** A language's index read from the store: its stored index with the stale articles indexed again. */
async function readIndex(parts: StoreParts, { base, stale }: StoredIndex, articles: PublishedArticle[]) {
  const text = await parts.content.searchIndex(base);
  if (text === undefined) throw new Error(`search index ${base} is not stored`);
  const json = JSON.parse(text) as SerializedSearchIndex;
  if (stale.length === 0 || json.version !== SEARCH_INDEX_VERSION) return new ReleaseIndex(undefined, json);
  const index = SearchIndex.fromJSON(json);
  const byId = new Map(articles.map((article) => [article.id, article]));
  for (const id of stale) {
    const article = byId.get(id);
    if (article) index.upsert(articleSearchDocument(article));
    else index.remove(id);
  }
  return new ReleaseIndex(index);
}

/**
 * The newest release, read once for the node to serve; stored again first when an earlier version of the server
 * stored it whole or with a search index of an older format (rendered again then), so that every node can load
 * it in parts. Undefined when nothing was published yet.
 */
export async function loadNewestRelease(store: Store): Promise<LoadedRelease | undefined> {
  return store.transaction(async (tx) => {
    await tx.content.lockPublishing();
    const newest = await newestRelease(tx);
    if (!newest || newest.languages.every((l) => l.stored && l.index.version === SEARCH_INDEX_VERSION)) return newest;
    return storeRelease(tx, { served: newest });
  });
}

/**
 * Removes the stored articles and indexes that no kept release names (`addRelease` keeps the newest releases
 * only); returns how many of each.
 */
export async function pruneReleaseParts(store: Store): Promise<{ articles: number; indexes: number }> {
  return store.transaction(async (tx) => {
    await tx.content.lockPublishing();
    const articles = new Set<string>();
    const indexes = new Set<string>();
    for (const { bundles } of await tx.content.releases()) {
      const row = JSON.parse(bundles) as StoredRelease | Release;
      if (!('format' in row)) continue;
      for (const language of row.languages) {
        for (const key of language.keys) articles.add(key);
        indexes.add(language.index.base);
      }
    }
    const stored = await tx.content.releasePartKeys();
    const unused = {
      articles: stored.articles.filter((key) => !articles.has(key)),
      indexes: stored.indexes.filter((key) => !indexes.has(key)),
    };
    await tx.content.deleteReleaseParts(unused);
    return { articles: unused.articles.length, indexes: unused.indexes.length };
  });
}

/** Publishing would break the help: these checks fail. */
export class ReleaseProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} content problems`);
    this.name = 'ReleaseProblems';
  }
}
