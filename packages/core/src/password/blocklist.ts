import { baseWordSuffixes, commonPasswords, germanBaseWords } from './data/blocklist.js';
import { decodeWordList } from './word-list.js';

let blocklist: Set<string> | undefined;

/**
 * The blocklist: the most common international passwords, German entries of the same source,
 * and German base words with the suffixes people add to pass composition rules (Sommer2024, Hallo123).
 * Built on first use, because splitting the lists costs a few milliseconds.
 */
function getBlocklist(): Set<string> {
  if (!blocklist) {
    blocklist = new Set(decodeWordList(commonPasswords));
    for (const base of germanBaseWords.split('\n')) {
      for (const suffix of baseWordSuffixes) blocklist.add(base + suffix);
    }
  }
  return blocklist;
}

/** Tells whether the password is on the blocklist, compared case-insensitively. */
export function isCommonPassword(password: string): boolean {
  return getBlocklist().has(password.toLowerCase());
}

/** The number of distinct blocked passwords. */
export function blocklistSize(): number {
  return getBlocklist().size;
}
