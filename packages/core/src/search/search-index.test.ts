import { test } from 'node:test';
import assert from 'node:assert/strict';
import { terms } from './normalize.js';
import { seededRandom } from '../random/seeded-random.js';
import { SearchEngine } from './search-engine.js';
import { DocumentAnalyser, inIndexOrder, SearchIndex, serializeIndex } from './search-index.js';
import { SearchableIndex } from './searchable-index.js';
import type { SearchDocument } from './types.js';

const VOCABULARY = (
  'Gerät Geräte Geraete Arbeitsplatz Arbeitsplätze Straße Übersicht Anrufweiterleitung Warenkorb bestellen ' +
  'bestellt Passwort Zugang einrichten Handy Tischtelefon Benutzer Aktivierungsmail Auftrag Standort Gruppe ' +
  'und der die das mit für ist Café Größe x y 2024 IP-Telefon'
).split(' ');

function corpus(size: number, seed: number): SearchDocument[] {
  const random = seededRandom(seed);
  const word = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)];
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const sentence = () => `${words(3 + Math.floor(random() * 8))}${['.', '!', '?', '\n', ''][Math.floor(random() * 5)]}`;
  return Array.from({ length: size }, (_, i) => ({
    id: `artikel-${i}`,
    title: words(1 + Math.floor(random() * 4)),
    summary: words(6),
    roles: random() < 0.5 ? ['admin'] : ['admin', 'user'],
    keywords: Array.from({ length: Math.floor(random() * 3) }, word),
    synonyms: Array.from({ length: Math.floor(random() * 2) }, word),
    headings: Array.from({ length: Math.floor(random() * 3) }, () => words(2)),
    body: Array.from({ length: Math.floor(random() * 9) }, sentence).join(' '),
  }));
}

const changed = (doc: SearchDocument, n: number): SearchDocument => ({
  ...doc,
  title: `${doc.title} Neufassung${n}`,
  body: `${doc.body} Neu bearbeitet: Zusatzwort${n % 3}.`,
});

/** Upserts and removes some documents; returns the documents left. */
function edit(index: SearchIndex, docs: SearchDocument[]): SearchDocument[] {
  const live = [...docs];
  const replace = (doc: SearchDocument) => {
    index.upsert(doc);
    const at = live.findIndex((d) => d.id === doc.id);
    if (at >= 0) live.splice(at, 1);
    live.push(doc);
  };
  for (let n = 0; n < 15; n++) {
    const target = docs[(n * 37) % docs.length];
    if (n % 3 === 2) {
      assert.equal(
        index.remove(target.id),
        live.some((d) => d.id === target.id),
      );
      live.splice(
        live.findIndex((d) => d.id === target.id),
        1,
      );
    } else replace(changed(target, n));
  }
  replace({ ...docs[1], id: 'neu', title: 'Völlig neuer Artikel', body: 'Ein Wort, das es nicht gab: Quxbrumm.' });
  replace(changed(docs[2], 99));
  assert.equal(index.remove('gibt-es-nicht'), false);
  return live;
}

test('after upserts and removes the index serialises as a new build of the same documents', () => {
  const docs = corpus(300, 7919);
  const index = SearchIndex.fromDocuments(docs);
  const live = edit(index, docs);
  assert.equal(index.size, live.length);
  // Whatever order the documents come in: the JSON lists them by id.
  assert.equal(JSON.stringify(index), JSON.stringify(SearchIndex.fromDocuments([...live].reverse())));
});

test('an index read back from its JSON serialises as before, also after upserts and removes', () => {
  const docs = corpus(200, 104729);
  const json = SearchIndex.fromDocuments(docs, [['Handy', 'Mobiltelefon']]).toJSON();
  assert.deepEqual(SearchIndex.fromJSON(json).toJSON(), json);

  const index = SearchIndex.fromJSON(JSON.parse(JSON.stringify(json)));
  const live = edit(index, docs);
  assert.equal(JSON.stringify(index), JSON.stringify(SearchIndex.fromDocuments(live, [['Handy', 'Mobiltelefon']])));
});

