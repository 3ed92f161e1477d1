import type { Role } from '../content/model.js';
import { stem } from '../search/normalize.js';
import { SearchEngine } from '../search/search-engine.js';
import type { SearchResult, SerializedSearchIndex } from '../search/types.js';
import { expandCompounds } from './compounds.js';

/**
 * Hits scoring below this share of the best one matched only a side word of the query (in a question
 * such as "wie ändere ich mein passwort", "ändere" meets "andere" in many texts): they are left out.
 */
const RELEVANCE_FLOOR = 0.15;

/**
 * The help search as the panel runs it, on one view's index: compounds the index does not know are
 * searched as their known parts ("Tischtelefonanmeldung"), and hits far below the best are left out.
 */
export class HelpSearch {
  private readonly engine: SearchEngine;

  constructor(readonly index: SerializedSearchIndex) {
    this.engine = new SearchEngine(index);
  }

  search(query: string, { role, limit = 10 }: { role?: Role; limit?: number } = {}): SearchResult[] {
    // Known by stem, so that a compound's part may be inflected or carry the linking "s" ("Auftrags").
    const expanded = expandCompounds(query, (term) => this.engine.index.stems.has(stem(term)));
    const results = this.engine.search(expanded, { role, limit });
    const floor = (results[0]?.score ?? 0) * RELEVANCE_FLOOR;
    return results.filter((r) => r.score >= floor);
  }

  /** The first of `queries` that find something, up to `limit`: searches worth offering. */
  fruitful(queries: readonly string[], limit: number, role?: Role): string[] {
    return queries.filter((q) => this.search(q, { role, limit: 1 }).length > 0).slice(0, limit);
  }

  /** The articles of this index, by title: every topic the view has. */
  get topics(): { id: string; title: string }[] {
    return this.index.docs.map(({ id, title }) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title, 'de'));
  }
}
