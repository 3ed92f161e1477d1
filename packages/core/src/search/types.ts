import type { Role } from '../content/model.js';
import type { RemoteSearchIndex, SearchIndex, SearchResult, SerializedSearchIndex } from '../api/help.js';

/** What the search indexes of an article. */
export interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  roles: Role[];
  keywords: string[];
  synonyms: string[];
  headings: string[];
  /** The article's plain text, for matching; only a few passages of it are kept for snippets. */
  body: string;
}

/** What the index keeps of an article: enough to show a result, not its whole text. */
export interface IndexedDocument {
  id: string;
  title: string;
  summary: string;
  roles: Role[];
  /** A few short sentences of the body that snippets are cut from (those naming the title's words first). */
  passages: string[];
}

/** Field weights: title > keywords/synonyms > headings > summary > body. */
export const FIELD_WEIGHTS = { title: 10, keywords: 6, synonyms: 6, headings: 4, summary: 3, body: 1 } as const;

export type SearchField = keyof typeof FIELD_WEIGHTS;

// The index and its remote marker are the API contract's shapes (`GET /api/help/index`).
export type { RemoteSearchIndex, SearchResult, SerializedSearchIndex };

/** What `/api/help/index` returns: the index itself, or the marker for searching on the server. */
export type ClientSearchIndex = SearchIndex;

export const isRemoteIndex = (index: ClientSearchIndex): index is RemoteSearchIndex => 'remote' in index;

/** Indexes larger than this (bytes after gzip) are searched on the server rather than downloaded. */
export const CLIENT_INDEX_MAX_GZIP_BYTES = 100_000;

export interface SearchOptions {
  role?: Role;
  limit?: number;
}

/** Anything that answers searches: the engine on a local index, or the server's search API. */
export interface Searcher {
  search(query: string, options?: SearchOptions): SearchResult[] | Promise<SearchResult[]>;
}
