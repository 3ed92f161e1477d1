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
import type { Problem } from './problems.js';
import { createNodeSanitizer, type NodeSanitizer } from './sanitize-node.js';

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

/**
 * The version of rendering (Markdown extras, sanitiser rules, plain text, headings). Raise it with any change to
 * what an article renders to: articles rendered under another version are never taken over.
 */
const RENDER_VERSION = 1;

/** The share of a language's articles changed or gone from which its index is built anew rather than updated. */
const REBUILD_SHARE = 0.25;
/** Empty slots a kept index may have beyond its documents' number before it is read anew. */
const SLACK = 64;

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
export function buildContent(sources: ContentSources, { previous }: BuildOptions = {}): BuildResult {
  const sanitizer = createNodeSanitizer();
  const { problems, articles } = checkContent(sources, sanitizer);
  if (problems.some((p) => p.severity === 'error'))
    return { problems, bundles: [], renderKeys: [], renderCount: 0, indexCount: 0, indexes: new Map() };
  // What an article renders to depends on its file, the language it is shown in, the portal map and nothing else.
  const context = `${RENDER_VERSION}\0${sources.published === true}\0${JSON.stringify(sources.pages)}`;
  const renderKey = (article: CheckedArticle, lang: string) =>
    createHash('sha256').update(`${context}\0${lang}\0${article.file.lang}\0${article.file.source}`).digest('base64url');
  const rendered = previous && renderedArticles(previous.bundles, previous.renderKeys);
  let renderCount = 0;
  let indexCount = 0;
  const indexes = new Map<string, SearchIndex>();

  const published = (lang: string) =>
    new Map(articles.filter((a) => a.file.lang === lang && !a.meta.draft).map((a) => [a.meta.id, a]));
  const originals = published(SOURCE_LANGUAGE);

  const bundles = LANGUAGES.map((lang) => {
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
    const list = [...originals.values()].map((original) => {
      const translation = translated.get(original.meta.id);
      const key = renderKey(translation ?? original, lang);
      keys.push(key);
      const earlier = rendered?.get(key);
      if (earlier) return earlier;
      renderCount++;
      return translation ? publish(translation, false) : publish(original, true);
    });
    const synonyms = lang === SOURCE_LANGUAGE ? sources.synonyms : [];
    const b = previous?.bundles.findIndex((bundle) => bundle.lang === lang) ?? -1;
    const updated =
      b >= 0
        ? updateIndex(
            { bundle: previous!.bundles[b], keys: previous!.renderKeys?.[b], index: previous!.indexes?.get(lang) },
            list,
            keys,
            synonyms,
          )
        : undefined;
    indexCount += updated ? updated.count : list.length;
    const built = updated ?? newIndex(list, synonyms);
    if (built.builder) indexes.set(lang, built.builder);
    return { bundle: { lang, articles: list, index: built.index }, keys };
  });
  return {
    problems,
    bundles: bundles.map((b) => b.bundle),
    renderKeys: bundles.map((b) => b.keys),
    renderCount,
    indexCount,
    indexes,
  };
}

/** A language's index built from its articles, and the object that built it (for the next build to update). */
function newIndex(articles: PublishedArticle[], synonyms: string[][]) {
  const builder = SearchIndex.fromDocuments(articles.map(articleSearchDocument), synonyms);
  return { index: builder.toJSON(), builder };
}

/**
 * A language's index from the build before, with the articles that changed since (by render key) indexed again
 * and those gone removed: that build's index object when kept, else read from its JSON. Undefined when it cannot
 * be updated: no keys, another index format, other synonyms, or so much changed that building anew is quicker.
 */
function updateIndex(
  earlier: { bundle: LanguageBundle; keys?: string[]; index?: SearchIndex },
  articles: PublishedArticle[],
  keys: string[],
  synonyms: string[][],
): { index: SerializedSearchIndex; builder?: SearchIndex; count: number } | undefined {
  const { bundle } = earlier;
  if (
    !earlier.keys ||
    bundle.index.version !== SEARCH_INDEX_VERSION ||
    JSON.stringify(bundle.index.synonyms) !== JSON.stringify(synonymTerms(synonyms))
  )
    return undefined;
  const earlierKey = new Map(bundle.articles.map((article, i) => [article.id, earlier.keys![i]]));
  const current = new Set(articles.map((article) => article.id));
  const gone = bundle.articles.filter((article) => !current.has(article.id));
  const changed = articles.filter((article, i) => earlierKey.get(article.id) !== keys[i]);
  if (gone.length === 0 && changed.length === 0) return { index: bundle.index, builder: earlier.index, count: 0 };
  // Updating touches each changed article's terms; past a share of the help, building anew is quicker.
  if (gone.length + changed.length > articles.length * REBUILD_SHARE) return undefined;
  // A kept index grows by a slot with every update: read anew from the JSON once half of its slots are empty.
  const kept = earlier.index && earlier.index.docs.length <= 2 * earlier.index.size + SLACK ? earlier.index : undefined;
  const builder = kept ?? SearchIndex.fromJSON(bundle.index);
  for (const article of gone) builder.remove(article.id);
  for (const article of changed) builder.upsert(articleSearchDocument(article));
  return { index: builder.toJSON(), builder, count: changed.length };
}

/** The articles of an earlier build by their render keys: what a build may take over (`rendered`). */
function renderedArticles(bundles: LanguageBundle[], renderKeys: string[][] = []): Map<string, PublishedArticle> {
  const rendered = new Map<string, PublishedArticle>();
  bundles.forEach((bundle, b) =>
    bundle.articles.forEach((article, a) => {
      const key = renderKeys[b]?.[a];
      if (key) rendered.set(key, article);
    }),
  );
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
