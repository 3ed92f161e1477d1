import { isTerm, normalizeWord, terms } from './normalize.js';
import {
  compareIds,
  DEFAULT_TENTHS,
  FIELD_WEIGHTS,
  SEARCH_INDEX_VERSION,
  SearchableIndex,
  type SearchField,
} from './searchable-index.js';
import type { IndexedDocument, SearchDocument, SerializedSearchIndex } from './types.js';
import { WordTable } from './word-table.js';

export { FIELD_WEIGHTS, SEARCH_INDEX_VERSION, type SearchField } from './searchable-index.js';

/** Snippets are cut from at most two sentences per article, each at most this long. */
const PASSAGE_LENGTH = 100;
const SENTENCE = /[^.!?\n]+[.!?]?/g;
/** What ends a sentence (`SENTENCE`): between two sentences lie only these. */
const isSentenceBreak = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a;

/** Normalises synonym groups (lists of words or phrases) to lists of term phrases, dropping empty ones. */
export function synonymTerms(groups: string[][]): string[][] {
  return groups
    .map((group) => [...new Set(group.map((phrase) => terms(phrase).join(' ')).filter(Boolean))])
    .filter((group) => group.length > 1);
}

const cut = (sentence: string) =>
  sentence.length > PASSAGE_LENGTH ? `${sentence.slice(0, PASSAGE_LENGTH - 1).trimEnd()}…` : sentence;

/** `1 + ln(count)` for the counts most terms have in a field, computed once. */
const DAMPED = Float64Array.from({ length: 64 }, (_, count) => 1 + Math.log(count));

/**
 * Counts a document's terms per field without a Map per document and field: every distinct word gets an id once
 * (per index), and the counts and weights go into arrays by id that are cleared after each field and document.
 */
class TermCounter {
  /** The term id of every (normalised) word seen, or -1 for words that are no terms (stopwords, single letters). */
  private readonly ids = new WordTable();
  /** The terms by id. */
  readonly terms: string[] = [];
  private counts = new Int32Array(1024);
  private weights = new Float64Array(1024);
  /** The ids counted in the current field and those weighted in the current document, in the order first seen. */
  private readonly fieldIds: number[] = [];
  private readonly documentIds: number[] = [];

  /** Gives a term its id: a document's word when first seen, or a term of an index read back. */
  private newTerm(term: string): number {
    const id = this.terms.push(term) - 1;
    if (id === this.counts.length) {
      const counts = new Int32Array(id * 2);
      counts.set(this.counts);
      this.counts = counts;
      const weights = new Float64Array(id * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    return id;
  }

  private readonly idOfNewWord = (word: string) => (isTerm(word) ? this.newTerm(word) : -1);

  /** A term of an index read back; one that is no term today (the stopwords changed) is not counted again. */
  readTerm(term: string): number {
    const id = this.newTerm(term);
    if (isTerm(term)) this.ids.set(term, id);
    return id;
  }

  /** The ids of the words of the text read last, -1 for words that are no terms: one array, reused. */
  readonly wordIds: number[] = [];
  /** Where in `wordIds` each of the text's NUL-separated parts ends. */
  readonly partEnds: number[] = [];

  /** Reads a normalised text, its parts separated by NULs, into `wordIds` and `partEnds`. */
  read(normalized: string): void {
    this.wordIds.length = 0;
    this.partEnds.length = 0;
    this.ids.valuesOf(normalized, this.idOfNewWord, this.wordIds, this.partEnds);
  }

  /** Counts the terms of the words `from` up to `to` of the text read last in the current field. */
  count(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const id = this.wordIds[i];
      if (id >= 0 && this.counts[id]++ === 0) this.fieldIds.push(id);
    }
  }

  /** Adds the field's terms to the document's: the field's weight, the tenth mention adding little. */
  endField(field: SearchField): void {
    const weight = FIELD_WEIGHTS[field];
    for (const id of this.fieldIds) {
      // Every field weight is positive: a weight of 0 means the document has not had the term yet.
      if (this.weights[id] === 0) this.documentIds.push(id);
      const count = this.counts[id];
      this.weights[id] += weight * (count < DAMPED.length ? DAMPED[count] : 1 + Math.log(count));
      this.counts[id] = 0;
    }
    this.fieldIds.length = 0;
  }

  /**
   * Appends the document's terms in the order first seen, with their weights in tenths as the index keeps them,
   * to `runs`; clears them for the next document.
   */
  endDocument(runs: TermRuns): void {
    const count = this.documentIds.length;
    runs.reserve(count);
    const { termIds, tenths, length } = runs;
    for (let i = 0; i < count; i++) {
      const id = this.documentIds[i];
      termIds[length + i] = id;
      tenths[length + i] = Math.round(this.weights[id] * 10);
      this.weights[id] = 0;
    }
    runs.end(count);
    this.documentIds.length = 0;
  }

  /** The id of a term analysed elsewhere (another thread), given one if it is new here. */
  idOf(term: string): number {
    return this.ids.valueOf(term, this.idOfNewWord);
  }
}

/**
 * The term ids and weights (tenths) of documents one after the other, in two typed arrays that grow: one buffer
 * for thousands of documents rather than two small ones each, which the garbage collector would have to track.
 */
class TermRuns {
  // Small at first: publishing analyses one document at a time.
  termIds = new Int32Array(256);
  tenths = new Int32Array(256);
  length = 0;
  /** Where each document's terms end. */
  readonly ends: number[] = [];

