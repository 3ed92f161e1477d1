const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Each Latin-1 character as `NFKD` without combining marks makes it (é → e, ª → a, ½ → 1⁄2), computed once. */
const LATIN1_FOLDED = Array.from({ length: 0x100 }, (_, code) =>
  String.fromCharCode(code).normalize('NFKD').replace(COMBINING_MARKS, ''),
);
const BEYOND_LATIN1 = /[^\0-\xff]/;
const LATIN1_LETTER_TO_FOLD = /[\x80-\xff]/g;

/**
 * German text normalisation shared by documents and queries, so that both sides meet in the same form:
 * lower case, umlauts written either way (Geräte = Geraete = Gerate), ß = ss, accents dropped. Text within
 * Latin-1 (most German text) is folded character by character, which gives what `NFKD` gives and keeps the
 * string one byte per character: `NFKD` makes it two, and every later scan of it slower.
 */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase().replace(/ß/g, 'ss');
  const folded = BEYOND_LATIN1.test(lower)
    ? lower.normalize('NFKD').replace(COMBINING_MARKS, '')
    : lower.replace(LATIN1_LETTER_TO_FOLD, (character) => LATIN1_FOLDED[character.charCodeAt(0)]);
  return folded.replace(/([aou])e/g, '$1');
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

/** Whether a normalised word is a matching term: not a stopword, not a single letter. */
export const isTerm = (normalized: string) => normalized.length > 1 && !STOPWORDS.has(normalized);

/**
 * The matching term of one word, or null for stopwords and one-letter words: the normalised word itself, not its
 * stem, so that the exact form counts more than its inflections and rare forms keep their own weight.
 */
export function termOf(word: string): string | null {
  const normalized = normalizeWord(word);
  return isTerm(normalized) ? normalized : null;
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

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Latin-1's letters and digits, looked up rather than tested: most of a German text is Latin-1. */
const LATIN1_WORD = Uint8Array.from({ length: 0x100 }, (_, code) =>
  WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 0,
);

/** Whether a code point is a letter or a digit. */
export const isWordCharacter = (code: number) =>
  code < 0x100 ? LATIN1_WORD[code] === 1 : WORD_CHARACTER.test(String.fromCodePoint(code));

/**
 * The words of a text (its runs of letters and digits), without empty strings between separators: read
 * character by character, which is several times faster on normalised text than a split.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (isWordCharacter(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
    if (code > 0xffff) i++;
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/**
 * The matching terms of a text (what indexing needs: no offsets, so no match objects). The whole text is
 * normalised at once, which is the same as word by word and far cheaper than a call per word.
 */
export function terms(text: string): string[] {
  return wordsOf(normalizeWord(text)).filter(isTerm);
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
  const words = wordsOf(text).map(normalizeWord);
  return words.join(' ').slice(0, REPORTED_QUERY_MAX_LENGTH).trim();
}
