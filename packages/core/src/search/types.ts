import type { Role } from '../content/model.js';
import type { SearchIndex, SearchResult } from '../api/help.js';

/** What the search indexes of an article. */
export interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  roles: Role[];
  keywords: string[];
  synonyms: string[];
  headings: string[];
  /** The article's plain text, for matching and snippets. */
  body: string;
}

/** Field weights: title > keywords/synonyms > headings > summary > body. */
export const FIELD_WEIGHTS = { title: 10, keywords: 6, synonyms: 6, headings: 4, summary: 3, body: 1 } as const;

export type SearchField = keyof typeof FIELD_WEIGHTS;

/**
 * The prebuilt index as JSON: built once (content build, backend start) and loaded by the browser,
 * which then searches offline. Its shape is the API contract's (`GET /api/help/index`).
 */
export type SerializedSearchIndex = SearchIndex;

export interface SearchOptions {
  role?: Role;
  limit?: number;
}

/** A search hit, as `GET /api/help/search` answers it. */
export type { SearchResult };
