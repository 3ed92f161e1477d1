/**
 * German text normalisation shared by documents and queries, so that both sides meet in the same form:
 * lower case, umlauts written either way (Geräte = Geraete = Gerate), ß = ss, accents dropped.
 */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}

/**
 * A light German stemmer after CISTEM (Weissweiler & Fraser, 2017): strips inflection endings so that
 * "bestelle", "bestellen" and "bestellt" meet. Runs on normalised words. As in CISTEM, "sch", "ei", "ie"
 * and doubled letters are masked while stripping, so that "strasse" or "weiter" keep their stem.
 */
export function stem(word: string): string {
  let result = word.replace(/sch/g, '$').replace(/ei/g, '%').replace(/ie/g, '&').replace(/(.)\1/g, '$1*');
  while (result.length > 3) {
    if (result.length > 5 && /(?:em|er|nd)$/.test(result)) result = result.slice(0, -2);
    else if (/[esnt]$/.test(result)) result = result.slice(0, -1);
    else break;
  }
  return result.replace(/(.)\*/g, '$1$1').replace(/&/g, 'ie').replace(/%/g, 'ei').replace(/\$/g, 'sch');
}

/** Frequent German function words that carry no topic; questions are full of them. */
const STOPWORDS = new Set(
  (
    'aber als am an auch auf aus bei bin bis bist da damit dann das dass dem den der des die dies diese ' +
    'dieser dieses du durch ein eine einem einen einer eines er es fur gibt hab habe haben hat hatte ich ihr ' +
    'ihre ihren im in ist ja kann kann konnen mein meine mich mir mit muss nach nicht noch nur ob oder ohne sich ' +
    'sie sind so soll um und uns unter vom von vor war was welche wenn wer werde werden wie wieso wird wo ' +
    'wozu zu zum zur uber warum womit woher wohin'
  ).split(' '),
);

export interface Token {
  /** The normalised word used for matching (its stem groups it with its inflected forms). */
  term: string;
  /** Offsets of the original word in the text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words repeat a lot, and normalising is the costly part of indexing: remember each word's term. */
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 100_000;

/**
 * The matching term of one word, or null for stopwords and one-letter words: the normalised word itself, not its
 * stem, so that the exact form counts more than its inflections and rare forms keep their own weight.
 */
export function termOf(word: string): string | null {
  let term = termCache.get(word);
  if (term === undefined) {
    const normalized = normalizeWord(word);
    term = normalized.length < 2 || STOPWORDS.has(normalized) ? null : normalized;
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}

/** Splits text into words and returns their matching terms, without stopwords and one-letter words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = termOf(match[0]);
    if (term !== null) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** The matching terms of a text (what indexing needs: no offsets, so no match objects). */
export function terms(text: string): string[] {
  const result: string[] = [];
  for (const word of text.split(SEPARATORS)) {
    const term = word ? termOf(word) : null;
    if (term !== null) result.push(term);
  }
  return result;
}

/** The longest query a search report keeps. */
export const REPORTED_QUERY_MAX_LENGTH = 100;

/**
 * A query as the search reports keep it: its words normalised like the search's (`normalizeWord`: lower
 * case, umlauts and ß folded, accents dropped), in their order, one space apart, at most 100 characters.
 * "Geräte  einrichten?" and "geraete einrichten" are the same report; punctuation, which could carry an
 * e-mail address's shape, is gone.
 */
export function normalizeQuery(text: string): string {
  const words = text.split(SEPARATORS).filter(Boolean).map(normalizeWord);
  return words.join(' ').slice(0, REPORTED_QUERY_MAX_LENGTH).trim();
}
