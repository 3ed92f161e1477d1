import { test } from 'node:test';
import assert from 'node:assert/strict';
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
