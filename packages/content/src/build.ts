import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PortalPage, PublishedArticle } from '@direkthilfe/core/content/model';
import { CONTENT_ID_PREFIX } from '@direkthilfe/core/content/sanitize';
import { synonymTerms } from '@direkthilfe/core/search/build-index';
import { SEARCH_INDEX_VERSION, SearchIndex } from '@direkthilfe/core/search/search-index';
import { articleSearchDocument } from '@direkthilfe/core/search/documents';
import type { SerializedSearchIndex } from '@direkthilfe/core/search/types';
import { checkContent, type CheckedArticle } from './check.js';
import { LANGUAGES, SOURCE_LANGUAGE, type ContentSources } from './load.js';
import { createMarkdownRenderer } from './markdown.js';
import { buildSearchIndex } from './search-build.js';
import type { Problem } from './problems.js';
import { sharedNodeSanitizer, type NodeSanitizer } from './sanitize-node.js';

export interface LanguageBundle {
  lang: string;
  articles: PublishedArticle[];
  index: SerializedSearchIndex;
}

export interface BuildResult {
  problems: Problem[];
  bundles: LanguageBundle[];
  /** Each bundle's articles' render keys, in their order: what the next build may take them over by. */
  renderKeys: string[][];
  /** How many articles were rendered; the others were taken over from `previous`. */
  renderCount: number;
  /** How many articles were indexed: all of a language whose index was built anew, else those that changed. */
  indexCount: number;
  /** Each language's index as built or updated: what the next build may update in place (`previous.indexes`). */
  indexes: Map<string, SearchIndex>;
}

/** What an earlier build (the release before) gave: its bundles and their render keys. */
export interface EarlierBuild {
  bundles: LanguageBundle[];
  renderKeys?: string[][];
  /**
   * The languages' indexes as that build left them (its `indexes`), when the caller kept them: updated in place,
   * so they are the new build's from then on, instead of being read from the bundles' JSON.
   */
  indexes?: ReadonlyMap<string, SearchIndex>;
}

export interface BuildOptions {
  /**
   * The build before. An article whose render key it has is taken over instead of being rendered again, and a
   * language's index is that build's, updated with the articles that changed: publishing one article renders
   * and indexes that one, not the whole help.
   */
  previous?: EarlierBuild;
}

/** A language as rendered: its articles, their render keys in the same order, and its search index. */
export interface RenderedLanguage {
  lang: string;
  articles: PublishedArticle[];
  keys: string[];
  index: SearchIndex;
  /** The ids of the articles indexed again or removed since the earlier index; undefined when built anew. */
  reindexed?: string[];
}

/** A language of the render before: what the next render takes over. */
export interface EarlierLanguage {
  lang: string;
  articles: PublishedArticle[];
  /** The articles' render keys; without them everything is rendered and indexed anew. */
  keys?: string[];
  /**
   * Its index, which the render then updates in place (the caller gives it up), or undefined when there is none
   * of the current format. Called only when an update is possible.
   */
  index(): SearchIndex | undefined;
}

export interface RenderResult {
  problems: Problem[];
  languages: RenderedLanguage[];
  /** How many articles were rendered; the others were taken over from `previous`. */
  renderCount: number;
  /** How many articles were indexed: all of a language whose index was built anew, else those that changed. */
  indexCount: number;
}

/**
 * The version of rendering (Markdown extras, sanitiser rules, plain text, headings). Raise it with any change to
 * what an article renders to: articles rendered under another version are never taken over.
 */
const RENDER_VERSION = 1;

/** The share of a language's articles changed or gone from which its index is built anew rather than updated. */
const REBUILD_SHARE = 0.25;
/** Empty slots a kept index may have beyond its documents' number before it is compacted. */
const SLACK = 64;
/**
 * Rendering gives the event loop a turn after this much work: a full render of thousands of articles (the portal
 * map changed, say) takes seconds, and the publishing node keeps answering requests meanwhile.
 */
const RENDER_SLICE_MS = 50;

/** Resolves on a later turn of the event loop once `RENDER_SLICE_MS` of work went by since the last, else at once. */
function renderPacer(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < RENDER_SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}

