import { isWordCharacter } from './normalize.js';

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Hash of one more character (FNV-1a on code points). */
const hashOn = (hash: number, code: number) => Math.imul(hash ^ code, FNV_PRIME);

function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    const code = word.codePointAt(i)!;
    hash = hashOn(hash, code);
    if (code > 0xffff) i++;
  }
  return hash;
}

/**
 * A value for every word, looked up where the word stands in a text: a word seen before costs no new string,
 * and most words of a text are seen before. This is what makes indexing thousands of articles cheap: slicing
 * every word and hashing it again in a Map made most of the work and most of the garbage. Open addressing
 * with FNV-1a hashes; the table doubles at half full, so it stays bounded by the vocabulary.
 */
export class WordTable {
  /** Per slot the entry's number + 1, 0 where free. */
  private slots = new Int32Array(1 << 12);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: number[] = [];

  /**
   * The value of each word of `text` (its runs of letters and digits), in order, appended to `values`; `create`
   * values a new word.
   */
  valuesOf(text: string, create: (word: string) => number, values: number[] = []): number[] {
    let start = -1;
    let hash = FNV_OFFSET;
    for (let i = 0; i <= text.length; i++) {
      // Past the end: 0, no word character, ends the last word.
      const code = i < text.length ? text.codePointAt(i)! : 0;
      if (isWordCharacter(code)) {
        if (start < 0) {
          start = i;
          hash = FNV_OFFSET;
        }
        hash = hashOn(hash, code);
      } else if (start >= 0) {
        values.push(this.lookUp(text, start, i, hash, create));
        start = -1;
      }
      if (code > 0xffff) i++;
    }
    return values;
  }

  /** The value of one word; `create` values it if it is new. */
  valueOf(word: string, create: (word: string) => number): number {
    return this.lookUp(word, 0, word.length, hashOf(word), create);
  }

  /** Sets the value of a word. */
  set(word: string, value: number): void {
    const hash = hashOf(word);
    const slot = this.find(word, 0, word.length, hash);
    if (this.slots[slot] === 0) this.insert(slot, word, hash, value);
    else this.values[this.slots[slot] - 1] = value;
  }

  private lookUp(text: string, start: number, end: number, hash: number, create: (word: string) => number) {
    const slot = this.find(text, start, end, hash);
    if (this.slots[slot] !== 0) return this.values[this.slots[slot] - 1];
    // A copy of its own: a slice would keep the whole text alive as long as the table lives.
    const word = start === 0 && end === text.length ? text : [...text.slice(start, end)].join('');
    const value = create(word);
    this.insert(slot, word, hash, value);
    return value;
  }

  /** The slot of the word `text.slice(start, end)`, or the free slot where it belongs. */
  private find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) return slot;
      if (this.hashes[entry - 1] === hash && sameWord(this.words[entry - 1], text, start, end)) return slot;
    }
  }

  private insert(slot: number, word: string, hash: number, value: number): void {
    const entry = this.words.push(word);
    this.hashes.push(hash);
    this.values.push(value);
    this.slots[slot] = entry;
    if (entry * 2 > this.slots.length) this.grow();
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, i) => {
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
    });
    this.slots = slots;
  }
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