  reserve(count: number): void {
    if (this.length + count <= this.termIds.length) return;
    const size = Math.max(this.termIds.length * 2, this.length + count);
    const termIds = new Int32Array(size);
    termIds.set(this.termIds.subarray(0, this.length));
    this.termIds = termIds;
    const tenths = new Int32Array(size);
    tenths.set(this.tenths.subarray(0, this.length));
    this.tenths = tenths;
  }

  end(count: number): void {
    this.length += count;
    this.ends.push(this.length);
  }
}

/**
 * Documents analysed for the index, as a worker thread hands them over: what the index keeps of each, and per
 * document (up to `ends[i]`) the ids of its terms with their weights in tenths. An analyser numbers terms on from one run
 * to its next: `terms` are those this run saw first, numbered from `firstTermId`; lower ids are terms its
 * earlier runs saw. `SearchIndex.fromRuns` numbers the terms anew in place.
 */
export interface AnalysedDocuments {
  /** Which analyser: runs of one analyser share their term ids. */
  analyser: number;
  docs: IndexedDocument[];
  firstTermId: number;
  terms: string[];
  ends: Int32Array;
  termIds: Int32Array;
  tenths: Int32Array;
}

/** Documents in the order the index numbers them: by id. */
export const inIndexOrder = (documents: SearchDocument[]): SearchDocument[] =>
  [...documents].sort((a, b) => compareIds(a.id, b.id));

/**
 * Analyses runs of documents for `SearchIndex.fromRuns`, one after the other in index order, as one thread
 * analyses the runs it takes: a word seen in an earlier run is not looked up or sent again.
 */
export class DocumentAnalyser {
  private readonly counter = new TermCounter();

  /** `id` tells this analyser's runs from others' (other threads'). */
  constructor(readonly id = 0) {}

