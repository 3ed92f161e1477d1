import type { Role } from '../content/model.js';
import type { SEARCH_INDEX_VERSION } from './searchable-index.js';

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

/**
 * The prebuilt index as JSON: built by the content build and the backend, loaded by the browser, which then
 * searches offline. Postings are compact: document numbers as gaps, weights as integers (tenths).
 */
export interface SerializedSearchIndex {
  version: typeof SEARCH_INDEX_VERSION;
  docs: IndexedDocument[];
  /** Sorted, distinct terms (normalised words, not stemmed). */
  terms: string[];
  /**
   * Per term, its documents in order: `gap × 2` where the field-weighted frequency is that of one mention in the
   * body (most are), else `gap × 2 + 1` followed by the weight × 10; gap = document number − the previous one.
   */
  postings: number[][];
  /** Synonym groups as lists of terms (each entry a phrase's terms joined by a space). */
  synonyms: string[][];
}

/**
 * Above a size the browser does not download the index: the backend answers `/api/help/index` with this marker
 * and the panel asks its search API instead, which runs the same engine on the same index.
 */
export interface RemoteSearchIndex {
  version: typeof SEARCH_INDEX_VERSION;
  remote: true;
  /** How many articles the index holds. */
  articles: number;
}

/** What `/api/help/index` returns: the index itself, or the marker for searching on the server. */
export type ClientSearchIndex = SerializedSearchIndex | RemoteSearchIndex;

export const isRemoteIndex = (index: ClientSearchIndex): index is RemoteSearchIndex => 'remote' in index;

/** Indexes larger than this (bytes after gzip) are searched on the server rather than downloaded. */
export const CLIENT_INDEX_MAX_GZIP_BYTES = 100_000;

export interface SearchOptions {
  role?: Role;
  limit?: number;
}

export interface SearchResult {
  id: string;
  title: string;
  summary: string;
  /** A passage of the article around the matched words. */
  snippet: string;
  /** Offsets in `snippet` of the matched words, `[start, end)` each. */
  highlights: [number, number][];
  /** Relevance, higher is better; comparable within one query only. */
  score: number;
}

/** Anything that answers searches: the engine on a local index, or the server's search API. */
export interface Searcher {
  search(query: string, options?: SearchOptions): SearchResult[] | Promise<SearchResult[]>;
}
