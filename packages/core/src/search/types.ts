import type { Role } from '../content/model.js';

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
 * which then searches offline.
 */
export interface SerializedSearchIndex {
  version: 1;
  docs: { id: string; title: string; summary: string; roles: Role[]; body: string }[];
  /** Sorted, distinct terms (normalised and stemmed). */
  terms: string[];
  /** Per term: pairs of document index and field-weighted term frequency. */
  postings: number[][];
  /** Synonym groups as lists of terms (each entry a phrase's terms joined by a space). */
  synonyms: string[][];
}

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
