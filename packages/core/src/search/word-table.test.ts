import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordsOf } from './normalize.js';
import { WordTable } from './word-table.js';

test('gives every word of a text the value it was first given, as many distinct words as it holds', () => {
  const table = new WordTable();
  const created: string[] = [];
  const create = (word: string) => created.push(word) - 1;
  // More words than the table's first size, so that it grows while values are looked up.
  const text = Array.from({ length: 5000 }, (_, i) => `wort${i} 𝔘nicode${i % 7}`).join(', ');
  const values = table.valuesOf(text, create);
  const words = wordsOf(text);
  assert.equal(values.length, words.length);
  assert.deepEqual(
    values.map((value) => created[value]),
    words,
  );
  assert.equal(created.length, 5007);
  // Seen before: no value is created again, whichever text the word stands in.
  const before = created.length;
  assert.deepEqual(table.valuesOf('wort17 und wort4999', create), [
    created.indexOf('wort17'),
    before,
    created.indexOf('wort4999'),
  ]);
  assert.equal(created.length, before + 1);
  assert.equal(table.valueOf('wort0', create), 0);
});

test('a value set for a word is found in a text, and a word in other case is another word', () => {
  const table = new WordTable();
  table.set('telefon', 42);
  assert.deepEqual(
    table.valuesOf('Telefon telefon', () => -1),
    [-1, 42],
  );
  table.set('telefon', 7);
  assert.equal(
    table.valueOf('telefon', () => -1),
    7,
  );
});

test('reads words of every width in UTF-8 and tells where the NUL-separated parts of a text end', () => {
  const table = new WordTable();
  const created: string[] = [];
  const create = (word: string) => created.push(word) - 1;
  // Letters of two, three and four bytes; separators of several bytes (… –), a lone surrogate and NULs.
  const text = 'Café 電話–Anruf…𝒜𝒷𝒸\0\0x\ud800y 電話 café\0';
  const parts: number[] = [];
  const values = table.valuesOf(text, create, [], parts);
  assert.deepEqual(
    values.map((value) => created[value]),
    wordsOf(text),
  );
  assert.deepEqual(created, ['Café', '電話', 'Anruf', '𝒜𝒷𝒸', 'x', 'y', 'café']);
  // After "𝒜𝒷𝒸" (4 words), the empty part between the NULs, after "café" (8 words), and the empty end.
  assert.deepEqual(parts, [4, 4, 8, 8]);
  assert.equal(
    table.valueOf('電話', () => -1),
    1,
  );
});
