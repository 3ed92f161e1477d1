import Fuse from 'fuse.js/basic';
import type { Role } from '../content/model.js';
import { boundedEditDistance } from './edit-distance.js';
import { normalizeWord, tokenize } from './normalize.js';
import type { SearchOptions, SearchResult, SerializedSearchIndex } from './types.js';

/** How much a match of each kind counts, relative to the exact word. */
const QUALITY = { exact: 1, prefix: 0.85, compound: 0.7, typo1: 0.75, typo2: 0.55, synonym: 0.8 } as const;
/** Prefixes of one or two letters would match half the vocabulary; longer ones are capped too. */
const MAX_PREFIX_EXPANSIONS = 64;
/** How many candidates fuse.js re-ranks, and how much its judgement of the title counts. */
const SHORTLIST = 20;
const FUSE_SHARE = 0.2;
const SNIPPET_LENGTH = 180;
const SYNONYM_ONLY = 0.5;

type Matches = Map<number, number>;

interface Clause {
  matches: Matches;
  /** Synonym expansions add to a document's score but a document need not match them. */
  optional: boolean;
}

const trigramsOf = (word: string): string[] => {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
};

const setMax = (matches: Matches, id: number, quality: number) => {
  if ((matches.get(id) ?? 0) < quality) matches.set(id, quality);
};

/**
 * Searches a prebuilt index: German-normalised, stemmed terms; exact, prefix, compound-part, typo and
 * synonym matches found on the vocabulary (not by scanning documents); BM25-like scoring with field
 * weights; fuse.js re-ranks the shortlist by how closely the title fits. The same code runs in the browser
 * (offline, from the prebuilt index) and in the backend.
 */
export class SearchEngine {
  private readonly index: SerializedSearchIndex;
  private readonly termIds = new Map<string, number>();
  private readonly trigrams = new Map<string, number[]>();
  private readonly idf: Float64Array;
  private readonly synonymGroups = new Map<string, string[][]>();
  private readonly rerankTitles: string[];
  private readonly bodyTokens = new Map<number, ReturnType<typeof tokenize>>();

  constructor(index: SerializedSearchIndex) {
    this.index = index;
    const documentCount = index.docs.length;
    this.idf = new Float64Array(index.terms.length);
    index.terms.forEach((term, id) => {
      this.termIds.set(term, id);
      for (const gram of new Set(trigramsOf(term))) {
        const ids = this.trigrams.get(gram);
        if (ids) ids.push(id);
        else this.trigrams.set(gram, [id]);
      }
      const df = index.postings[id].length / 2;
      this.idf[id] = Math.log(1 + documentCount / df);
    });
    for (const group of index.synonyms) {
      for (const phrase of group) {
        const groups = this.synonymGroups.get(phrase) ?? [];
        groups.push(group);
        this.synonymGroups.set(phrase, groups);
      }
    }
    this.rerankTitles = index.docs.map((d) => normalizeWord(d.title));
  }

  get size(): number {
    return this.index.docs.length;
  }

  search(query: string, { role, limit = 10 }: SearchOptions = {}): SearchResult[] {
    const queryTokens = tokenize(query);
    if (queryTokens.length === 0) return [];
    const normalizedWords = queryTokens.map((t) => normalizeWord(query.slice(t.start, t.end)));
    const clauses: Clause[] = queryTokens.map((token, i) => ({
      matches: this.matchTerm(token.term, normalizedWords[i]),
      optional: false,
    }));
    clauses.push(...this.synonymClauses(queryTokens.map((t) => t.term)));

    const scores = this.score(clauses, role);
    // fuse.js compares the meaningful words only: stopwords add nothing, and its cost grows with length.
    const ranked = this.rerank(scores, normalizedWords.join(' ').slice(0, 32), limit);
    const matchedTerms = new Set(clauses.flatMap((c) => [...c.matches.keys()]));
    return ranked.map(({ doc, score }) => {
      const { text, highlights } = this.snippet(doc, matchedTerms);
      const { id, title, summary } = this.index.docs[doc];
      return { id, title, summary, snippet: text, highlights, score: Math.round(score * 1000) / 1000 };
    });
  }