  analyse(documents: SearchDocument[]): AnalysedDocuments {
    return analyseWith(this.counter, documents, this.id);
  }
}

/** Analyses documents with a counter: an analyser's, or an index's own when it takes one document in. */
function analyseWith(counter: TermCounter, documents: SearchDocument[], analyser = 0): AnalysedDocuments {
  const firstTermId = counter.terms.length;
  const runs = new TermRuns();
  const docs = documents.map((doc) => analyse(doc, counter, runs));
  return {
    analyser,
    docs,
    firstTermId,
    terms: counter.terms.slice(firstTermId),
    ends: Int32Array.from(runs.ends),
    termIds: runs.termIds.subarray(0, runs.length),
    tenths: runs.tenths.subarray(0, runs.length),
  };
}

/**
 * An index as JSON for the browser, of all its documents or those `keep` keeps (one role's): documents numbered in
 * the order of their ids, postings as gaps, terms of no kept document left out. What `SearchIndex.fromDocuments`
 * gives for the same documents, without analysing them again.
 */
export function serializeIndex(
  index: SearchableIndex,
  keep: (doc: IndexedDocument) => boolean = () => true,
): SerializedSearchIndex {
  const kept: number[] = [];
  index.docs.forEach((doc, slot) => doc && keep(doc) && kept.push(slot));
  kept.sort((a, b) => compareIds(index.docs[a]!.id, index.docs[b]!.id));
  const numbers = new Int32Array(index.docs.length).fill(-1);
  kept.forEach((slot, number) => (numbers[slot] = number));
  const terms: string[] = [];
  const postings: number[][] = [];
  for (const term of index.sortedTerms) {
    const encoded = encodePostings(index.postings.get(term)!, numbers);
    if (encoded.length === 0) continue;
    terms.push(term);
    postings.push(encoded);
  }
  return {
    version: SEARCH_INDEX_VERSION,
    docs: kept.map((slot) => index.docs[slot]!),
    terms,
    postings,
    synonyms: index.synonyms,
  };
}

/**
 * A term's postings (`[slot, tenths, …]` in slot order) as the browser reads them: by document number, `gap × 2`
 * or `gap × 2 + 1, tenths`, leaving out documents numbered -1. Only a list with a document updated since the build
 * is out of number order.
 */
function encodePostings(pairs: Int32Array, numbers: Int32Array): number[] {
  let sorted = true;
  for (let j = 0, last = -1; j < pairs.length && sorted; j += 2) {
    const number = numbers[pairs[j]];
    sorted = number < 0 || number > last;
    last = Math.max(last, number);
  }
  const order = sorted
    ? undefined
    : Array.from({ length: pairs.length / 2 }, (_, k) => k * 2).sort((a, b) => numbers[pairs[a]] - numbers[pairs[b]]);
  const encoded: number[] = [];
  let previous = 0;
  for (let k = 0; k < pairs.length; k += 2) {
    const j = order ? order[k / 2] : k;
    const number = numbers[pairs[j]];
    if (number < 0) continue;
    const tenths = pairs[j + 1];
    if (tenths === DEFAULT_TENTHS) encoded.push((number - previous) * 2);
    else encoded.push((number - previous) * 2 + 1, tenths);
    previous = number;
  }
  return encoded;
}

/** The fields before the body, in the order their weights are summed (floating-point sums depend on it). */
const HEAD_FIELDS = ['title', 'keywords', 'synonyms', 'headings', 'summary'] as const;

/** An article's own NUL is a space: the analysis parts its texts by NUL. */
const ownNulsAsSpaces = (text: string) => (text.includes('\0') ? text.replaceAll('\0', ' ') : text);

const NOT_SPACE = /\S/;

/**
 * Appends the terms of a document with their field-weighted frequency to `runs` (a term counts per field with a
 * damped frequency: the tenth mention adds little); returns what the index keeps of it, with the sentences of its
 * body that name most of its title's terms.
 */
function analyse(doc: SearchDocument, counter: TermCounter, runs: TermRuns): IndexedDocument {
  const head: Record<(typeof HEAD_FIELDS)[number], string> = {
    title: doc.title,
    keywords: doc.keywords.join(' \n '),
    synonyms: doc.synonyms.join(' \n '),
    headings: doc.headings.join(' \n '),
    summary: doc.summary,
  };
  // A NUL after each sentence: between sentences lie only sentence breaks, which are no words.
  const body = ownNulsAsSpaces(doc.body).replace(SENTENCE, '$&\0');
  // The fields and sentences are normalised and read at once, parted by NUL (one call rather than one per field
  // and sentence): normalising keeps the NULs, and no letter's context (the Greek final sigma's) reaches across
  // one, so each part comes out as if normalised alone. The last part is what follows the last sentence.
  counter.read(normalizeWord(`${HEAD_FIELDS.map((field) => ownNulsAsSpaces(head[field])).join('\0')}\0${body}`));
  const { wordIds, partEnds } = counter;
  const partStart = (i: number) => (i === 0 ? 0 : partEnds[i - 1]);

  HEAD_FIELDS.forEach((field, i) => {
    counter.count(partStart(i), partEnds[i]);
    counter.endField(field);
  });
  const titleTerms = [...new Set(wordIds.slice(0, partEnds[0]))].filter((id) => id >= 0);
  // The first sentence always, as the article's opening; then the one naming most title words (of equals the
  // first). Sentences are places in `body`; only the two kept are cut from it.
  let first: [number, number] | undefined;
  let best: [number, number] | undefined;
  let bestNamed = -1;
  for (let part = HEAD_FIELDS.length, at = 0; part < partEnds.length - 1; part++) {
    const end = body.indexOf('\0', at);
    let start = at;
    while (isSentenceBreak(body.charCodeAt(start))) start++;
    at = end + 1;
    const from = partStart(part);
    const to = partEnds[part];
    counter.count(from, to);
    // A sentence without words may still be more than white space (a dash, say): it counts as one, as before.
    if (to === from && !NOT_SPACE.test(body.slice(start, end))) continue;
    if (!first) first = [start, end];
    else {
      const count = named(titleTerms, wordIds, from, to);
      if (count > bestNamed) [best, bestNamed] = [[start, end], count];
    }
  }
  counter.endField('body');
  counter.endDocument(runs);
  const passages = [first, best].flatMap((place) => (place ? [cut(body.slice(...place).trim())] : []));
  const { id, title, summary, roles } = doc;
  return { id, title, summary, roles, passages };
}

/** How many of `terms` the words `from` up to `to` of `wordIds` name. */
function named(terms: number[], wordIds: readonly number[], from: number, to: number): number {
  let count = 0;
  for (const term of terms) {
    for (let i = from; i < to; i++) {
      if (wordIds[i] === term) {
        count++;
        break;
      }
    }
  }
  return count;
}

/**
 * The searchable index as the content build and the backend keep it: built from documents, updated in place one
 * article at a time (publishing), serialised for the browser.
 */
export class SearchIndex extends SearchableIndex {
  private readonly counter = new TermCounter();
  /** The term ids of each slot's document: what removing it touches. */
  private docTerms: Int32Array[] = [];
  /** Free room after each term's list in its buffer, by term id: a removal leaves some, an upsert uses it. */
  private readonly spare: number[] = [];

