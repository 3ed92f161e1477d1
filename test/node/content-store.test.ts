// `npm run content:import` and `content:export` on a real database (SQLite; the studio test does the export on
// PostgreSQL too): the round trip reproduces content/ byte for byte, and studio changes survive a re-import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { buildContent } from '@direkthilfe/content';
import { importContent, loadSources, openStore, loadNewestRelease } from '@direkthilfe/portal-backend';
import {
  publishedSources,
  storeRelease,
  type LoadedRelease,
  type Release,
} from '../../packages/portal-backend/src/services/content-release.js';
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

test('a new release takes over what the one before rendered and indexed, and renders and indexes what changed', async () => {
  const dir = join(dataDir, 'render-reuse');
  cpSync('content', dir, { recursive: true });
  const store = await openStore({ databaseUrl: join(dataDir, 'render-reuse.sqlite') });
  const newest = async () => JSON.parse((await store.content.latestRelease())!.bundles) as Release;
  /**
   * Marks the English contact article's HTML and, in the German index, another article's passages: only a
   * take-over keeps them (no new rendering, an index updated rather than built anew).
   */
  const mark = (release: Pick<Release, 'bundles'>) => {
    release.bundles.find((b) => b.lang === 'en')!.articles.find((a) => a.id === 'kontakt')!.html += '<!-- alt -->';
    release.bundles
      .find((b) => b.lang === 'de')!
      .index.docs.find((d) => d.id === 'passwortregeln')!
      .passages.push('alt');
  };
  try {
    await importContent(store, loadSources(dir));
    const marked = await newest();
    mark(marked);
    await store.content.addRelease((await store.content.latestRelease())!.version + 1, JSON.stringify(marked));

    const contact = join(dir, 'de', 'kontakt.md');
    writeFileSync(contact, readFileSync(contact, 'utf8').replace(/\n---\n/, '\n---\n\nNeu: ein Absatz mehr.\n'));
    await importContent(store, loadSources(dir));
    const after = await newest();

    // A full build of the same articles, with the marks of the take-over: the German article rendered and indexed anew.
    const full = buildContent(await publishedSources(store));
    mark(full);
    assert.deepEqual(after.bundles, full.bundles);
    assert.deepEqual(after.renderKeys, full.renderKeys);
    assert.match(after.bundles[0].articles.find((a) => a.id === 'kontakt')!.html, /Neu: ein Absatz mehr/);
  } finally {
    await store.close();
  }
});

test('the next release is rendered from the one the node serves while that is the newest, else from the store', async () => {
  const store = await openStore({ databaseUrl: join(dataDir, 'served-release.sqlite') });
  /** The release served, with the English contact article's HTML marked: only a take-over from it keeps the mark. */
  const served = async (): Promise<LoadedRelease> => {
    const loaded = (await loadNewestRelease(store))!;
    const release = JSON.parse(JSON.stringify(loaded.release)) as Release;
    release.bundles.find((b) => b.lang === 'en')!.articles.find((a) => a.id === 'kontakt')!.html += '<!-- served -->';
    return { version: loaded.version, release };
  };
  const next = (from: LoadedRelease) =>
    store.transaction(async (tx) => {
      await tx.content.lockPublishing();
      return storeRelease(tx, { served: from });
    });
  const marked = (loaded: LoadedRelease) =>
    loaded.release.bundles.some((b) => b.articles.some((a) => a.html.endsWith('<!-- served -->')));
  try {
    await importContent(store, loadSources('content'));
    const newest = await served();
    const stored = await next(newest);
    assert.equal(stored.version, newest.version + 1);
    assert.ok(marked(stored), 'rendered from the served release');
    assert.deepEqual(
      JSON.parse(JSON.stringify({ version: stored.version, release: stored.release })),
      await loadNewestRelease(store),
      'it returns what it stored',
    );

    // Without render keys everything is rendered and indexed anew; the indexes built go with the release, and the
    // next publish on this node takes them over.
    const rebuilt = await next({ ...stored, release: { ...stored.release, renderKeys: undefined } });
    assert.deepEqual([...rebuilt.indexes!.keys()], ['de', 'en']);
    const again = await next(rebuilt);
    assert.equal(rebuilt.indexes, undefined, 'taken by the publish');
    assert.deepEqual([...again.indexes!.keys()], ['de', 'en']);
    assert.deepEqual(again.release, rebuilt.release);

    // Another node stores a newer release: the one served here is stale and not used.
    assert.ok(!marked(again));
    assert.ok(!marked(await next(newest)), 'rendered from the store’s newest release');
  } finally {
    await store.close();
  }
});

test('a release stored with an older search-index format is rendered again at start', async () => {
  const store = await openStore({ databaseUrl: join(dataDir, 'stale-release.sqlite') });
  try {
    await importContent(store, loadSources('content'));
    const latest = (await store.content.latestRelease())!;
    // As an earlier server version stored it: the same release with the index format before.
    const old = JSON.parse(latest.bundles) as { bundles: { index: { version: number } }[] };
    for (const bundle of old.bundles) bundle.index.version = SEARCH_INDEX_VERSION - 1;
    await store.content.addRelease(latest.version + 1, JSON.stringify(old));

    const loaded = await loadNewestRelease(store);
    const renewed = (await store.content.latestRelease())!;
    assert.equal(renewed.version, latest.version + 2);
    assert.equal(loaded?.version, renewed.version, 'the node loads another release than the one stored');
    const { bundles } = JSON.parse(renewed.bundles) as typeof old;
    assert.deepEqual(new Set(bundles.map((b) => b.index.version)), new Set([SEARCH_INDEX_VERSION]));
    assert.deepEqual(
      loaded?.release,
      JSON.parse(renewed.bundles),
      'the node loads another release than the one stored',
    );
    const again = await loadNewestRelease(store);
    assert.equal(await store.content.latestVersion(), renewed.version, 'a current release was rendered again');
    assert.equal(again?.version, renewed.version);
  } finally {
    await store.close();
  }
});
