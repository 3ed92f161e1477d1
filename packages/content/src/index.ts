export { loadSources, sourcesFrom, LANGUAGES, SHARED_FILES, SOURCE_LANGUAGE } from './load.js';
export type { ContentSources, SourceFile } from './load.js';
export { CheckCache, checkContent } from './check.js';
export type { CheckedArticle, CheckResult } from './check.js';
export { applyChanges, articleChanges, buildContent, createArticleRenderer, renderContent, writeBundles } from './build.js';
export type {
  BuildOptions,
  BuildResult,
  EarlierBuild,
  EarlierLanguage,
  LanguageBundle,
  RenderedLanguage,
  RenderResult,
} from './build.js';
export { createMarkdownRenderer, slugify } from './markdown.js';
export { buildSearchIndex, PARALLEL_MIN_DOCUMENTS } from './search-build.js';
export type { IndexBuildOptions } from './search-build.js';
export { createNodeSanitizer, sharedNodeSanitizer } from './sanitize-node.js';
export type { NodeSanitizer } from './sanitize-node.js';
export { checkLimits, MAX_ARTICLE_BYTES, MAX_NESTING_DEPTH } from './limits.js';
export { formatProblem } from './problems.js';
export type { Problem } from './problems.js';
export { parseSource } from './frontmatter.js';
export { closest } from './problems.js';