test('runs that analysers took in turns, as threads take chunks, make the index one run makes', () => {
  // A word of each document's own, so that each run sees terms first.
  const docs = inIndexOrder(corpus(120, 23).map((doc, i) => ({ ...doc, body: `${doc.body} Fall${i}` })));
  const analysers = [new DocumentAnalyser(0), new DocumentAnalyser(1), new DocumentAnalyser(2)];
  // Chunks of uneven sizes, taken by the analysers in an uneven order; each analyser's in index order.
  const takers = [0, 1, 1, 0, 2, 0, 1, 2, 2, 0];
  const runs = takers.map((taker, chunk) => analysers[taker].analyse(docs.slice(chunk * 12, chunk * 12 + 12)));
  // An analyser's later runs number on from its earlier ones and list only the terms they saw first.
  assert.deepEqual(
    runs.filter((run) => run.analyser === 1).map((run) => run.firstTermId),
    [0, runs[1].terms.length, runs[1].terms.length + runs[2].terms.length],
  );
  assert.ok(!runs[2].terms.includes('passwort') || !runs[1].terms.includes('passwort'));
  const merged = SearchIndex.fromRuns(runs, [['Handy', 'Tischtelefon']]);
  const single = SearchIndex.fromDocuments(docs, [['Handy', 'Tischtelefon']]);
  assert.equal(JSON.stringify(merged), JSON.stringify(single));
  edit(merged, docs);
  edit(single, docs);
  assert.equal(JSON.stringify(merged), JSON.stringify(single));
});

test('a document is read as each of its fields and sentences normalised alone', () => {
  const doc = (id: string, body: string): SearchDocument => ({
    id,
    title: 'ΟΔΟΣ Straße',
    summary: 'x½y ﬁnden™',
    roles: ['admin'],
    keywords: ['Geräte', 'e\u0301tude'],
    synonyms: [],
    headings: ['𝒜𝒷𝒸 Übersicht'],
    body,
  });
  // A capital sigma before a sentence's end is final (ς), before a letter it is not (σ); a body's NULs of its
  // own part words as spaces do.
  const docs = [doc('sigma', 'ΟΔΟΣ.ΑΒΓ „Geräte“… ΟΔΟΣ ΑΒ!\nZweiter Satz'), doc('nul', 'Erstes\0Wort. ΟΔΟΣ.Α Ende')];
  for (const d of docs) {
    const expected = [d.title, ...d.keywords, d.summary, ...d.headings, ...d.body.match(/[^.!?\n]+[.!?]?/g)!];
    const json = SearchIndex.fromDocuments([d]).toJSON();
    assert.deepEqual(json.terms, [...new Set(expected.flatMap(terms))].sort(), d.id);
  }
});

