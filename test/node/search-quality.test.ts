import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SearchEngine } from '@direkthilfe/core/search/search-engine';
import { buildContent, loadSources } from '@direkthilfe/content';

interface Query {
  q: string;
  expected: string;
  kind: string;
}

const { queries } = JSON.parse(readFileSync('test/fixtures/search-queries.json', 'utf8')) as { queries: Query[] };
const { bundles } = await buildContent(loadSources('content'));
const german = bundles.find((b) => b.lang === 'de')!;
const engine = new SearchEngine(JSON.parse(JSON.stringify(german.index)));

test('the query set has at least 50 German queries of every kind, each aimed at a published article', () => {
  assert.ok(queries.length >= 50);
  const published = new Set(german.articles.map((a) => a.id));
  for (const q of queries) assert.ok(published.has(q.expected), `${q.q} → ${q.expected}`);
  assert.deepEqual([...new Set(queries.map((q) => q.kind))].sort(), [
    'compound',
    'exact',
    'prefix',
    'question',
    'synonym',
    'typo',
    'umlaut',
  ]);
});

test('the committed query set reaches hit@3 ≥ 0.95', () => {
  const misses: string[] = [];
  let hits = 0;
  for (const query of queries) {
    const ids = engine.search(query.q, { limit: 3 }).map((r) => r.id);
    if (ids.includes(query.expected)) hits++;
    else misses.push(`${query.kind} "${query.q}" → ${ids.join(', ')} (expected ${query.expected})`);
  }
  const hitAt3 = hits / queries.length;
  assert.ok(hitAt3 >= 0.95, `hit@3 = ${hitAt3.toFixed(3)}\n${misses.join('\n')}`);
});

test('results respect the role', () => {
  const userResults = engine.search('Warenkorb bestellen', { role: 'user' });
  const admin = new Set(german.articles.filter((a) => !a.roles.includes('user')).map((a) => a.id));
  assert.ok(userResults.every((r) => !admin.has(r.id)));
  assert.equal(engine.search('warenkorp', { role: 'admin' })[0].id, 'admin-warenkorb-bestellen');
});
