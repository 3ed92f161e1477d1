// `npm run content:import` and `content:export` on a real database (SQLite; the studio test does the export on
// PostgreSQL too): the round trip reproduces content/ byte for byte, and studio changes survive a re-import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { buildContent, sourcesFrom } from '@direkthilfe/content';
import { importContent, loadSources, openStore, loadNewestRelease } from '@direkthilfe/portal-backend';
import {
  newestRelease,
  pruneReleaseParts,
  publishedSources,
  STALE_LIMIT,
  STALE_MAX,
  storeRelease,
  storeStaleIndexes,
  type LoadedRelease,
} from '../../packages/portal-backend/src/services/content-release.js';
import { ContentLibrary } from '../../packages/portal-backend/src/services/content-library.js';
import type { Store } from '../../packages/portal-backend/src/store/types.js';
import { contentCopies } from '../../scripts/content-copies.js';
import { SEARCH_INDEX_VERSION } from '@direkthilfe/core/search/search-index';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'dh-content-'));
test.after(() => rmSync(dataDir, { recursive: true, force: true }));

const cli = async (...args: string[]) =>
  (
    await run(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', 'packages/portal-backend/src/content-cli.ts', ...args],
      { env: { ...process.env, DATA_DIR: dataDir } },
    )
  ).stdout;

/** Every file of a folder, by its path inside it. */
function files(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), readFileSync(path)];
      }),
  );
}

/** How many article files the shipped content has. */
const articles = [...files('content').keys()].filter((path) => path.endsWith('.md')).length;

test('import then export reproduces content/ byte for byte', async () => {
  const first = await cli('import', 'content');
  assert.match(first, new RegExp(`${articles} neu, 0 geändert, 0 unverändert; veröffentlicht als Stand 1`));
  assert.match(await cli('import', 'content'), new RegExp(`0 neu, 0 geändert, ${articles} unverändert`));
  const out = join(dataDir, 'export');
  assert.match(await cli('export', out), new RegExp(`${articles} Artikelfassungen`));
  const expected = files('content');
  const actual = files(out);
  assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
  for (const [path, bytes] of expected) assert.ok(actual.get(path)!.equals(bytes), `${path} differs`);
});

test('a re-import adds revisions for changed files and keeps what the studio changed since', async () => {
  const copy = join(dataDir, 'content');
  cpSync('content', copy, { recursive: true });
  const store = await openStore({ databaseUrl: join(dataDir, 'direkthilfe.sqlite') });
  try {
    // The studio changes one article; the files change it and another one.
    const studio = (await store.content.get('kontakt', 'de'))!;
    await store.content.addRevision({
      articleId: 'kontakt',
      lang: 'de',
      baseRevision: studio.head,
      source: studio.source.replace(/^title: .*$/m, 'title: In der Redaktion geändert'),
      author: 'redaktion',
      message: 'Titel',
      origin: 'studio',
    });
    const edit = (name: string) => {
      const path = join(copy, 'de', `${name}.md`);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, `title: Aus Git ${name}`));
    };
    edit('kontakt');
    edit('passwortregeln');
    const output = await cli('import', copy);
    assert.match(output, new RegExp(`0 neu, 1 geändert, ${articles - 2} unverändert`));
    assert.match(output, /Nicht überschrieben \(seit dem letzten Import in der Redaktion geändert\): de\/kontakt/);
    assert.match((await store.content.get('kontakt', 'de'))!.source, /title: In der Redaktion geändert/);
    const updated = (await store.content.get('passwortregeln', 'de'))!;
    assert.match(updated.source, /title: Aus Git passwortregeln/);
    assert.equal(updated.status, 'published');
    assert.equal(updated.publishedRevision, updated.head);

    assert.match(await cli('import', copy, '--force'), new RegExp(`0 neu, 1 geändert, ${articles - 1} unverändert`));
    const forced = (await store.content.get('kontakt', 'de'))!;
    assert.match(forced.source, /title: Aus Git kontakt/);
    assert.deepEqual(
      (await store.content.revisions('kontakt', 'de')).map((r) => [r.number, r.origin]),
      [
        [3, 'import'],
        [2, 'studio'],
        [1, 'import'],
      ],
    );
  } finally {
    await store.close();
  }
});