  /** Every vocabulary term a query word may stand for, with the quality of the match. */
  private matchTerm(term: string, normalized: string): Matches {
    const matches: Matches = new Map();
    const exact = this.termIds.get(term);
    if (exact !== undefined) matches.set(exact, QUALITY.exact);

    // Prefixes: the word as typed so far, stemmed or not ("Akti" → "aktivierungsmail").
    for (const prefix of new Set([term, normalized])) {
      if (prefix.length < 3) continue;
      for (const id of this.prefixRange(prefix)) setMax(matches, id, QUALITY.prefix);
    }
    if (term.length < 4) return matches;

    // Compound parts: the word inside a longer term ("weiterleitung" in "anrufweiterleitung").
    for (const id of this.termsContaining(term)) setMax(matches, id, QUALITY.compound);

    // Typos: terms within one edit (up to five letters) or two edits (longer words).
    const maxDistance = term.length <= 5 ? 1 : 2;
    for (const id of this.similarTerms(term, maxDistance)) {
      const distance = boundedEditDistance(term, this.index.terms[id], maxDistance);
      if (distance > 0 && distance <= maxDistance) setMax(matches, id, distance === 1 ? QUALITY.typo1 : QUALITY.typo2);
    }
    return matches;
  }

  /** Term ids that start with `prefix`, found by binary search on the sorted vocabulary, shortest first. */
  private prefixRange(prefix: string): number[] {
    const { terms } = this.index;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (terms[middle] < prefix) low = middle + 1;
      else high = middle;
    }
    const ids: number[] = [];
    for (let id = low; id < terms.length && terms[id].startsWith(prefix); id++) {
      if (terms[id] !== prefix) ids.push(id);
    }
    return ids.length > MAX_PREFIX_EXPANSIONS
      ? ids.sort((a, b) => terms[a].length - terms[b].length).slice(0, MAX_PREFIX_EXPANSIONS)
      : ids;
  }

  /** Term ids that contain `part` somewhere after their start, via the rarest of its trigrams. */
  private termsContaining(part: string): number[] {
    const grams = trigramsOf(part).slice(1, -1);
    let rarest: number[] | undefined;
    for (const gram of grams) {
      const ids = this.trigrams.get(gram);
      if (!ids) return [];
      if (!rarest || ids.length < rarest.length) rarest = ids;
    }
    return (rarest ?? []).filter((id) => {
      const term = this.index.terms[id];
      return term.length > part.length && term.indexOf(part) > 0;
    });
  }

  /** Term ids that share enough trigrams with `term` to be within `maxDistance` edits. */
  private similarTerms(term: string, maxDistance: number): number[] {
    const grams = [...new Set(trigramsOf(term))];
    const needed = Math.max(1, grams.length - 3 * maxDistance);
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const id of this.trigrams.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const candidates: number[] = [];
    for (const [id, count] of shared) {
      if (count >= needed && Math.abs(this.index.terms[id].length - term.length) <= maxDistance) candidates.push(id);
    }
    return candidates;
  }

  /** Optional clauses for synonyms of any one to three consecutive query words. */
  private synonymClauses(queryTerms: string[]): Clause[] {
    const clauses: Clause[] = [];
    for (let length = 1; length <= 3; length++) {
      for (let start = 0; start + length <= queryTerms.length; start++) {
        const phrase = queryTerms.slice(start, start + length).join(' ');
        for (const group of this.synonymGroups.get(phrase) ?? []) {
          const matches: Matches = new Map();
          for (const other of group) {
            if (other === phrase) continue;
            const words = other.split(' ');
            for (const word of words) {
              const id = this.termIds.get(word);
              if (id !== undefined) setMax(matches, id, QUALITY.synonym / words.length);
            }
          }
          if (matches.size) clauses.push({ matches, optional: true });
        }
      }
    }
    return clauses;
  }

  /** Sums per clause the best match of each document; documents that miss required words lose most. */
  private score(clauses: Clause[], role: Role | undefined): Map<number, number> {
    const required = clauses.filter((c) => !c.optional).length;
    const totals = new Map<number, { score: number; matched: number }>();
    for (const clause of clauses) {
      const best = new Map<number, number>();
      for (const [termId, quality] of clause.matches) {
        const postings = this.index.postings[termId];
        const weight = this.idf[termId] * quality;
        for (let i = 0; i < postings.length; i += 2) {
          const contribution = postings[i + 1] * weight;
          if ((best.get(postings[i]) ?? 0) < contribution) best.set(postings[i], contribution);
        }
      }
      for (const [doc, value] of best) {
        const total = totals.get(doc) ?? { score: 0, matched: 0 };
        total.score += value;
        if (!clause.optional) total.matched++;
        totals.set(doc, total);
      }
    }
    const scores = new Map<number, number>();
    for (const [doc, { score, matched }] of totals) {
      if (role && !this.index.docs[doc].roles.includes(role)) continue;
      const coverage = required ? matched / required : 1;
      // A document found only through a synonym still counts, below those that match the words.
      scores.set(doc, matched ? score * coverage * coverage : score * SYNONYM_ONLY);
    }
    return scores;
  }

  /** Takes the best candidates and lets fuse.js weigh in how closely their titles fit the query. */
  private rerank(scores: Map<number, number>, query: string, limit: number) {
    const shortlist = [...scores].sort((a, b) => b[1] - a[1]).slice(0, Math.max(SHORTLIST, limit));
    if (shortlist.length === 0 || shortlist[0][1] <= 0) return [];
    const top = shortlist[0][1];
    const fuse = new Fuse(
      shortlist.map(([doc]) => ({ doc, title: this.rerankTitles[doc] })),
      {
        keys: ['title'],
        includeScore: true,
        ignoreLocation: true,
        threshold: 0.5,
      },
    );
    const closeness = new Map(fuse.search(query).map((r) => [r.item.doc, 1 - (r.score ?? 1)]));
    return shortlist
      .map(([doc, score]) => ({
        doc,
        score: (score / top) * (1 - FUSE_SHARE) + (closeness.get(doc) ?? 0) * FUSE_SHARE,
      }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  /** The sentence with the most matched words, cut to length, with the offsets of those words. */
  private snippet(doc: number, matchedTerms: Set<number>) {
    const body = this.index.docs[doc].body;
    let tokens = this.bodyTokens.get(doc);
    if (!tokens) {
      tokens = tokenize(body);
      this.bodyTokens.set(doc, tokens);
    }
    const hits = tokens.filter((t) => {
      const id = this.termIds.get(t.term);
      return id !== undefined && matchedTerms.has(id);
    });
    const sentences = [...body.matchAll(/[^.!?\n]+[.!?]?/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    let best = sentences[0] ?? { start: 0, end: Math.min(body.length, SNIPPET_LENGTH) };
    let bestCount = 0;
    for (const sentence of sentences) {
      const count = new Set(hits.filter((h) => h.start >= sentence.start && h.end <= sentence.end).map((h) => h.term))
        .size;
      if (count > bestCount) {
        best = sentence;
        bestCount = count;
      }
    }
    let { start, end } = best;
    const firstHit = hits.find((h) => h.start >= start && h.end <= end);
    if (end - start > SNIPPET_LENGTH) {
      start = firstHit ? Math.max(start, firstHit.start - 40) : start;
      end = Math.min(end, start + SNIPPET_LENGTH);
    }
    while (start < end && /\s/.test(body[start])) start++;
    const prefix = start > best.start ? '…' : '';
    const suffix = end < best.end ? '…' : '';
    const text = prefix + body.slice(start, end).trim() + suffix;
    const shift = prefix.length - start;
    const highlights = hits
      .filter((h) => h.start >= start && h.end <= end)
      .map((h) => [h.start + shift, h.end + shift] as [number, number]);
    return { text, highlights };
  }
}
