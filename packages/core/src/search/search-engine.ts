import Fuse from 'fuse.js/basic';
import type { Role } from '../content/model.js';
import { boundedEditDistance } from './edit-distance.js';
import { normalizeWord, stem, tokenize } from './normalize.js';
import { compareIds, SearchableIndex, trigramsOf } from './searchable-index.js';
import type { SearchOptions, SearchResult, Searcher, SerializedSearchIndex } from './types.js';

/** How much a match of each kind counts, relative to the exact word. */
const QUALITY = {
  exact: 1,
  inflected: 0.85,
  prefix: 0.85,
  /** The head of a compound, its end ("weiterleitung" in "anrufweiterleitung"). */
  compound: 0.7,
  /** A part in the middle of a longer word ("wechsel" in "strategiewechselausstellung"): most often chance. */
  compoundMiddle: 0.35,
  typo1: 0.75,
  typo2: 0.55,
  synonym: 0.8,
} as const;
/** A prefix of three letters may stand for thousands of terms: the most frequent this many count. */
const MAX_PREFIX_EXPANSIONS = 2000;
/** How many candidates fuse.js re-ranks, and how much its judgement of the title counts. */
const SHORTLIST = 20;
const FUSE_SHARE = 0.2;
const SYNONYM_ONLY = 0.5;

/** Vocabulary terms a query word may stand for, with the quality of each match. */
type Matches = Map<string, number>;

interface Clause {
  matches: Matches;
  /** Synonym expansions add to a document's score but a document need not match them. */
  optional: boolean;
}

/** How many letters two words share at their start. */
const sharedStart = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
};

const setMax = (matches: Matches, term: string, quality: number) => {
  if ((matches.get(term) ?? 0) < quality) matches.set(term, quality);
};

/**
 * Searches an index: German-normalised, stemmed terms; exact, prefix, compound-part, typo and synonym matches
 * found on the vocabulary (not by scanning documents); BM25-like scoring with field weights; fuse.js re-ranks
 * the shortlist by how closely the title fits. The same code runs in the browser (offline, from the prebuilt
 * index) and in the backend (its search API, on an index it updates in place when an article is published).
 */
export class SearchEngine implements Searcher {
  readonly index: SearchableIndex;
  /** The synonym groups with each phrase as the stems of its words. */
  private readonly synonymStems: string[][];

  constructor(index: SerializedSearchIndex | SearchableIndex) {
    this.index = index instanceof SearchableIndex ? index : SearchableIndex.fromJSON(index);
    // Made now rather than on the first search, which the reader waits for.
    this.index.prepare();
    this.synonymStems = this.index.synonyms.map((group) => group.map((p) => p.split(' ').map(stem).join(' ')));
  }

  get size(): number {
    return this.index.size;
  }

  search(query: string, { role, limit = 10 }: SearchOptions = {}): SearchResult[] {
    const words = tokenize(query).map((t) => t.term);
    if (words.length === 0) return [];
    const clauses: Clause[] = words.map((word) => ({ matches: this.matchTerm(word), optional: false }));
    clauses.push(...this.synonymClauses(words.map(stem)));

    const scores = this.score(clauses, role);
    // fuse.js compares the meaningful words only: stopwords add nothing, and its cost grows with length.
    const ranked = this.rerank(scores, words.join(' ').slice(0, 32), limit);
    const matchedTerms = new Set(clauses.flatMap((c) => [...c.matches.keys()]));
    return ranked.map(({ doc, score }) => {
      const { id, title, summary, passages } = this.index.docs[doc]!;
      const { text, highlights } = snippet([...passages, summary], matchedTerms);
      return { id, title, summary, snippet: text, highlights, score: Math.round(score * 1000) / 1000 };
    });
  }

  private documentFrequency(term: string): number {
    return (this.index.postings.get(term)?.length ?? 0) / 2;
  }

