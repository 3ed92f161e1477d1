// The parts of releases in the store (SQLite, and PostgreSQL in the postgres suite): many rows at once, in
// batches below either database's limit of parameters; a key stored already keeps its row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../../../test/node/helpers/portal-server.js';
import { openStore } from '../kysely-store.js';

test('rendered articles are stored, read and removed by key in any number, a key stored already keeping its row', async () => {
  const database = await testDatabase();
  const store = await openStore({ databaseUrl: database.url });
  try {
    const rows = Array.from({ length: 1_201 }, (_, n) => ({ key: `key-${n}`, article: JSON.stringify({ n }) }));
    await store.content.putRenderedArticles(rows.slice(0, 1));
    await store.content.putRenderedArticles([{ key: 'key-0', article: '{"n":"again"}' }, ...rows.slice(1)]);
    const read = await store.content.renderedArticles([...rows.map((row) => row.key), 'not-stored']);
    assert.deepEqual(
      read.sort((a, b) => Number(a.key.slice(4)) - Number(b.key.slice(4))),
      rows,
    );
    await store.content.putSearchIndex('index-1', '{"version":3}');
    await store.content.putSearchIndex('index-1', '{"version":0}');
    assert.equal(await store.content.searchIndex('index-1'), '{"version":3}');
    assert.equal(await store.content.searchIndex('index-2'), undefined);

    const keys = await store.content.releasePartKeys();
    assert.deepEqual(new Set(keys.articles), new Set(rows.map((row) => row.key)));
    assert.deepEqual(keys.indexes, ['index-1']);
    await store.content.deleteReleaseParts({ articles: rows.slice(1).map((row) => row.key), indexes: ['index-1'] });
    assert.deepEqual(await store.content.releasePartKeys(), { articles: ['key-0'], indexes: [] });
  } finally {
    await store.close();
    await database.remove();
  }
});