  static fromDocuments(documents: SearchDocument[], synonymGroups: string[][] = []): SearchIndex {
    const index = new SearchIndex();
    // Analysed with the index's own counter: the terms have the index's ids already.
    index.takeRuns([analyseWith(index.counter, inIndexOrder(documents))], synonymGroups);
    return index;
  }

  /**
   * An index of runs of documents in index order, analysed by one or more analysers (threads), each analyser's
   * runs in the order it analysed them and none left out. The same index as `fromDocuments` of all of them: terms
   * are numbered in the order first seen, run by run.
   */
  static fromRuns(runs: AnalysedDocuments[], synonymGroups: string[][] = []): SearchIndex {
    const index = new SearchIndex();
    // Per analyser, its term ids to the index's.
    const idsOf = new Map<number, number[]>();
    for (const run of runs) {
      let ids = idsOf.get(run.analyser);
      if (!ids) idsOf.set(run.analyser, (ids = []));
      for (let i = 0; i < run.terms.length; i++) ids[run.firstTermId + i] = index.counter.idOf(run.terms[i]);
      for (let i = 0; i < run.termIds.length; i++) run.termIds[i] = ids[run.termIds[i]];
    }
    index.takeRuns(runs, synonymGroups);
    return index;
  }

  static override fromJSON(json: SerializedSearchIndex): SearchIndex {
    const index = new SearchIndex();
    index.read(json);
    // What updates need: the id of every term, the term ids of every document (views of one buffer).
    const ids = index.sortedTerms.map((term) => index.counter.readTerm(term));
    const starts = new Int32Array(index.docs.length + 1);
    for (const pairs of index.postings.values()) for (let i = 0; i < pairs.length; i += 2) starts[pairs[i] + 1]++;
    for (let slot = 0; slot < index.docs.length; slot++) starts[slot + 1] += starts[slot];
    const all = new Int32Array(starts[index.docs.length]);
    const next = starts.slice(0, index.docs.length);
    index.sortedTerms.forEach((term, t) => {
      const pairs = index.postings.get(term)!;
      for (let i = 0; i < pairs.length; i += 2) all[next[pairs[i]]++] = ids[t];
    });
    index.docTerms = index.docs.map((_, slot) => all.subarray(starts[slot], starts[slot + 1]));
    return index;
  }

