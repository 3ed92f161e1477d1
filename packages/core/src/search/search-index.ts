import { stem, terms } from './normalize.js';
import type { IndexedDocument, SearchDocument, SerializedSearchIndex } from './types.js';

/**
 * The index format. 3: terms are the normalised words as written (the engine groups them by stem when it
 * loads); 2 held stems. A release stored with an older format is rendered again at start.
 */
export const SEARCH_INDEX_VERSION = 3;

/** Field weights: title > keywords/synonyms > headings > summary > body. */
export const FIELD_WEIGHTS = { title: 10, keywords: 6, synonyms: 6, headings: 4, summary: 3, body: 1 } as const;

export type SearchField = keyof typeof FIELD_WEIGHTS;

/** Snippets are cut from at most this many sentences per article, each at most this long. */
const PASSAGES = 2;
const PASSAGE_LENGTH = 100;
const SENTENCE = /[^.!?\n]+[.!?]?/g;

/** The weight of one mention in the body, by far the most frequent: written without its weight. */
const DEFAULT_TENTHS = FIELD_WEIGHTS.body * 10;

/** Reads a serialised posting list: `gap × 2` for the default weight, `gap × 2 + 1, weight × 10` otherwise. */
function* iterate(encoded: number[]): Generator<{ gap: number; weight: number }> {
  for (let i = 0; i < encoded.length; i++) {
    const value = encoded[i];
    if (value % 2 === 0) yield { gap: value / 2, weight: DEFAULT_TENTHS / 10 };
    else yield { gap: (value - 1) / 2, weight: encoded[++i] / 10 };
  }
}

/** Normalises synonym groups (lists of words or phrases) to lists of term phrases, dropping empty ones. */
export function synonymTerms(groups: string[][]): string[][] {
  return groups
    .map((group) => [...new Set(group.map((phrase) => terms(phrase).join(' ')).filter(Boolean))])
    .filter((group) => group.length > 1);
}

const cut = (sentence: string) =>
  sentence.length > PASSAGE_LENGTH ? `${sentence.slice(0, PASSAGE_LENGTH - 1).trimEnd()}…` : sentence;

/**
 * The terms of a document with their field-weighted frequency (a term counts per field with a damped
 * frequency: the tenth mention adds little), and the sentences of its body that name most of its title's terms.
 */
function analyse(doc: SearchDocument): { weights: Map<string, number>; passages: string[] } {
  const weights = new Map<string, number>();
  const add = (field: SearchField, fieldTerms: string[]) => {
    const counts = new Map<string, number>();
    for (const term of fieldTerms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      weights.set(term, (weights.get(term) ?? 0) + FIELD_WEIGHTS[field] * (1 + Math.log(count)));
    }
  };
  const titleTerms = terms(doc.title);
  add('title', titleTerms);
  add('keywords', terms(doc.keywords.join(' \n ')));
  add('synonyms', terms(doc.synonyms.join(' \n ')));
  add('headings', terms(doc.headings.join(' \n ')));
  add('summary', terms(doc.summary));

  const wanted = new Set(titleTerms);
  const sentences: { text: string; at: number; named: number }[] = [];
  const bodyTerms: string[] = [];
  for (const match of doc.body.matchAll(SENTENCE)) {
    const sentenceTerms = terms(match[0]);
    bodyTerms.push(...sentenceTerms);
    const text = match[0].trim();
    if (text)
      sentences.push({ text, at: match.index, named: new Set(sentenceTerms.filter((t) => wanted.has(t))).size });
  }
  add('body', bodyTerms);
  // The first sentence always, as the article's opening; then those naming most title words, in text order.
  const chosen = [sentences[0], ...sentences.slice(1).sort((a, b) => b.named - a.named || a.at - b.at)]
    .filter(Boolean)
    .slice(0, PASSAGES)
    .sort((a, b) => a.at - b.at);
  return { weights, passages: chosen.map((s) => cut(s.text)) };
}

/**
 * The searchable index, kept in memory and updated in place: an inverted index of stemmed terms with
 * field-weighted frequencies, a sorted vocabulary (prefixes) and the trigrams of each term (compound parts and
 * typos). Built from documents (content build, backend start), loaded from its JSON (browser), updated one
 * article at a time (publishing), serialised for the browser.
 */
export class SearchIndex {
  /** Documents by slot; a removed or replaced document leaves an empty slot. */
  readonly docs: (IndexedDocument | undefined)[] = [];
  readonly postings = new Map<string, number[]>();
  /** The vocabulary, sorted; terms whose documents are all gone stay, with no postings. */
  readonly sortedTerms: string[] = [];
  readonly trigrams = new Map<string, string[]>();
  /** The vocabulary's terms by stem: a word's inflected forms ("kalte", "kalter", "kalten"). */
  readonly stems = new Map<string, string[]>();
  synonyms: string[][] = [];
  private readonly slots = new Map<string, number>();
  private readonly docTerms: string[][] = [];

