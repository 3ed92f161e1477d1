/**
 * Decodes a word list written by scripts/generate-password-data.mjs: sorted, each word written as the length of
 * the prefix it shares with the word before (a capital letter: A = 0, B = 1 …) and the rest.
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

/**
 * The rank buckets of a sorted word list, one letter a word: a = rank 1, b = 2–3, c = 4–7 … A rank exact to within
 * a factor of two moves a guess estimate by less than one score step, and sorting the whole list instead of each
 * bucket lets gzip find far more repetition.
 */
export interface RankedWordList {
  words: string;
  ranks: string;
}

/**
 * Decodes a ranked list into the array zxcvbn-ts ranks by index. The words of bucket b are spread evenly over its
 * ranks 2^b … 2^(b+1) − 1, and the ranks in between are held by empty strings, which never match: a list may so
 * leave out the words the estimate finds as cheaply without them and keep the ranks of the rest.
 */
export function decodeRankedList({ words, ranks }: RankedWordList): string[] {
  const buckets: string[][] = [];
  decodeWordList(words).forEach((word, i) => (buckets[ranks.charCodeAt(i) - 97] ??= []).push(word));
  const ranked: string[] = [];
  buckets.forEach((bucket, b) => {
    const size = 2 ** b;
    bucket.forEach((word, i) => {
      const rank = size + Math.floor((i * size) / Math.max(bucket.length, size));
      while (ranked.length < rank - 1) ranked.push('');
      ranked.push(word);
    });
  });
  return ranked;
}
