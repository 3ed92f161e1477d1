import { isWordCharacter } from './normalize.js';

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Each slot holds four numbers: the word's hash, where its bytes start in the pool, their count (0: free), its value. */
const SLOT = 4;

/** Hash of one more byte (FNV-1a). */
const hashOn = (hash: number, byte: number) => Math.imul(hash ^ byte, FNV_PRIME);

/** ASCII's letters and digits, looked up by byte: normalised German text is nearly all ASCII. */
const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, code) => (isWordCharacter(code) ? 1 : 0));

/** How many bytes the UTF-8 sequence takes that starts with `lead`. */
const widthOf = (lead: number) => (lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4);

/** Whether the character of `width` (2 to 4) bytes at `at` is a letter or a digit. */
function isWordAt(bytes: Uint8Array, at: number, width: number): boolean {
  let code = bytes[at] & (0xff >> (width + 1));
  for (let k = 1; k < width; k++) code = (code << 6) | (bytes[at + k] & 0x3f);
  return isWordCharacter(code);
}

/**
 * A value for every word, looked up where the word stands in a text: a word seen before costs no new string,
 * and most words of a text are seen before. This is what makes indexing thousands of articles cheap: slicing
 * every word and hashing it again in a Map made most of the work and most of the garbage.
 *
 * A text is read as UTF-8 bytes (one native copy), and the table keeps its words' bytes in one pool: reading
 * bytes is cheaper than reading characters of a string, and a lookup touches one slot (hash, bytes' place,
 * value together) and the word's bytes rather than three arrays and a string object elsewhere in memory. Open
 * addressing with FNV-1a hashes; the table doubles at three quarters full, so it stays bounded by the vocabulary
 * (fuller than half: at 40,000 words it takes 1 MB rather than 2, and more of it stays in the cache).
 */
export class WordTable {
  private slots = new Int32Array(SLOT << 12);
  private size = 0;
  private pool = new Uint8Array(1 << 14);
  private poolLength = 0;
  /** The text being read, as UTF-8; reused. */
  private bytes = new Uint8Array(1 << 12);
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();

  /**
   * The value of each word of `text` (its runs of letters and digits), in order, appended to `values`; `create`
   * values a new word. At each NUL of the text and at its end, the number of values so far is appended to
   * `parts`: where each of the text's NUL-separated parts ends. `create` must not use the table.
   */
  valuesOf(text: string, create: (word: string) => number, values: number[] = [], parts?: number[]): number[] {
    const length = this.encode(text);
    const bytes = this.bytes;
    let i = 0;
    while (i < length) {
      // ASCII by a table lookup (nearly all of it), longer characters decoded for the letter test.
      const lead = bytes[i];
      const width = widthOf(lead);
      if (width === 1 ? ASCII_WORD[lead] === 0 : !isWordAt(bytes, i, width)) {
        if (lead === 0 && parts) parts.push(values.length);
        i += width;
        continue;
      }
      const start = i;
      let hash = FNV_OFFSET;
      while (i < length) {
        const byte = bytes[i];
        if (byte < 0x80) {
          if (ASCII_WORD[byte] === 0) break;
          hash = hashOn(hash, byte);
          i++;
        } else {
          const end = i + widthOf(byte);
          if (!isWordAt(bytes, i, end - i)) break;
          for (; i < end; i++) hash = hashOn(hash, bytes[i]);
        }
      }
      values.push(this.lookUp(start, i, hash, create));
    }
    parts?.push(values.length);
    return values;
  }

  /** The value of one word; `create` values it if it is new. */
  valueOf(word: string, create: (word: string) => number): number {
    const length = this.encode(word);
    return this.lookUp(0, length, this.hashOf(length), create, word);
  }

  /** Sets the value of a word. */
  set(word: string, value: number): void {
    const length = this.encode(word);
    const hash = this.hashOf(length);
    const at = this.find(0, length, hash);
    if (this.slots[at + 2] === 0) this.insert(at, 0, length, hash, value);
    else this.slots[at + 3] = value;
  }

  /** Reads a text into `bytes`; returns how many it takes. */
  private encode(text: string): number {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.bytes.length < text.length * 3) this.bytes = new Uint8Array(text.length * 3);
    return this.encoder.encodeInto(text, this.bytes).written;
  }

  private hashOf(length: number): number {
    let hash = FNV_OFFSET;
    for (let i = 0; i < length; i++) hash = hashOn(hash, this.bytes[i]);
    return hash;
  }

  /** The value of the word at `bytes[start, end)` (`word`, if the caller has it); `create` values it if new. */
  private lookUp(start: number, end: number, hash: number, create: (word: string) => number, word?: string): number {
    const at = this.find(start, end, hash);
    if (this.slots[at + 2] !== 0) return this.slots[at + 3];
    // Decoded from the bytes, a string of its own: a slice of the text would keep all of it alive as long as the
    // table lives. A word has no lone surrogate (that is no letter), so it decodes to what the text says.
    const value = create(word ?? this.decoder.decode(this.bytes.subarray(start, end)));
    this.insert(at, start, end, hash, value);
    return value;
  }

  /** Where in `slots` the word at `bytes[start, end)` is, or the free slot where it belongs. */
  private find(start: number, end: number, hash: number): number {
    const { slots, pool, bytes } = this;
    const mask = slots.length / SLOT - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const entryLength = slots[at + 2];
      if (entryLength === 0) return at;
      if (slots[at] === hash && entryLength === length) {
        const from = slots[at + 1];
        let k = 0;
        while (k < length && pool[from + k] === bytes[start + k]) k++;
        if (k === length) return at;
      }
    }
  }

  private insert(at: number, start: number, end: number, hash: number, value: number): void {
    const length = end - start;
    if (this.poolLength + length > this.pool.length) {
      const pool = new Uint8Array(Math.max(this.pool.length * 2, this.poolLength + length));
      pool.set(this.pool.subarray(0, this.poolLength));
      this.pool = pool;
    }
    this.pool.set(this.bytes.subarray(start, end), this.poolLength);
    this.slots[at] = hash;
    this.slots[at + 1] = this.poolLength;
    this.slots[at + 2] = length;
    this.slots[at + 3] = value;
    this.poolLength += length;
    if (++this.size * 4 > (this.slots.length / SLOT) * 3) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length / SLOT - 1;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 2] === 0) continue;
      let slot = old[from] & mask;
      while (slots[slot * SLOT + 2] !== 0) slot = (slot + 1) & mask;
      for (let k = 0; k < SLOT; k++) slots[slot * SLOT + k] = old[from + k];
    }
    this.slots = slots;
  }
}
