import { buildContent, sourcesFrom, type LanguageBundle, type Problem } from '@direkthilfe/content';
import type { PortalPage } from '@direkthilfe/core/content/model';
import { SEARCH_INDEX_VERSION, type SearchIndex } from '@direkthilfe/core/search/search-index';
import type { Store, StoreParts } from '../store/types.js';

/** What every node serves: the rendered articles and search indexes of each language, and the portal map. */
export interface Release {
  pages: PortalPage[];
  bundles: LanguageBundle[];
  /**
   * The render key of each bundle's articles, in their order: the next release takes an unchanged article over
   * instead of rendering it again. Missing in releases of an earlier server version and in prebuilt ones.
   */
  renderKeys?: string[][];
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
   * store's copy, which would be read and parsed again.
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
  const latest = await tx.content.latestVersion();
  // Its indexes are updated in place (or not at all): no later publish may take them again.
  const indexes = served?.indexes;
  if (served) served.indexes = undefined;
  const rendered = prebuilt
    ? { release: prebuilt }
    : await renderRelease(tx, served?.version === latest ? { ...served, indexes } : await newestRelease(tx));
  await tx.content.addRelease(latest + 1, JSON.stringify(rendered.release));
  return { version: latest + 1, ...rendered };
}

/** Renders and indexes what is published now, taking over what `previous` rendered and indexed of it. */
async function renderRelease(
  tx: StoreParts,
  previous: LoadedRelease | undefined,
): Promise<Omit<LoadedRelease, 'version'>> {
  const sources = await publishedSources(tx);
  const { problems, bundles, renderKeys, indexes } = buildContent(sources, {
    previous: previous && { ...previous.release, indexes: previous.indexes },
  });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new ReleaseProblems(errors);
  return { release: { pages: sources.pages, bundles, renderKeys }, indexes };
}

/** A release as a node loads it. */
export interface LoadedRelease {
  version: number;
  release: Release;
  /**
   * The search indexes of its languages as built, on the node that rendered it: the next publish there updates
   * them in place instead of reading the release's JSON, and takes them (they are then undefined here).
   */
  indexes?: ReadonlyMap<string, SearchIndex>;
}

/** The newest release stored, parsed. */
export async function newestRelease(parts: StoreParts): Promise<LoadedRelease | undefined> {
  const latest = await parts.content.latestRelease();
  return latest && { version: latest.version, release: JSON.parse(latest.bundles) as Release };
}

/**
 * The newest release, parsed once for the node to serve; rendered again first when it holds a search index of
 * an older format (stored by an earlier version of the server), so that every node can load it. Undefined when
 * nothing was published yet.
 */
export async function loadNewestRelease(store: Store): Promise<LoadedRelease | undefined> {
  return store.transaction(async (tx) => {
    await tx.content.lockPublishing();
    const newest = await newestRelease(tx);
    if (!newest || newest.release.bundles.every((bundle) => bundle.index.version === SEARCH_INDEX_VERSION))
      return newest;
    return storeRelease(tx, { prebuilt: (await renderRelease(tx, newest)).release });
  });
}

/** Publishing would break the help: these checks fail. */
export class ReleaseProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} content problems`);
    this.name = 'ReleaseProblems';
  }
}
