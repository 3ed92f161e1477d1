import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSearchIndex } from './build-index.js';
import { SearchEngine } from './search-engine.js';
import type { SearchDocument } from './types.js';

const doc = (id: string, title: string, body: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  title,
  summary: '',
  roles: ['admin', 'user'],
  keywords: [],
  synonyms: [],
  headings: [],
  body,
  ...extra,
});

/** An engine over only these documents, for a test that needs its own corpus. */
const engineOf = (...docs: SearchDocument[]) => new SearchEngine(buildSearchIndex(docs));

const documents = [
  doc('warenkorb', 'Warenkorb bestellen', 'Prüfen Sie die Positionen und klicken Sie auf Kostenpflichtig bestellen.', {
    roles: ['admin'],
  }),
  doc('weiterleitung', 'Anrufe umleiten', 'Richten Sie eine Anrufweiterleitung auf Ihr Handy ein.'),
  doc('aktivierung', 'Die Aktivierungsmail', 'Nach dem Auftrag kommt die Aktivierungsmail mit dem Benutzernamen.'),
  doc('geraete', 'Endgeräte einrichten', 'Melden Sie Ihre Geräte mit den Erstanmelde-Daten an.', {
    keywords: ['Tischtelefon'],
  }),
  doc('passwort', 'Passwortregeln', 'Das Passwort braucht acht Zeichen.', { roles: ['user'] }),
  doc('zugang', 'Zugang einrichten', 'Mit dem temporären Passwort melden Sie sich zum ersten Mal an.', {
    roles: ['user'],
  }),
];
const engine = new SearchEngine(
  buildSearchIndex(documents, [
    ['Tischtelefon', 'IP-Telefon', 'Endgerät'],
    ['temporäres Passwort', 'Einmalpasswort'],
  ]),
);
const top = (query: string, role?: 'admin' | 'user') => engine.search(query, { role })[0]?.id;

test('finds words with and without umlauts', () => {
  for (const query of ['Geräte', 'Geraete', 'Gerate', 'geräte']) assert.equal(top(query), 'geraete', query);
});

test('finds a word inside a compound and a prefix while typing', () => {
  assert.equal(top('Weiterleitung'), 'weiterleitung');
  assert.equal(top('Regeln'), 'passwort');
  assert.equal(top('Akti'), 'aktivierung');
  assert.equal(top('Warenk'), 'warenkorb');
});

test('tolerates typos', () => {
  assert.equal(top('Warenkorp'), 'warenkorb');
  assert.equal(top('Hnady'), 'weiterleitung');
  assert.equal(top('Pasword'), 'passwort');
  assert.equal(top('Aktivirungsmail'), 'aktivierung');
});

test('ranks a word that begins with the query above a compound that ends with it, and both above one that holds it in the middle', () => {
  const ranked = engineOf(
    doc('middle', 'Strategiewechselplan', 'Der Plan für das nächste Jahr.'),
    doc('head', 'Anbieterwechsel', 'Der Umzug zu einem anderen Anbieter.'),
    doc('start', 'Wechselkurse', 'Kurse für die Abrechnung.'),
  ).search('Wechsel');
  assert.deepEqual(
    ranked.map((r) => r.id),
    ['start', 'head', 'middle'],
  );
});

test('a stem that joins unrelated words counts less than the word typed on, and one too short still finds compounds', () => {
  const engine = engineOf(
    doc('anrufende', 'Anrufende begrüßen', 'So begrüßen Sie Anrufende mit einer Ansage.'),
    doc('anruferliste', 'Anruferliste', 'Die Anruferliste zeigt verpasste Gespräche.'),
    doc('kosten', 'Gesprächskosten', 'Was ein Anruf ins Ausland berechnet.'),
  );
  // "anrufer" and "anrufende" share the stem "anruf".
  assert.equal(engine.search('Anrufer')[0]?.id, 'anruferliste');
  // "kosten" stems to "kos": the compound is found by the word itself.
  assert.equal(engine.search('Kosten')[0]?.id, 'kosten');
});

test('expands synonyms, single words and phrases', () => {
  assert.equal(top('IP-Telefon'), 'geraete');
  assert.equal(top('Einmalpasswort'), 'zugang');
});

test('finds articles through a synonym that no article contains, with a real score', () => {
  const [result] = engine.search('Endgerät');
  assert.equal(result.id, 'geraete');
  const synonymOnly = new SearchEngine(buildSearchIndex(documents, [['Apparat', 'Tischtelefon']])).search('Apparat');
  assert.equal(synonymOnly[0].id, 'geraete');
  assert.ok(Number.isFinite(synonymOnly[0].score) && synonymOnly[0].score > 0);
});

test('ranks title matches above body matches', () => {
  const results = engine.search('Passwort');
  assert.equal(results[0].id, 'passwort');
  assert.ok(results.some((r) => r.id === 'zugang'));
  assert.ok(results[0].score > results.find((r) => r.id === 'zugang')!.score);
});

test('filters by role', () => {
  assert.equal(top('Warenkorb', 'user'), undefined);
  assert.equal(top('Warenkorb', 'admin'), 'warenkorb');
  assert.ok(engine.search('Passwort', { role: 'admin' }).every((r) => r.id !== 'passwort'));
});

test('marks the matched words in the snippet', () => {
  const [result] = engine.search('Anrufweiterleitung Handy');
  assert.equal(result.snippet, 'Richten Sie eine Anrufweiterleitung auf Ihr Handy ein.');
  assert.deepEqual(
    result.highlights.map(([start, end]) => result.snippet.slice(start, end)),
    ['Anrufweiterleitung', 'Handy'],
  );
});

test('returns nothing for empty or stopword-only queries and respects the limit', () => {
  assert.deepEqual(engine.search('   '), []);
  assert.deepEqual(engine.search('wie und der'), []);
  assert.equal(engine.search('e', { limit: 2 }).length <= 2, true);
  assert.equal(engine.search('ein', { limit: 1 }).length <= 1, true);
});

test('the index survives JSON, as it does on its way to the browser', () => {
  const index = JSON.parse(JSON.stringify(buildSearchIndex(documents)));
  assert.equal(new SearchEngine(index).search('Warenkorp')[0].id, 'warenkorb');
});