  /** Adds or replaces one document (publishing an article): only its own terms are touched. */
  upsert(doc: SearchDocument): void {
    this.remove(doc.id);
    const slot = this.docs.length;
    const { docs, termIds, tenths } = analyseWith(this.counter, [doc]);
    this.take(docs[0], termIds.slice());
    termIds.forEach((id, i) => {
      const pairs = this.append(id, slot, tenths[i]);
      const term = this.counter.terms[id];
      if (pairs.length === 2 && this.insertSorted(term)) this.addTerm(term);
    });
  }

  /** Removes a document; returns whether it was there. */
  remove(id: string): boolean {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    for (const termId of this.docTerms[slot]) {
      const term = this.counter.terms[termId];
      const pairs = this.postings.get(term)!;
      for (let i = 0; i < pairs.length; i += 2) {
        if (pairs[i] === slot) {
          pairs.copyWithin(i, i + 2);
          this.postings.set(term, pairs.subarray(0, pairs.length - 2));
          this.spare[termId] = (this.spare[termId] ?? 0) + 2;
          break;
        }
      }
    }
    this.docs[slot] = undefined;
    this.docTerms[slot] = new Int32Array(0);
    this.slots.delete(id);
    return true;
  }

  /**
   * The compact JSON for the browser: live documents only, numbered in the order of their ids, postings as gaps.
   * The same documents give the same JSON, however the index came to hold them (built at once or updated).
   */
  toJSON(): SerializedSearchIndex {
    return serializeIndex(this);
  }

  /** Takes in the documents of runs whose term ids are the index's: the index is empty. */
  private takeRuns(runs: AnalysedDocuments[], synonymGroups: string[][]): void {
    this.synonyms = synonymTerms(synonymGroups);
    const tenths: Int32Array[] = [];
    for (const run of runs) {
      run.docs.forEach((doc, i) => {
        const start = i === 0 ? 0 : run.ends[i - 1];
        this.take(doc, run.termIds.subarray(start, run.ends[i]));
        tenths.push(run.tenths.subarray(start, run.ends[i]));
      });
    }
    // In the order `toJSON` writes them, so that it need not sort postings.
    this.fillPostings(tenths);
    for (const term of [...this.postings.keys()].sort()) this.sortedTerms.push(term);
  }

  /** Takes an analysed document into a new slot (so postings stay sorted by slot); its postings are the caller's. */
  private take(doc: IndexedDocument, termIds: Int32Array): void {
    this.slots.set(doc.id, this.docs.length);
    this.docs.push(doc);
    this.docTerms.push(termIds);
  }

  /**
   * The postings of a new index, built at once from its documents' term ids and weights (by slot) into one
   * buffer, each term's list a view of its part: no list grows document by document.
   */
  private fillPostings(tenths: Int32Array[]): void {
    const terms = this.counter.terms;
    const starts = new Int32Array(terms.length + 1);
    for (const ids of this.docTerms) for (const id of ids) starts[id + 1] += 2;
    for (let id = 0; id < terms.length; id++) starts[id + 1] += starts[id];
    const all = new Int32Array(starts[terms.length]);
    const next = starts.slice(0, terms.length);
    this.docTerms.forEach((ids, slot) => {
      const weights = tenths[slot];
      for (let i = 0; i < ids.length; i++) {
        const at = next[ids[i]];
        all[at] = slot;
        all[at + 1] = weights[i];
        next[ids[i]] = at + 2;
      }
    });
    terms.forEach((term, id) => this.postings.set(term, all.subarray(starts[id], starts[id + 1])));
  }

  /** Appends a posting to a term's list: into the room a removal left, else into a buffer twice as long. */
  private append(id: number, slot: number, tenths: number): Int32Array {
    const term = this.counter.terms[id];
    const old = this.postings.get(term) ?? new Int32Array(0);
    let pairs: Int32Array;
    if ((this.spare[id] ?? 0) >= 2) {
      pairs = new Int32Array(old.buffer, old.byteOffset, old.length + 2);
      this.spare[id] -= 2;
    } else {
      const buffer = new Int32Array(old.length * 2 + 2);
      buffer.set(old);
      pairs = buffer.subarray(0, old.length + 2);
      this.spare[id] = buffer.length - pairs.length;
    }
    pairs[old.length] = slot;
    pairs[old.length + 1] = tenths;
    this.postings.set(term, pairs);
    return pairs;
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
}
