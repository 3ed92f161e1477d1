import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContent, loadSources } from '@direkthilfe/content';
import { HelpSearch } from '@direkthilfe/core/help/help-search';
import helpDe from '../../packages/widgets/src/i18n/locales/help.de.js';
import helpEn from '../../packages/widgets/src/i18n/locales/help.en.js';

// The published content, as the browser receives it.
const { bundles } = await buildContent(loadSources('content'));
const german = bundles.find((b) => b.lang === 'de')!;
const searchOf = (lang: string) =>
  new HelpSearch(JSON.parse(JSON.stringify(bundles.find((b) => b.lang === lang)!.index)));
const search = searchOf('de');
const ids = (query: string, role?: 'admin' | 'user') => search.search(query, { role }).map((r) => r.id);

test('a compound the index does not know finds the article of its parts', () => {
  assert.equal(ids('Tischtelefonanmeldung', 'user')[0], 'tischtelefon-erstanmeldung');
  assert.equal(ids('tischtelefonanmeldung')[0], 'tischtelefon-erstanmeldung');
});

test('question words and fillers never make an article a hit on their own', () => {
  const hits = ids('wie ändere ich mein passwort');
  assert.equal(hits[0], 'passwort-aendern');
  assert.ok(hits.includes('passwortregeln'), hits.join(', '));
  assert.ok(!hits.includes('admin-auftrag-hinzufuegen'), hits.join(', '));
  assert.ok(hits.length <= 3, hits.join(', '));
  assert.deepEqual(ids('wie ich mein'), []);
});

test('offers only searches that find something, and lists every topic by title', () => {
  assert.deepEqual(search.fruitful(['Zebrastreifen', 'Warenkorb'], 5, 'admin'), ['Warenkorb']);
  assert.deepEqual(search.fruitful(['Warenkorb', 'Gruppen', 'Auftragsstatus'], 2, 'admin'), ['Warenkorb', 'Gruppen']);
  const titles = search.topics.map((t) => t.title);
  assert.equal(titles.length, german.index.docs.length);
  assert.deepEqual(
    titles,
    [...titles].sort((a, b) => a.localeCompare(b, 'de')),
  );
});

test('what an administrator asks about phones finds nothing in the admin view, but answers in the user view', () => {
  // The panel then says how many hits the other view has (dh-help-panel.test.ts).
  for (const query of ['doppelt angemeldet', 'klingelt nicht', 'sip']) {
    assert.deepEqual(ids(query, 'admin'), [], query);
    assert.ok(ids(query, 'user').length > 0, query);
  }
  assert.equal(ids('sip', 'user')[0], 'tischtelefon-erstanmeldung');
});

test('"Browser" finds how each portal is opened, in its own view and in both languages', () => {
  for (const [lang, query] of [
    ['de', 'Browser'],
    ['de', 'webbrowser'],
    ['en', 'browser'],
  ] as const) {
    const engine = searchOf(lang);
    assert.equal(engine.search(query, { role: 'admin' })[0]?.id, 'admin-erstanmeldung', `${lang} ${query}`);
    assert.equal(engine.search(query, { role: 'user' })[0]?.id, 'benutzer-erstanmeldung-myportal', `${lang} ${query}`);
  }
});

test('the placeholder examples and the frequent searches find something in their view, in German and English', () => {
  for (const [lang, strings] of [
    ['de', helpDe],
    ['en', helpEn],
  ] as const) {
    const engine = searchOf(lang);
    for (const role of ['admin', 'user'] as const) {
      const example = strings.search.placeholder[role].split(/z\. B\. |e\.g\. /)[1];
      assert.ok(engine.search(example, { role }).length > 0, `${lang} ${role}: "${example}" finds nothing`);
      const popular = strings.search.popular[role];
      assert.deepEqual(engine.fruitful(popular, popular.length, role), [...popular], `${lang} ${role}`);
    }
  }
});
