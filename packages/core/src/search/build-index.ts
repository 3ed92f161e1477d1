import { SearchIndex } from './search-index.js';
import type { SearchDocument, SerializedSearchIndex } from './types.js';

export { synonymTerms } from './search-index.js';

/** Builds the serialisable index of a set of documents (content build, stories, tests). */
export function buildSearchIndex(documents: SearchDocument[], synonymGroups: string[][] = []): SerializedSearchIndex {
  return SearchIndex.fromDocuments(documents, synonymGroups).toJSON();
}