test('content with an error imports nothing', async () => {
  const broken = join(dataDir, 'broken');
  cpSync('content', broken, { recursive: true });
  writeFileSync(join(broken, 'de', 'kontakt.md'), '---\ntitle: [kaputt\n---\n');
  await assert.rejects(cli('import', broken), (error: { code: number; stdout: string }) => {
    assert.equal(error.code, 1);
    assert.match(error.stdout, /Nichts importiert/);
    return true;
  });
});

/** The release row as stored: per language the render keys of its articles and the stored index it names. */
interface ReleaseRow {
  format: number;
  languages: { lang: string; keys: string[]; index: { base: string; stale: string[] } }[];
}
const newestRow = async (store: Store) => JSON.parse((await store.content.latestRelease())!.bundles) as ReleaseRow;
const rowLanguage = (row: ReleaseRow, lang: string) => row.languages.find((l) => l.lang === lang)!;

/** Runs `use` on a store in a new SQLite file, with a copy of content/ to edit; closes the store after it. */
async function withStore(name: string, use: (store: Store, dir: string) => Promise<void>) {
  const dir = join(dataDir, name);
  cpSync('content', dir, { recursive: true });
  const store = await openStore({ databaseUrl: join(dataDir, `${name}.sqlite`) });
  try {
    await use(store, dir);
  } finally {
    await store.close();
  }
}

/** Adds a paragraph to an article of a content folder. */
function extend(dir: string, lang: string, name: string, text: string) {
  const path = join(dir, lang, `${name}.md`);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/\n---\n/, `\n---\n\n${text}\n`));
}

/** What a release serves per language: its articles and its index as JSON. */
const served = (loaded: LoadedRelease) =>
  loaded.languages.map((l) => ({ lang: l.lang, articles: l.articles, index: l.index.toJSON() }));

test('a publish stores the articles it rendered and names the index with the articles indexed since; a node reading it gets what a full build gives', async () => {
  await withStore('parts', async (store, dir) => {
    await importContent(store, loadSources(dir));
    const first = await newestRow(store);
    assert.equal(first.format, 2);
    const keys = (row: ReleaseRow) => new Set(row.languages.flatMap((l) => l.keys));
    assert.deepEqual(new Set((await store.content.releasePartKeys()).articles), keys(first));

    extend(dir, 'de', 'kontakt', 'Neu: ein Absatz mehr.');
    await importContent(store, loadSources(dir));
    const second = await newestRow(store);
    const added = [...keys(second)].filter((key) => !keys(first).has(key));
    // The German article changed; the English one is its own translation and stays as it was.
    assert.equal(added.length, 1);
    assert.deepEqual(new Set((await store.content.releasePartKeys()).articles), new Set([...keys(first), ...added]));
    assert.deepEqual(rowLanguage(second, 'de').index, {
      base: rowLanguage(first, 'de').index.base,
      stale: ['kontakt'],
    });
    assert.deepEqual(rowLanguage(second, 'en').index, rowLanguage(first, 'en').index);
    assert.deepEqual((await store.content.releasePartKeys()).indexes.length, 2, 'no index stored by the publish');

    // A node that serves nothing yet reads it: the articles by key, the index stored with the stale one indexed again.
    const full = await buildContent(await publishedSources(store));
    const read = (await newestRelease(store))!;
    assert.deepEqual(
      served(read),
      full.bundles.map((b) => ({ lang: b.lang, articles: b.articles, index: b.index })),
    );
    assert.match(read.languages[0].articles.find((a) => a.id === 'kontakt')!.html, /Neu: ein Absatz mehr/);

    // A node that serves the first release updates its index in place and reads only the new article.
    const loaded = (await newestRelease(store))!;
    extend(dir, 'en', 'kontakt', 'New: one more paragraph.');
    await importContent(store, loadSources(dir));
    const third = (await newestRelease(store, loaded))!;
    assert.deepEqual(served(third), served((await newestRelease(store))!));
    assert.deepEqual(rowLanguage(await newestRow(store), 'en').index.stale, ['kontakt']);

    // Other synonym groups: no article is rendered or indexed again; the German index is stored anew with them.
    const synonyms = join(dir, 'synonyms.json');
    const { groups } = JSON.parse(readFileSync(synonyms, 'utf8')) as { groups: string[][] };
    writeFileSync(synonyms, JSON.stringify({ groups: [...groups, ['Rufnummer', 'Durchwahl']] }));
    const before = await newestRow(store);
    const articleRows = (await store.content.releasePartKeys()).articles.length;
    await importContent(store, loadSources(dir));
    const regrouped = await newestRow(store);
    assert.notEqual(rowLanguage(regrouped, 'de').index.base, rowLanguage(before, 'de').index.base);
    assert.deepEqual(rowLanguage(regrouped, 'de').index.stale, []);
    assert.deepEqual(rowLanguage(regrouped, 'en').index, rowLanguage(before, 'en').index);
    assert.equal((await store.content.releasePartKeys()).articles.length, articleRows, 'no article rendered');
    // The node that served the release before updates its index in place; one that served nothing reads it.
    const nodes = [(await newestRelease(store, third))!, (await newestRelease(store))!];
    const rebuilt = await buildContent(await publishedSources(store));
    for (const node of nodes) {
      assert.deepEqual(
        served(node),
        rebuilt.bundles.map((b) => ({ lang: b.lang, articles: b.articles, index: b.index })),
      );
      assert.deepEqual(served(node)[0].index.synonyms.at(-1), ['rufnummer', 'durchwahl']);
    }
  });
});