  /** How many documents the index holds. */
  get size(): number {
    return this.slots.size;
  }

  static fromDocuments(documents: SearchDocument[], synonymGroups: string[][] = []): SearchIndex {
    const index = new SearchIndex();
    index.synonyms = synonymTerms(synonymGroups);
    for (const doc of documents) index.append(doc);
    index.sortedTerms.push(...[...index.postings.keys()].sort());
    for (const term of index.sortedTerms) index.addTerm(term);
    return index;
  }

  static fromJSON(json: SerializedSearchIndex): SearchIndex {
    if (json.version !== SEARCH_INDEX_VERSION)
      throw new Error(`unsupported search index version ${String(json.version)}`);
    const index = new SearchIndex();
    index.synonyms = json.synonyms;
    json.docs.forEach((doc, slot) => {
      index.docs.push(doc);
      index.slots.set(doc.id, slot);
      index.docTerms.push([]);
    });
    json.terms.forEach((term, i) => {
      const pairs: number[] = [];
      let slot = 0;
      for (const encoded of iterate(json.postings[i])) {
        slot += encoded.gap;
        pairs.push(slot, encoded.weight);
        index.docTerms[slot].push(term);
      }
      index.postings.set(term, pairs);
      index.sortedTerms.push(term);
      index.addTerm(term);
    });
    return index;
  }

  /** Adds or replaces one document (publishing an article): only its own terms are touched. */
  upsert(doc: SearchDocument): void {
    this.remove(doc.id);
    const newTerms = this.append(doc).filter((term) => this.postings.get(term)!.length === 2);
    for (const term of newTerms) {
      if (this.insertSorted(term)) this.addTerm(term);
    }
  }

  /** Removes a document; returns whether it was there. */
  remove(id: string): boolean {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    for (const term of this.docTerms[slot]) {
      const pairs = this.postings.get(term)!;
      for (let i = 0; i < pairs.length; i += 2) {
        if (pairs[i] === slot) {
          pairs.splice(i, 2);
          break;
        }
      }
    }
    this.docs[slot] = undefined;
    this.docTerms[slot] = [];
    this.slots.delete(id);
    return true;
  }

  /** The compact JSON for the browser: live documents only, renumbered, postings as gaps. */
  toJSON(): SerializedSearchIndex {
    const renumbered = new Map<number, number>();
    const docs: IndexedDocument[] = [];
    this.docs.forEach((doc, slot) => {
      if (!doc) return;
      renumbered.set(slot, docs.length);
      docs.push(doc);
    });
    const terms: string[] = [];
    const postings: number[][] = [];
    for (const term of this.sortedTerms) {
      const pairs = this.postings.get(term)!;
      if (pairs.length === 0) continue;
      const encoded: number[] = [];
      let previous = 0;
      for (let j = 0; j < pairs.length; j += 2) {
        const number = renumbered.get(pairs[j])!;
        const tenths = Math.round(pairs[j + 1] * 10);
        if (tenths === DEFAULT_TENTHS) encoded.push((number - previous) * 2);
        else encoded.push((number - previous) * 2 + 1, tenths);
        previous = number;
      }
      terms.push(term);
      postings.push(encoded);
    }
    return { version: SEARCH_INDEX_VERSION, docs, terms, postings, synonyms: this.synonyms };
  }

  /** Indexes a document in a new slot (so postings stay sorted by slot); returns its terms. */
  private append(doc: SearchDocument): string[] {
    const { weights, passages } = analyse(doc);
    const slot = this.docs.length;
    this.docs.push({ id: doc.id, title: doc.title, summary: doc.summary, roles: doc.roles, passages });
    this.slots.set(doc.id, slot);
    const docTerms = [...weights.keys()];
    this.docTerms.push(docTerms);
    for (const [term, weight] of weights) {
      const pairs = this.postings.get(term);
      const rounded = Math.round(weight * 10) / 10;
      if (pairs) pairs.push(slot, rounded);
      else this.postings.set(term, [slot, rounded]);
    }
    return docTerms;
  }

  private insertSorted(term: string): boolean {
    const terms = this.sortedTerms;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (terms[middle] < term) low = middle + 1;
      else high = middle;
    }
    if (terms[low] === term) return false;
    terms.splice(low, 0, term);
    return true;
  }

  /** Makes a new vocabulary term findable by its stem and trigrams. */
  private addTerm(term: string): void {
    const key = stem(term);
    const forms = this.stems.get(key);
    if (forms) forms.push(term);
    else this.stems.set(key, [term]);
    for (const gram of new Set(trigramsOf(term))) {
      const list = this.trigrams.get(gram);
      if (list) list.push(term);
      else this.trigrams.set(gram, [term]);
    }
  }
}

export function trigramsOf(word: string): string[] {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}