/** Markdown to sanitised HTML: the one path every published article takes. */
export function createArticleRenderer(pages: PortalPage[], lang: string, sanitizer: NodeSanitizer) {
  const render = createMarkdownRenderer(pages, lang);
  return (markdown: string) => {
    const { html, headings } = render(markdown);
    return { html: sanitizer.sanitize(html), headings };
  };
}

/**
 * Checks the content and, when there is no error, renders every published article per language
 * (sanitised HTML, plain text, headings) and builds its search index. Drafts are never published;
 * a missing translation is replaced by the German article, marked as fallback.
 */
export async function buildContent(
  sources: ContentSources,
  { previous }: BuildOptions = {},
): Promise<BuildResult> {
  const { problems, languages, renderCount, indexCount } = await renderContent(sources, {
    previous: previous?.bundles.map((bundle, b) => ({
      lang: bundle.lang,
      articles: bundle.articles,
      keys: previous.renderKeys?.[b],
      index: () =>
        previous.indexes?.get(bundle.lang) ??
        (bundle.index.version === SEARCH_INDEX_VERSION ? SearchIndex.fromJSON(bundle.index) : undefined),
    })),
  });
  return {
    problems,
    bundles: languages.map(({ lang, articles, index }) => ({ lang, articles, index: index.toJSON() })),
    renderKeys: languages.map((language) => language.keys),
    renderCount,
    indexCount,
    indexes: new Map(languages.map((language) => [language.lang, language.index])),
  };
}

/**
 * What `buildContent` does, with each language's index as the object that can be updated rather than as JSON:
 * the backend stores an index only now and then and otherwise the ids indexed again (see content-release.ts).
 */
export async function renderContent(
  sources: ContentSources,
  { previous }: { previous?: EarlierLanguage[] } = {},
): Promise<RenderResult> {
  const sanitizer = sharedNodeSanitizer();
  const { problems, articles } = checkContent(sources, sanitizer);
  if (problems.some((p) => p.severity === 'error')) return { problems, languages: [], renderCount: 0, indexCount: 0 };
  // What an article renders to depends on its file, the language it is shown in, the portal map and nothing else.
  // The shared part is hashed once and the hash copied per article: the portal map is not hashed thousands of times.
  const context = createHash('sha256').update(
    `${RENDER_VERSION}\0${sources.published === true}\0${JSON.stringify(sources.pages)}`,
  );
  const renderKey = (article: CheckedArticle, lang: string) =>
    context.copy().update(`\0${lang}\0${article.file.lang}\0${article.file.source}`).digest('base64url');
  const rendered = previous && renderedArticles(previous);
  let renderCount = 0;
  let indexCount = 0;

  const published = (lang: string) =>
    new Map(articles.filter((a) => a.file.lang === lang && !a.meta.draft).map((a) => [a.meta.id, a]));
  const originals = published(SOURCE_LANGUAGE);

  const pace = renderPacer();
  const languages: RenderedLanguage[] = [];
  for (const lang of LANGUAGES) {
    const translated = published(lang);
    const render = createArticleRenderer(sources.pages, lang, sanitizer);
    const renderFallback = createArticleRenderer(sources.pages, SOURCE_LANGUAGE, sanitizer);
    const publish = (article: CheckedArticle, fallback: boolean): PublishedArticle => {
      const { html: safe, headings } = (fallback ? renderFallback : render)(article.body);
      return {
        ...article.meta,
        lang: article.file.lang,
        html: safe,
        text: sanitizer.textOf(safe),
        headings: headings.map((h) => ({ ...h, id: CONTENT_ID_PREFIX + h.id })),
        fallback,
      };
    };
    const keys: string[] = [];
    const list: PublishedArticle[] = [];
    for (const original of originals.values()) {
      const translation = translated.get(original.meta.id);
      const key = renderKey(translation ?? original, lang);
      keys.push(key);
      const earlier = rendered?.get(key);
      if (earlier) list.push(earlier);
      else {
        renderCount++;
        list.push(translation ? publish(translation, false) : publish(original, true));
        await pace();
      }
    }
    const synonyms = lang === SOURCE_LANGUAGE ? sources.synonyms : [];
    const earlier = previous?.find((language) => language.lang === lang);
    const updated = earlier && updateIndex(earlier, list, keys, synonyms);
    indexCount += updated ? updated.indexed : list.length;
    languages.push({
      lang,
      articles: list,
      keys,
      ...(updated
        ? { index: updated.index, reindexed: updated.reindexed }
        : { index: await buildSearchIndex(list.map(articleSearchDocument), synonyms) }),
    });
  }
  return { problems, languages, renderCount, indexCount };
}

