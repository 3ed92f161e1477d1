import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../random/seeded-random.js';
import { normalizeQuery, normalizeWord, stem, terms, wordsOf } from './normalize.js';

test('umlauts meet in every spelling, ß equals ss, case does not matter', () => {
  assert.deepEqual(terms('Geräte Geraete Gerate GERÄTE'), Array(4).fill(terms('Geräte')[0]));
  assert.equal(normalizeWord('Straße'), normalizeWord('STRASSE'));
  assert.equal(normalizeWord('Übersicht'), normalizeWord('Uebersicht'));
  assert.equal(normalizeWord('Café'), 'cafe');
});

test('inflected forms share a stem', () => {
  assert.equal(stem(normalizeWord('bestelle')), stem(normalizeWord('bestellen')));
  assert.equal(stem(normalizeWord('bestellt')), stem(normalizeWord('bestellen')));
  assert.equal(stem(normalizeWord('Arbeitsplätze')), stem(normalizeWord('Arbeitsplatz')));
  assert.equal(stem(normalizeWord('Warenkörbe')), stem(normalizeWord('Warenkorb')));
});

test('masked letter groups keep stems apart that CISTEM keeps apart', () => {
  assert.equal(stem('weiter'), 'weiter');
  assert.equal(stem(normalizeWord('Straße')), 'strass');
});

test('stopwords and one-letter words are dropped, offsets point into the text', () => {
  const text = 'Wie bestelle ich einen Arbeitsplatz?';
  const tokens = terms(text);
  assert.deepEqual(tokens, ['bestelle', 'arbeitsplatz']);
});

test('words are the runs of letters and digits that a split on everything else finds', () => {
  const texts = [
    '',
    ' . ',
    'Straße, Geräte!',
    'x½y',
    '𝒜𝒷 c',
    'a\u0301b',
    '\ud800x',
    'x\udc00y',
    '😀a😀',
    'ΟΔΟΣ.ΑΒ',
    '٣٤ ок',
  ];
  for (const text of texts) assert.deepEqual(wordsOf(text), text.split(/[^\p{L}\p{N}]+/u).filter(Boolean), text);
});

test('a reported query: normalised words in order, no punctuation, at most 100 characters', () => {
  assert.equal(normalizeQuery('  Geräte   EINRICHTEN? '), 'gerate einrichten');
  assert.equal(normalizeQuery('geraete einrichten'), normalizeQuery('Geräte einrichten'));
  assert.equal(normalizeQuery('anna.berger@muster.example'), 'anna berger muster example');
  assert.equal(normalizeQuery('?!…'), '');
  assert.equal(normalizeQuery('wort '.repeat(40)).length <= 100, true);
  assert.equal(normalizeQuery('wort '.repeat(40)).endsWith(' '), false);
});

test('folding Latin-1 character by character gives what NFKD gives, and the umlaut spellings meet in one pass', () => {
  // The reference: the whole text through NFKD, then the spelled-out umlauts one after the other.
  const reference = (text: string) =>
    text
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ae/g, 'a')
      .replace(/oe/g, 'o')
      .replace(/ue/g, 'u');
  const latin1 = Array.from({ length: 0x100 }, (_, code) => String.fromCharCode(code)).join('');
  assert.equal(normalizeWord(latin1), reference(latin1));
  const pool = [...'aeouAEOUäöüÄÖÜßẞéÉçñøæÆ½ªµ ', 'İ', 'ő', 'ﬁ', 'Σ', '\u0301', '😀'];
  const next = seededRandom(1);
  for (let n = 0; n < 5000; n++) {
    const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pool[Math.floor(next() * pool.length)]).join(
      '',
    );
    assert.equal(normalizeWord(text), reference(text), JSON.stringify(text));
  }
});
