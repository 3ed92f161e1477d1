/**
 * Decodes a word list written by scripts/generate-password-data.mjs. Words come in rank buckets (1, 2–3, 4–7, 8–15
 * …), sorted within each, and each word is written as the length of the prefix it shares with the word before
 * (a capital letter: A = 0, B = 1 …) and the rest. Sorting within buckets lets gzip find far more repetition;
 * a word's rank is then exact to within a factor of two, which moves a guess estimate by less than one score step.
 */
export function decodeWordList(encoded: string): string[] {
  const words: string[] = [];
  let previous = '';
  for (const [, shared, rest] of encoded.matchAll(/([A-Z])([^A-Z]*)/g)) {
    previous = previous.slice(0, shared.charCodeAt(0) - 65) + rest;
    words.push(previous);
  }
  return words;
}
