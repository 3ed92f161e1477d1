// The help a node serves from a release: each role's search index is cut from the release's, made on first use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContent, loadSources } from '@direkthilfe/content';
import { articleSearchDocument } from '@direkthilfe/core/search/documents';
import { SearchIndex } from '@direkthilfe/core/search/search-index';
import { HelpContent } from '@direkthilfe/portal-backend';

const sources = loadSources('content');
const { bundles } = await buildContent(sources);

test('each role’s client index is the index of that role’s articles, as if built from them alone', () => {
  const help = new HelpContent(bundles, sources.pages, 1);
  for (const bundle of bundles) {
    const lang = bundle.lang as 'de' | 'en';
    for (const role of ['admin', 'user'] as const) {
      const own = bundle.articles.filter((a) => a.roles.includes(role));
      assert.ok(own.length > 0 && own.length < bundle.articles.length, `${lang} ${role}`);
      const built = SearchIndex.fromDocuments(own.map(articleSearchDocument));
      built.synonyms = bundle.index.synonyms;
      assert.equal(help.index(lang, role).json, JSON.stringify(built), `${lang} ${role}`);
      // The server's engine for the role answers from the same documents.
      const ids = new Set(own.map((a) => a.id));
      assert.ok(help.search(lang, 'Passwort', role, 20).every((r) => ids.has(r.id)));
    }
    assert.equal(help.index(lang).json, JSON.stringify(bundle.index));
  }
});

test('a release whose search index has another format is refused when it is loaded', () => {
  const old = bundles.map((b) => ({ ...b, index: { ...b.index, version: 2 as unknown as 3 } }));
  assert.throws(() => new HelpContent(old, sources.pages, 2), /unsupported search index version 2/);
});