test('the index is stored anew after a publish once many articles were indexed since, by the publish past a limit or when more than a quarter changed at once', async () => {
  const many = contentCopies(3);
  await withStore('compact', async (store) => {
    await importContent(store, many);
    const base = rowLanguage(await newestRow(store), 'de').index.base;
    const ids = many.files.filter((f) => f.lang === 'de').map((f) => f.name);
    // One article per publish: the stale list grows; the publish itself never stores the index below the limit.
    for (const [n, name] of ids.slice(0, STALE_MAX + 1).entries()) {
      const sources = sourcesFrom({
        dir: 'content',
        articles: many.files.map((f) => ({
          lang: f.lang,
          name: f.name,
          source:
            f.lang === 'de' && f.name === name ? f.source.replace(/\n---\n/, '\n---\n\nEin neuer Absatz.\n') : f.source,
        })),
        sharedFiles: many.sharedFiles,
      });
      await importContent(store, sources);
      assert.deepEqual(rowLanguage(await newestRow(store), 'de').index, { base, stale: ids.slice(0, n + 1) });
    }
    // Two nodes serve the release; the first to get to it stores the index anew after loading it, the other takes
    // that over.
    const second = (await newestRelease(store))!;
    const library = await ContentLibrary.open(store, (error) => assert.fail(String(error)));
    await library.close();
    const first = library.release!;
    const row = await newestRow(store);
    assert.notEqual(rowLanguage(row, 'de').index.base, base, 'stored anew');
    assert.deepEqual(rowLanguage(row, 'de').index.stale, []);
    assert.equal(await storeStaleIndexes(store, second), false);
    for (const node of [first, second])
      assert.deepEqual(
        node.languages.map((l) => l.stored),
        row.languages.map((l) => l.index),
      );
    const full = await buildContent(await publishedSources(store));
    assert.deepEqual(served((await newestRelease(store))!), served(first));
    assert.deepEqual(served(first)[0].index, full.bundles[0].index);

    // Past the limit (storing after the publishes kept failing, say) the publish stores the index itself.
    const limit = (await newestRelease(store))!;
    limit.languages[0].stored!.stale = Array.from({ length: STALE_LIMIT + 1 }, (_, n) => `gibt-es-nicht-${n}`);
    const stored = await store.transaction(async (tx) => {
      await tx.content.lockPublishing();
      return storeRelease(tx, { served: limit });
    });
    assert.deepEqual(stored.languages[0].stored, rowLanguage(await newestRow(store), 'de').index);
    assert.deepEqual(stored.languages[0].stored!.stale, []);

    // More than a quarter at once: built anew and stored.
    const changed = many.files.map((f, i) => ({
      lang: f.lang,
      name: f.name,
      source: i % 2 ? f.source.replace(/\n---\n/, '\n---\n\nNoch ein Absatz.\n') : f.source,
    }));
    await importContent(store, sourcesFrom({ dir: 'content', articles: changed, sharedFiles: many.sharedFiles }));
    const rebuilt = await newestRow(store);
    assert.notEqual(rowLanguage(rebuilt, 'de').index.base, stored.languages[0].stored!.base);
    assert.deepEqual(rowLanguage(rebuilt, 'de').index.stale, []);
  });
});