/**
 * A language's index from the render before, with the articles that changed since (by render key) indexed again
 * and those gone removed, and the synonym groups of now; `reindexed` is left out when the groups changed. Undefined
 * when it cannot be updated: no keys, no index of the current format, or so much changed that building anew is
 * quicker.
 */
function updateIndex(
  earlier: EarlierLanguage,
  articles: PublishedArticle[],
  keys: string[],
  synonyms: string[][],
): { index: SearchIndex; reindexed?: string[]; indexed: number } | undefined {
  if (!earlier.keys) return undefined;
  const changes = articleChanges({ articles: earlier.articles, keys: earlier.keys }, { articles, keys });
  // Updating touches each changed article's terms; past a share of the help, building anew is quicker.
  if (changes.gone.length + changes.changed.length > articles.length * REBUILD_SHARE) return undefined;
  const index = earlier.index();
  if (!index) return undefined;
  // A kept index grows by a slot with every update: compacted once half of its slots are empty.
  const compact = index.docs.length > 2 * index.size + SLACK ? SearchIndex.fromJSON(index.toJSON()) : index;
  const reindexed = applyChanges(compact, changes);
  // The engine reads the synonym groups when it searches; indexing does not use them. Other groups change no
  // article's terms, only the index as stored: without `reindexed` it is stored anew, as one built anew.
  const groups = synonymTerms(synonyms);
  const regrouped = JSON.stringify(compact.synonyms) !== JSON.stringify(groups);
  compact.synonyms = groups;
  return { index: compact, reindexed: regrouped ? undefined : reindexed, indexed: changes.changed.length };
}

/** The articles of `now` that are new or changed (by render key) since `earlier`, and those of `earlier` gone. */
export function articleChanges(
  earlier: { articles: PublishedArticle[]; keys: string[] },
  now: { articles: PublishedArticle[]; keys: string[] },
): { changed: PublishedArticle[]; gone: PublishedArticle[] } {
  const earlierKey = new Map(earlier.articles.map((article, i) => [article.id, earlier.keys[i]]));
  const current = new Set(now.articles.map((article) => article.id));
  return {
    changed: now.articles.filter((article, i) => earlierKey.get(article.id) !== now.keys[i]),
    gone: earlier.articles.filter((article) => !current.has(article.id)),
  };
}

/** Removes the gone articles from an index and indexes the changed ones again; returns the ids touched. */
export function applyChanges(
  index: SearchIndex,
  { changed, gone }: { changed: PublishedArticle[]; gone: PublishedArticle[] },
): string[] {
  for (const article of gone) index.remove(article.id);
  for (const article of changed) index.upsert(articleSearchDocument(article));
  return [...gone, ...changed].map((article) => article.id);
}

/** The articles of an earlier render by their render keys: what a render may take over. */
function renderedArticles(languages: EarlierLanguage[]): Map<string, PublishedArticle> {
  const rendered = new Map<string, PublishedArticle>();
  for (const { articles, keys } of languages)
    articles.forEach((article, a) => {
      const key = keys?.[a];
      if (key) rendered.set(key, article);
    });
  return rendered;
}

/** Writes `<outDir>/<lang>/articles.json` and `<outDir>/<lang>/search-index.json`. */
export function writeBundles(bundles: LanguageBundle[], outDir: string): void {
  for (const bundle of bundles) {
    const dir = join(outDir, bundle.lang);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'articles.json'), JSON.stringify({ lang: bundle.lang, articles: bundle.articles }));
    writeFileSync(join(dir, 'search-index.json'), JSON.stringify(bundle.index));
  }
}