  /** Every vocabulary term a query word may stand for, with the quality of the match. */
  private matchTerm(word: string): Matches {
    const matches: Matches = new Map();
    if (this.documentFrequency(word) > 0) matches.set(word, QUALITY.exact);
    // Inflected forms: the word's stem ("kalter" → "kalte", "kalten"); the more two forms differ, the less
    // they count (a stem may join words that only look related: "lehrer" and "lehrende").
    const wordStem = stem(word);
    for (const other of this.index.stems.get(wordStem) ?? []) {
      setMax(matches, other, (QUALITY.inflected * sharedStart(word, other)) / Math.max(word.length, other.length));
    }

    // Prefixes: the word as typed so far ("akti" → "aktivierungsmail"); the more is missing, the less it counts.
    if (word.length >= 3) {
      for (const other of this.prefixRange(word)) {
        setMax(matches, other, QUALITY.prefix * (0.5 + (0.5 * word.length) / other.length));
      }
    }
    // Compound parts: the word inside a longer term, found by its stem ("weiterleitungen" in
    // "anrufweiterleitung") unless stemming left too little of it ("kosten" → "kos").
    const part = wordStem.length >= 4 ? wordStem : word;
    if (part.length < 4) return matches;
    for (const other of this.termsContaining(part)) {
      // The head of a compound is its end, give or take an inflection ending ("wälder" in "bergwäldern").
      const rest = other.length - other.indexOf(part) - part.length;
      const share = part.length / other.length;
      const quality =
        rest <= 3 ? QUALITY.compound * (0.75 + 0.25 * share) : QUALITY.compoundMiddle * (0.5 + 0.5 * share);
      // Found by a stem, the part holds less of the word ("wald" of "wälder" in "radevormwald").
      setMax(matches, other, (quality * part.length) / word.length);
    }

    // Typos: terms within one edit, or two in words of seven letters or more (in shorter ones two edits make
    // another word: "anlage", "anlegen").
    const maxDistance = word.length < 7 ? 1 : 2;
    for (const other of this.similarTerms(word, maxDistance)) {
      const distance = boundedEditDistance(word, other, maxDistance);
      if (distance > 0 && distance <= maxDistance) {
        setMax(matches, other, distance === 1 ? QUALITY.typo1 : QUALITY.typo2);
      }
    }
    return matches;
  }

