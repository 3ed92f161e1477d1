import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stem, terms } from '../search/normalize.js';
import { expandCompounds, splitCompound } from './compounds.js';

const vocabulary = new Set(terms('Tischtelefon Anmeldung Auftrag Status Seite Passwort ändern Warenkorb').map(stem));
const known = (term: string) => vocabulary.has(stem(term));

test('splits a compound the index does not know into words it knows', () => {
  assert.deepEqual(splitCompound('Tischtelefonanmeldung', known), ['Tischtelefon', 'anmeldung']);
  assert.deepEqual(splitCompound('Passwortänderung', known), null, 'a part the index does not know: no split');
  assert.deepEqual(splitCompound('Auftragsstatusseite', known), ['Auftrags', 'status', 'seite'], 'linking s');
});

test('leaves known words, typos and short words alone', () => {
  assert.equal(splitCompound('Tischtelefon', known), null);
  assert.equal(splitCompound('warenkorp', known), null);
  assert.equal(splitCompound('ich', known), null);
});

test('rewrites only the compounds of a query', () => {
  assert.equal(expandCompounds('Tischtelefonanmeldung klappt nicht', known), 'Tischtelefon anmeldung klappt nicht');
  assert.equal(expandCompounds('Warenkorb', known), 'Warenkorb');
});

test('a long word of no known parts ends within its bound', () => {
  assert.equal(splitCompound('x'.repeat(200), known), null);
});
