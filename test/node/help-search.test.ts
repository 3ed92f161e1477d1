import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContent, loadSources } from '@direkthilfe/content';
import { HelpSearch } from '@direkthilfe/core/help/help-search';

// The published German content, as the browser receives it.
const german = buildContent(loadSources('content')).bundles.find((b) => b.lang === 'de')!;
const search = new HelpSearch(JSON.parse(JSON.stringify(german.index)));
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