test('an article keeps its first sentence and the one naming most title words as passages, cut at 100 characters', () => {
  const random = seededRandom(104_729);
  const pieces = [
    'Gerät',
    'Straße',
    'Übersicht',
    'Zugang',
    'Café',
    'und',
    ' ',
    '  ',
    '.',
    '..',
    '!',
    '?',
    '\n',
    ' - ',
    '\0',
  ];
  const long = 'Sehr lange Erklärung zum Gerät mit vielen Wörtern, die weit über hundert Zeichen hinausgeht und daher';
  // As the passages were picked before the analysis read a body in one piece: sentence by sentence, each trimmed.
  const expected = (doc: SearchDocument) => {
    const title = new Set(terms(doc.title));
    const sentences = (doc.body.replaceAll('\0', ' ').match(/[^.!?\n]+[.!?]?/g) ?? [])
      .map((sentence) => sentence.trim())
      .filter(Boolean);
    const named = (sentence: string) => new Set(terms(sentence).filter((term) => title.has(term))).size;
    let best = sentences[1];
    for (const sentence of sentences.slice(2)) if (named(sentence) > named(best)) best = sentence;
    return (best ? [sentences[0], best] : sentences).map((s) => (s.length > 100 ? `${s.slice(0, 99).trimEnd()}…` : s));
  };
  const docs = Array.from({ length: 400 }, (_, i): SearchDocument => {
    const body = Array.from({ length: Math.floor(random() * 30) }, () =>
      random() < 0.03 ? long : pieces[Math.floor(random() * pieces.length)],
    ).join(random() < 0.5 ? ' ' : '');
    return { ...corpus(1, i)[0], id: `satz-${String(i).padStart(3, '0')}`, title: 'Gerät Straße Zugang', body };
  });
  const json = SearchIndex.fromDocuments(docs).toJSON();
  docs.forEach((doc, i) => assert.deepEqual(json.docs[i].passages, expected(doc), JSON.stringify(doc.body)));
  // The sample has what the picking must get right: no sentence, one, a body of breaks and spaces only, an
  // article's own NUL, and sentences without words that still count (a dash).
  const counts = docs.map((doc) => expected(doc).length);
  for (const count of [0, 1, 2]) assert.ok(counts.includes(count), `no article with ${count} passages`);
  assert.ok(docs.some((doc) => doc.body.includes('\0') && expected(doc).length > 0));
  assert.ok(docs.some((doc) => expected(doc).includes('-')));
  assert.ok(json.docs.some((doc) => doc.passages.some((passage) => passage.endsWith('…'))));
});

test('the engine finds the same on the index as on its JSON in the browser', () => {
  const index = SearchIndex.fromDocuments(corpus(300, 7919));
  const onServer = new SearchEngine(index);
  const inBrowser = new SearchEngine(JSON.parse(JSON.stringify(index)));
  for (const query of ['Geräte', 'Arbeitsplatz einrichten', 'Warenk', 'Pasword', 'weiterleitung', 'Größe 2024']) {
    assert.deepEqual(onServer.search(query, { limit: 20 }), inBrowser.search(query, { limit: 20 }), query);
  }
});

test('results do not depend on where documents sit in the index: equal scores rank by article id', () => {
  const docs = corpus(300, 15485863);
  // Twins: the same text under another id, so that equal scores are certain.
  for (let i = 0; i < 20; i++) docs.push({ ...docs[i * 7], id: `zwilling-${i}` });
  const updated = SearchIndex.fromDocuments(docs);
  const live = edit(updated, docs);
  const random = seededRandom(31);
  const shuffled = live.map((doc) => ({ doc, at: random() })).sort((a, b) => a.at - b.at);
  const engines = [updated, SearchIndex.fromDocuments(shuffled.map((s) => s.doc))].map((i) => new SearchEngine(i));
  let ties = 0;
  for (const query of [
    'Geräte',
    'Arbeitsplatz einrichten',
    'Warenk',
    'Pasword',
    'Gruppe Standort',
    'Quxbrumm',
    'Zugang',
  ]) {
    const [first, second] = engines.map((engine) => engine.search(query, { limit: 30 }));
    assert.deepEqual(first, second, query);
    ties += first.filter((r, i) => i > 0 && r.score === first[i - 1].score).length;
  }
  assert.ok(ties > 10, `only ${ties} equal scores: the test needs ties`);
});

test('a role’s index cut from the whole one equals the index built from that role’s documents', () => {
  const docs = corpus(300, 2_147_483_647);
  const whole = SearchableIndex.fromJSON(
    JSON.parse(JSON.stringify(SearchIndex.fromDocuments(docs, [['Handy', 'Mobiltelefon']]))),
  );
  for (const role of ['admin', 'user'] as const) {
    const own = docs.filter((d) => d.roles.includes(role));
    assert.deepEqual(
      serializeIndex(whole, (doc) => doc.roles.includes(role)),
      SearchIndex.fromDocuments(own, [['Handy', 'Mobiltelefon']]).toJSON(),
      role,
    );
  }
  // Every document is the admin's; the user's are fewer.
  assert.ok(docs.filter((d) => d.roles.includes('user')).length < docs.length);
});
