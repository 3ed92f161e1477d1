import { stem } from './normalize.js';
import type { IndexedDocument, SerializedSearchIndex } from './types.js';

/**
 * The index format. 3: terms are the normalised words as written (the engine groups them by stem when it
 * loads); 2 held stems. A release stored with an older format is rendered again at start.
 */
export const SEARCH_INDEX_VERSION = 3;

/** Field weights: title > keywords/synonyms > headings > summary > body. */
export const FIELD_WEIGHTS = { title: 10, keywords: 6, synonyms: 6, headings: 4, summary: 3, body: 1 } as const;

export type SearchField = keyof typeof FIELD_WEIGHTS;

/** The weight of one mention in the body, by far the most frequent: written without its weight. */
export const DEFAULT_TENTHS = FIELD_WEIGHTS.body * 10;

/**
 * The order of documents: by id, code unit by code unit (no locale). Serialised indexes number documents in it, and
 * the engine ranks equal scores by it.
 */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** How many documents a serialised posting list names: `gap × 2` or `gap × 2 + 1, weight × 10` each. */
function countPostings(encoded: number[]): number {
  let count = 0;
  for (let i = 0; i < encoded.length; i++, count++) if (encoded[i] % 2 === 1) i++;
  return count;
}

/**
 * What the engine searches: an inverted index of terms with field-weighted frequencies, a sorted vocabulary
 * (prefixes), its terms by stem (inflections) and the trigrams of each term (compound parts and typos). This is
 * what the browser loads from the serialised index; building it from documents, updating it and serialising it
 * is `SearchIndex`'s (search-index.ts), code the browser never downloads.
 */
export class SearchableIndex {
  /** Documents by slot; a removed or replaced document leaves an empty slot. */
  readonly docs: (IndexedDocument | undefined)[] = [];
  /**
   * Per term its documents' slots and weights in tenths, `[slot, tenths, slot, tenths, …]` in slot order. Typed
   * arrays of 32-bit integers: a large index holds millions of these numbers, the garbage collector need not look
   * into them, and building one writes half the memory that doubles would take.
   */
  readonly postings = new Map<string, Int32Array>();
  /** The vocabulary, sorted; terms whose documents are all gone stay, with no postings. */
  readonly sortedTerms: string[] = [];
  /**
   * The vocabulary by stem and by trigram, made on first use: only searching needs them, building, updating and
   * serialising an index do not.
   */
  private vocabulary?: { stems: Map<string, string[]>; trigrams: Map<string, string[]> };
  synonyms: string[][] = [];
  /** The slot of each document by its id. */
  protected readonly slots = new Map<string, number>();

  /** How many documents the index holds. */
  get size(): number {
    return this.slots.size;
  }

  /** The vocabulary's terms by stem: a word's inflected forms ("kalte", "kalter", "kalten"). */
  get stems(): ReadonlyMap<string, string[]> {
    return this.prepare().stems;
  }

  /** The vocabulary's terms by each of their trigrams (`trigramsOf`). */
  get trigrams(): ReadonlyMap<string, string[]> {
    return this.prepare().trigrams;
  }

  /** Makes the vocabulary by stem and trigram now, if it is not made yet: a search engine does it when it starts. */
  prepare() {
    if (!this.vocabulary) {
      this.vocabulary = { stems: new Map(), trigrams: new Map() };
      for (const term of this.sortedTerms) this.addTerm(term);
    }
    return this.vocabulary;
  }

  static fromJSON(json: SerializedSearchIndex): SearchableIndex {
    const index = new SearchableIndex();
    index.read(json);
    return index;
  }

  /** Takes in a serialised index; this one is empty. */
  protected read(json: SerializedSearchIndex): void {
    if (json.version !== SEARCH_INDEX_VERSION)
      throw new Error(`unsupported search index version ${String(json.version)}`);
    this.synonyms = json.synonyms;
    json.docs.forEach((doc, slot) => {
      this.docs.push(doc);
      this.slots.set(doc.id, slot);
    });
    // Every list a view of one buffer: reading a large index allocates once.
    const counts = json.postings.map(countPostings);
    const all = new Int32Array(counts.reduce((sum, count) => sum + count, 0) * 2);
    let at = 0;
    json.terms.forEach((term, t) => {
      const encoded = json.postings[t];
      const start = at;
      for (let i = 0, slot = 0; i < encoded.length; i++) {
        const value = encoded[i];
        slot += value >> 1;
        all[at++] = slot;
        all[at++] = value % 2 === 0 ? DEFAULT_TENTHS : encoded[++i];
      }
      this.postings.set(term, all.subarray(start, at));
      this.sortedTerms.push(term);
    });
  }

  /** Makes a new vocabulary term findable by its stem and trigrams, once they are made. */
  protected addTerm(term: string): void {
    if (!this.vocabulary) return;
    const { stems, trigrams } = this.vocabulary;
    const key = stem(term);
    const forms = stems.get(key);
    if (forms) forms.push(term);
    else stems.set(key, [term]);
    for (const gram of trigramsOf(term)) {
      const list = trigrams.get(gram);
      if (!list) trigrams.set(gram, [term]);
      // A gram that recurs in the term ("^aaa$") lists it once: it is the last one listed.
      else if (list[list.length - 1] !== term) list.push(term);
    }
  }
}

export function trigramsOf(word: string): string[] {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}