test('the next release is rendered from the one the node serves while that is the newest, else from the store', async () => {
  /** A release as served, with the English contact article's HTML marked: only a take-over from it keeps the mark. */
  const markedCopy = (loaded: LoadedRelease): LoadedRelease => ({
    ...loaded,
    languages: loaded.languages.map((l) => ({
      ...l,
      articles: l.articles.map((a) =>
        l.lang === 'en' && a.id === 'kontakt' ? { ...a, html: `${a.html}<!-- served -->` } : a,
      ),
    })),
  });
  const marked = (loaded: LoadedRelease) =>
    loaded.languages.some((l) => l.articles.some((a) => a.html.endsWith('<!-- served -->')));
  await withStore('served', async (store, dir) => {
    const next = (from?: LoadedRelease) =>
      store.transaction(async (tx) => {
        await tx.content.lockPublishing();
        return storeRelease(tx, { served: from });
      });
    await importContent(store, loadSources(dir));
    const newest = markedCopy((await loadNewestRelease(store))!);
    const stored = await next(newest);
    assert.equal(stored.version, newest.version + 1);
    assert.ok(marked(stored), 'rendered from the served release');

    const plain = await next(await loadNewestRelease(store));
    assert.deepEqual(served(plain), served((await newestRelease(store))!), 'it returns what it stored');

    // Another node publishes a change: the release served here is not the newest, and the next one has the change.
    extend(dir, 'de', 'kontakt', 'Von einem anderen Knoten.');
    await importContent(store, loadSources(dir));
    const after = await next(plain);
    assert.equal(after.version, plain.version + 2);
    assert.match(after.languages[0].articles.find((a) => a.id === 'kontakt')!.html, /Von einem anderen Knoten/);
    assert.deepEqual(served(after), served((await newestRelease(store))!));
  });
});

test('a release stored whole by an earlier server version is stored again in parts at start, rendered again where its index format is older', async () => {
  await withStore('stale-release', async (store) => {
    await importContent(store, loadSources('content'));
    const built = await buildContent(await publishedSources(store));
    const whole = {
      pages: (await publishedSources(store)).pages,
      bundles: built.bundles,
      renderKeys: built.renderKeys,
    };
    for (const [format, version] of [
      ['current', SEARCH_INDEX_VERSION],
      ['older', SEARCH_INDEX_VERSION - 1],
    ] as const) {
      const latest = await store.content.latestVersion();
      const old = { ...whole, bundles: whole.bundles.map((b) => ({ ...b, index: { ...b.index, version } })) };
      await store.content.addRelease(latest + 1, JSON.stringify(old));
      const loaded = (await loadNewestRelease(store))!;
      assert.equal(loaded.version, latest + 2, `${format} format: stored again`);
      assert.equal((await newestRow(store)).format, 2);
      assert.deepEqual(
        served(loaded),
        built.bundles.map((b) => ({ lang: b.lang, articles: b.articles, index: b.index })),
      );
      assert.deepEqual(served((await newestRelease(store))!), served(loaded));
      const again = await loadNewestRelease(store);
      assert.equal(await store.content.latestVersion(), loaded.version, 'a release in parts is not stored again');
      assert.equal(again?.version, loaded.version);
    }
  });
});

test('what no kept release names is removed; what they name stays', async () => {
  await withStore('prune', async (store, dir) => {
    await importContent(store, loadSources(dir));
    assert.deepEqual(await pruneReleaseParts(store), { articles: 0, indexes: 0 });
    // Each edit a release; eleven of them push the first two releases out of the ten kept.
    for (let n = 1; n <= 11; n++) {
      extend(dir, 'de', 'kontakt', `Absatz ${n}.`);
      await importContent(store, loadSources(dir));
    }
    const named = new Set<string>();
    for (const { bundles } of await store.content.releases())
      for (const l of (JSON.parse(bundles) as ReleaseRow).languages) for (const key of l.keys) named.add(key);
    // The German contact article of release 1 (the import) and of release 2 (the first edit).
    assert.deepEqual(await pruneReleaseParts(store), { articles: 2, indexes: 0 });
    assert.deepEqual(new Set((await store.content.releasePartKeys()).articles), named);
    assert.deepEqual(await pruneReleaseParts(store), { articles: 0, indexes: 0 });
    const full = await buildContent(await publishedSources(store));
    assert.deepEqual(
      served((await newestRelease(store))!),
      full.bundles.map((b) => ({ lang: b.lang, articles: b.articles, index: b.index })),
    );
  });
});
