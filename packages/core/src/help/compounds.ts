import { termOf } from '../search/normalize.js';

/** Parts shorter than this are too often a word's ending or a joint ("s", "en") rather than a word. */
const MIN_PART = 3;
/** A compound of more parts than this is not German anyone types. */
const MAX_PARTS = 4;
/** Bounds the work for a long word: the split points tried in all. */
const MAX_TRIES = 400;

/**
 * Splits a word the index does not know into words it knows: "Tischtelefonanmeldung" → "Tischtelefon
 * anmeldung". `known` decides by stem, which takes the linking "s" of German compounds ("Auftragsstatusseite" →
 * "Auftrags status seite").
 * Returns null when the word is known, or no split into known words exists. Longest first parts win.
 */
export function splitCompound(word: string, known: (term: string) => boolean): string[] | null {
  const term = termOf(word);
  if (term === null || known(term)) return null;
  let tries = 0;
  const split = (rest: string, depth: number): string[] | null => {
    const whole = termOf(rest);
    if (whole !== null && known(whole)) return [rest];
    if (depth >= MAX_PARTS) return null;
    for (let end = rest.length - MIN_PART; end >= MIN_PART; end--) {
      if (++tries > MAX_TRIES) return null;
      const head = rest.slice(0, end);
      const headTerm = termOf(head);
      if (headTerm === null || !known(headTerm)) continue;
      const tail = split(rest.slice(end), depth + 1);
      if (tail) return [head, ...tail];
    }
    return null;
  };
  const parts = split(word, 1);
  return parts && parts.length > 1 ? parts : null;
}

/** The query with each unknown compound written as its known parts; other words unchanged. */
export function expandCompounds(query: string, known: (term: string) => boolean): string {
  return query.replace(/[\p{L}\p{N}]+/gu, (word) => splitCompound(word, known)?.join(' ') ?? word);
}