  /** Terms that start with `prefix`, found by binary search on the sorted vocabulary; the most frequent if many. */
  private prefixRange(prefix: string): string[] {
    const terms = this.index.sortedTerms;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (terms[middle] < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let i = low; i < terms.length && terms[i].startsWith(prefix); i++) {
      if (terms[i] !== prefix) found.push(terms[i]);
    }
    return found.length > MAX_PREFIX_EXPANSIONS
      ? found.sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a)).slice(0, MAX_PREFIX_EXPANSIONS)
      : found;
  }

  /** Terms that contain `part` somewhere after their start, via the rarest of its trigrams. */
  private termsContaining(part: string): string[] {
    const grams = trigramsOf(part).slice(1, -1);
    let rarest: string[] | undefined;
    for (const gram of grams) {
      const found = this.index.trigrams.get(gram);
      if (!found) return [];
      if (!rarest || found.length < rarest.length) rarest = found;
    }
    return (rarest ?? []).filter((term) => term.length > part.length && term.indexOf(part) > 0);
  }

  /** Terms that share enough trigrams with `term` to be within `maxDistance` edits. */
  private similarTerms(term: string, maxDistance: number): string[] {
    const grams = [...new Set(trigramsOf(term))];
    // An edit changes up to three trigrams, a swap of neighbours four ("deelgat", "delegat").
    const needed = Math.max(1, grams.length - 4 * maxDistance);
    const shared = new Map<string, number>();
    for (const gram of grams) {
      for (const other of this.index.trigrams.get(gram) ?? []) {
        if (Math.abs(other.length - term.length) <= maxDistance) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    return [...shared].filter(([, count]) => count >= needed).map(([other]) => other);
  }

  /** Optional clauses for synonyms of any one to three consecutive query words (compared by their stems). */
  private synonymClauses(queryStems: string[]): Clause[] {
    const clauses: Clause[] = [];
    for (let length = 1; length <= 3; length++) {
      for (let start = 0; start + length <= queryStems.length; start++) {
        const phrase = queryStems.slice(start, start + length).join(' ');
        for (const group of this.synonymStems.filter((g) => g.includes(phrase))) {
          const matches: Matches = new Map();
          for (const other of group) {
            if (other === phrase) continue;
            const otherStems = other.split(' ');
            for (const otherStem of otherStems) {
              for (const form of this.index.stems.get(otherStem) ?? []) {
                if (this.documentFrequency(form) > 0) setMax(matches, form, QUALITY.synonym / otherStems.length);
              }
            }
          }
          if (matches.size) clauses.push({ matches, optional: true });
        }
      }
    }
    return clauses;
  }

  /**
   * Sums per clause the best match of each document; documents that miss required words lose most, the more so
   * the rarer the missed word (a question's "finde" matters less than the rare word next to it).
   */
  private score(clauses: Clause[], role: Role | undefined): Map<number, number> {
    const documentCount = this.index.size;
    const totals = new Map<number, { score: number; matched: number }>();
    let required = 0;
    // With several words, one matched only as a typo or inside a compound is matched in part.
    const partial = clauses.filter((c) => !c.optional).length > 1;
    for (const clause of clauses) {
      const best = new Map<number, number>();
      const closest = new Map<number, number>();
      let importance = 0;
      let topQuality = 0;
      for (const [term, quality] of clause.matches) {
        const postings = this.index.postings.get(term)!;
        if (postings.length === 0) continue;
        const weight = Math.log(1 + documentCount / (postings.length / 2)) * quality;
        importance = Math.max(importance, weight);
        topQuality = Math.max(topQuality, quality);
        for (let i = 0; i < postings.length; i += 2) {
          const doc = postings[i];
          const contribution = (postings[i + 1] / 10) * weight;
          if ((best.get(doc) ?? 0) < contribution) best.set(doc, contribution);
          if ((closest.get(doc) ?? 0) < quality) closest.set(doc, quality);
        }
      }
      if (!clause.optional) required += importance;
      for (const [doc, value] of best) {
        const covered = clause.optional ? 0 : partial ? (importance * closest.get(doc)!) / topQuality : importance;
        const total = totals.get(doc);
        if (total) {
          total.score += value;
          total.matched += covered;
        } else totals.set(doc, { score: value, matched: covered });
      }
    }
    const scores = new Map<number, number>();
    for (const [doc, { score, matched }] of totals) {
      if (role && !this.index.docs[doc]!.roles.includes(role)) continue;
      const coverage = required ? matched / required : 1;
      // A document found only through a synonym still counts, below those that match the words.
      scores.set(doc, matched ? score * coverage * coverage : score * SYNONYM_ONLY);
    }
    return scores;
  }

  /** Takes the best candidates and lets fuse.js weigh in how closely their titles fit the query. */
  private rerank(scores: Map<number, number>, query: string, limit: number) {
    const shortlist = [...scores]
      .sort((a, b) => b[1] - a[1] || this.byId(a[0], b[0]))
      .slice(0, Math.max(SHORTLIST, limit));
    if (shortlist.length === 0 || shortlist[0][1] <= 0) return [];
    const top = shortlist[0][1];
    const fuse = new Fuse(
      shortlist.map(([doc]) => ({ doc, title: normalizeWord(this.index.docs[doc]!.title) })),
      { keys: ['title'], includeScore: true, ignoreLocation: true, threshold: 0.5 },
    );
    const closeness = new Map(fuse.search(query).map((r) => [r.item.doc, 1 - (r.score ?? 1)]));
    return shortlist
      .map(([doc, score]) => ({
        doc,
        score: (score / top) * (1 - FUSE_SHARE) + (closeness.get(doc) ?? 0) * FUSE_SHARE,
      }))
      .sort((a, b) => b.score - a.score || this.byId(a.doc, b.doc))
      .slice(0, limit);
  }

  /**
   * Equal scores are ordered by article id, not by where the documents sit in the index: an index updated in
   * place (the server's) ranks like one built anew.
   */
  private byId(a: number, b: number): number {
    return compareIds(this.index.docs[a]!.id, this.index.docs[b]!.id);
  }
}

/** Of the article's passages (and its summary, last), the one with most matched words, with their offsets. */
function snippet(candidates: string[], matchedTerms: Set<string>) {
  let best = { text: candidates[0], highlights: [] as [number, number][], count: 0 };
  for (const text of candidates) {
    const hits = tokenize(text).filter((t) => matchedTerms.has(t.term));
    const count = new Set(hits.map((h) => h.term)).size;
    if (count > best.count) best = { text, highlights: hits.map((h) => [h.start, h.end]), count };
  }
  return { text: best.text, highlights: best.highlights };
}
