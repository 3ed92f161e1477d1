import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { guideNeighbours } from '@direkthilfe/core/content/model';
import {
  buildContent,
  type BuildResult,
  CheckCache,
  checkContent,
  createMarkdownRenderer,
  createNodeSanitizer,
  loadSources,
} from '@direkthilfe/content';
import { contentCopies } from '../../scripts/content-copies.js';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run('node', ['--import', 'tsx', '--conditions=source', 'packages/content/src/cli.ts', ...args]).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );

/** The topics of the customer's help page that must be published in German and English. */
const SEED_TOPICS = [
  'admin-erstanmeldung',
  'direkthilfe-nutzen',
  'admin-gruppen-standorte',
  'admin-arbeitsplatz-einrichten',
  'admin-auftrag-hinzufuegen',
  'admin-warenkorb-bestellen',
  'admin-auftragsstatus',
  'admin-aktivierungsmail',
  'admin-aktivierungsmail-fehlt',
  'benutzer-willkommen',
  'benutzer-erstanmeldung-myportal',
  'passwortregeln',
  'benutzer-uebersichtsseite',
  'tischtelefon-erstanmeldung',
  'doppelanmeldung-vermeiden',
  'desktop-mobile-client',
  'expertenansicht-status',
  'ansicht-wechseln',
  'kontakt',
];

test('content check: the published content has no problem', async () => {
  const { code, stdout } = await cli('check', 'content');
  assert.equal(code, 0, stdout);
  assert.match(stdout, /^0 Fehler, 0 Warnungen$/m);
});

test('content check: broken articles fail with file:line messages', async () => {
  const { code, stdout } = await cli('check', 'test/fixtures/content-broken');
  assert.equal(code, 1);
  const dir = 'test/fixtures/content-broken';
  const expected = [
    `${dir}/de/ohne-kopf.md:1: Der Artikel beginnt nicht mit einem Kopfbereich zwischen zwei Zeilen „---“.`,
    `${dir}/de/felder.md:2: Das Feld „title“ fehlt oder ist leer.`,
    `${dir}/de/felder.md:4: Das Feld „roles“ braucht eine Liste mit admin, user oder beiden, z. B. [admin, user].`,
    `${dir}/de/felder.md:6: Unbekanntes Feld „autor“. Erlaubt sind: id, title, summary, roles, contexts, keywords, synonyms, guide, order, updated, draft.`,
    `${dir}/de/felder.md:7: Das Feld „updated“ braucht ein gültiges Datum im Format JJJJ-MM-TT, z. B. 2026-11-29.`,
    `${dir}/de/doppelt.md:2: Die id „doppelt“ gibt es schon in ${dir}/de/doppelt-kopie.md.`,
    `${dir}/de/doppelt-kopie.md:2: Die id „doppelt“ muss dem Dateinamen entsprechen: doppelt-kopie.`,
    `${dir}/de/verweise.md:6: Unbekannter Seitenschlüssel „admin/gibt-es-nicht“: Er steht nicht in portal-map.json.`,
    `${dir}/de/verweise.md:13: Der Link zeigt auf den Artikel „gibt-es-nicht“, den es nicht gibt.`,
    `${dir}/de/verweise.md:15: Den Menüpfad „Mein Unternehmen → Gibt es nicht“ gibt es im Portal nicht (siehe portal-map.json).`,
    `${dir}/de/verweise.md:17: Dem Bild „/images/ohne-alt.png“ fehlt ein Alternativtext: ![Beschreibung](/images/ohne-alt.png).`,
    `${dir}/de/verweise.md:19: HTML, das beim Veröffentlichen entfernt wird: span@style.`,
    `${dir}/de/verweise.md:21: Unbekannte Hinweisbox „:::warnung“. Erlaubt sind :::hinweis, :::tipp und :::achtung.`,
    `${dir}/de/verweise.md:25: Der Link zeigt auf den Entwurf „entwurf“, der nicht veröffentlicht wird.`,
    `${dir}/de/verweise.md:27: Die Hinweisbox „:::achtung“ wird nicht mit einer Zeile „:::“ geschlossen.`,
    `${dir}/de/verweise.md:1: Warnung: Die Übersetzung en/verweise.md fehlt; dort wird der deutsche Text gezeigt.`,
    `${dir}/en/doppelt.md:5: „roles“ weicht vom deutschen Artikel ab (dort: ["user"]).`,
    `${dir}/en/leitfaden.md:8: Im Leitfaden „test-leitfaden“ hat auch ${dir}/en/doppelt.md die Position 1.`,
    `${dir}/en/nur-englisch.md:2: Zu dieser Übersetzung gibt es keinen deutschen Artikel de/nur-englisch.md.`,
    `${dir}/de/datum.md:7: Das Feld „updated“ braucht ein gültiges Datum im Format JJJJ-MM-TT, z. B. 2026-11-29.`,
    `${dir}/de/regeln.md:11: Überschriften beginnen bei „##“: Die erste Ebene ist der Titel aus dem Kopfbereich.`,
    `${dir}/de/regeln.md:13: Der Link „http://beispiel.invalid/seite“ wird entfernt: Erlaubt sind https:, mailto:, tel:, Links auf Artikel und Seiten des Portals.`,
    `${dir}/de/regeln.md:15: Das Bild „https://cdn.invalid/logo.png“ wird entfernt: Bilder nur vom eigenen Server, mit einem Pfad wie /hilfe/bilder/name.png.`,
    `${dir}/de/regeln.md:17: HTML, das beim Veröffentlichen entfernt wird: script.`,
    // Inside table cells, and URLs as the browser reads them (character references decoded).
    `${dir}/de/tabellen.md:13: HTML, das beim Veröffentlichen entfernt wird: img@onerror.`,
    `${dir}/de/tabellen.md:14: Der Link „javascript:alert(1)“ wird entfernt: Erlaubt sind https:, mailto:, tel:, Links auf Artikel und Seiten des Portals.`,
    `${dir}/de/tabellen.md:15: Das Bild „https://cdn.invalid/logo.png“ wird entfernt: Bilder nur vom eigenen Server, mit einem Pfad wie /hilfe/bilder/name.png.`,
    `${dir}/de/tabellen.md:17: Der Link „jav&#x61;script:alert(1)“ wird entfernt: Erlaubt sind https:, mailto:, tel:, Links auf Artikel und Seiten des Portals.`,
    // YAML aliases are refused (a nested "billion laughs" is reported, not thrown).
    `${dir}/de/alias-bombe.md:4: Verweise mit „*t“ (YAML-Aliase) sind im Kopfbereich nicht erlaubt: Schreiben Sie den Wert aus.`,
    `${dir}/de/alias-bombe.md:7: Verweise mit „*k“ (YAML-Aliase) sind im Kopfbereich nicht erlaubt: Schreiben Sie den Wert aus.`,
    `${dir}/de/alias-bombe.md:8: Verweise mit „*l“ (YAML-Aliase) sind im Kopfbereich nicht erlaubt: Schreiben Sie den Wert aus.`,
  ];
  const lines = stdout.split('\n');
  for (const line of expected) assert.ok(lines.includes(line), `missing: ${line}\n--- got:\n${stdout}`);
  assert.match(stdout, /kaputtes-yaml\.md:4: Der Kopfbereich ist kein gültiges YAML/);
  assert.match(stdout, /^34 Fehler, 1 Warnungen$/m);
});

test('content check: oversized and too deeply nested articles are refused before parsing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-content-'));
  try {
    cpSync('content/portal-map.json', join(dir, 'portal-map.json'));
    const head = (id: string) =>
      `---\nid: ${id}\ntitle: T\nsummary: S\nroles: [user]\nkeywords: [k]\nupdated: 2026-11-29\n---\n`;
    mkdirSync(join(dir, 'de'));
    writeFileSync(join(dir, 'de', 'riesig.md'), head('riesig') + 'Wort '.repeat(25_000));
    writeFileSync(join(dir, 'de', 'tief.md'), `${head('tief')}\nText\n\n${'> '.repeat(30)}Zitat\n`);
    const messages = checkContent(loadSources(dir, 'x'), createNodeSanitizer()).problems.map(
      (p) => `${p.file}:${p.line}: ${p.message}`,
    );
    assert.ok(
      messages.includes(
        'x/de/riesig.md:1: Der Artikel ist zu groß (126 KB, höchstens 100 KB). Teilen Sie ihn in mehrere Artikel auf.',
      ),
      messages.join('\n'),
    );
    assert.ok(
      messages.includes('x/de/tief.md:12: Zu tief verschachtelt (Tiefe 30, höchstens 20).'),
      messages.join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('content build: every seed topic is published in German and English, drafts are not', async () => {
  const { problems, bundles } = await buildContent(loadSources('content'));
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );
  for (const bundle of bundles) {
    const ids = bundle.articles.map((a) => a.id);
    for (const topic of SEED_TOPICS) assert.ok(ids.includes(topic), `${bundle.lang} lacks ${topic}`);
    assert.ok(!ids.includes('systemvoraussetzungen'), 'a draft was published');
    assert.deepEqual(
      bundle.articles.filter((a) => a.fallback).map((a) => a.id),
      [],
      `${bundle.lang} has fallbacks`,
    );
    assert.ok(bundle.articles.every((a) => a.lang === bundle.lang));
    assert.equal(bundle.index.docs.length, bundle.articles.length);
  }
  const german = bundles.find((b) => b.lang === 'de')!.articles;
  const cart = german.find((a) => a.id === 'admin-warenkorb-bestellen')!;
  assert.match(
    cart.html,
    /<a class="dh-menu-path" href="\/admin\/warenkorb" data-dh-page="admin\/warenkorb">Mein Unternehmen → Kontingente &amp; Auftragsstatus → Warenkorb<\/a>/,
  );
  assert.match(cart.html, /<aside class="dh-hint dh-hint-achtung"><p class="dh-hint-title"><strong>Achtung<\/strong>/);
  // A one-level menu path is a menu entry as well (a link), not code; other code spans stay code.
  const overview = german.find((a) => a.id === 'benutzer-uebersichtsseite')!;
  assert.match(
    overview.html,
    /<a class="dh-menu-path" href="\/myportal\/" data-dh-page="user\/uebersicht">Übersicht<\/a>/,
  );
  assert.doesNotMatch(overview.html, /<code>Übersicht<\/code>/);
  // Inside the demo, articles link to the demo's own pages, never to the real provider's portal.
  for (const article of bundles.flatMap((b) => b.articles)) {
    assert.doesNotMatch(article.html, /telekom\.de/, `${article.id} links outside the demo`);
  }
  const deskPhone = german.find((a) => a.id === 'tischtelefon-erstanmeldung')!;
  assert.match(deskPhone.html, /href="\/myportal\/downloads"[^>]*>Hilfe &amp; Downloads<\/a>/);
  // Published articles point only to published ones.
  const published = new Set(german.map((a) => a.id));
  for (const article of german) {
    for (const [, id] of article.html.matchAll(/data-dh-article="([a-z0-9-]+)"/g)) {
      assert.ok(published.has(id), `${article.id} points to the unpublished ${id}`);
    }
  }
  const first = german.find((a) => a.id === 'admin-erstanmeldung')!;
  assert.doesNotMatch(first.text, /erklärt der Bereich/);
  // Changing the password later has its own article.
  assert.ok(published.has('passwort-aendern'));
  assert.match(cart.html, /<a href="\?dh-article=admin-auftragsstatus" data-dh-article="admin-auftragsstatus">/);
  assert.ok(cart.headings.every((h) => h.id.startsWith('dh-c-') && cart.html.includes(`id="${h.id}"`)));
  assert.doesNotMatch(cart.text, /<|&amp;/);
  const { prev, next } = guideNeighbours(german, cart.id);
  assert.equal(prev?.id, 'admin-auftrag-hinzufuegen');
  assert.equal(next?.id, 'admin-auftragsstatus');
  const english = bundles.find((b) => b.lang === 'en')!.articles.find((a) => a.id === cart.id)!;
  assert.match(english.html, /<strong>Caution<\/strong>/);
});

test('content build: headings keep their ids, also when named like a property of the document or of objects', () => {
  const render = createMarkdownRenderer([], 'de');
  const sanitizer = createNodeSanitizer();
  const names = ['Links', 'Images', 'Title', 'Forms', 'constructor', '__proto__', 'toString', 'Cookie'];
  const { html, headings } = render(names.map((name) => `## ${name}\n\nText`).join('\n\n'));
  const safe = sanitizer.sanitize(html);
  assert.deepEqual(sanitizer.removed(), []);
  const ids = [...safe.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]);
  assert.deepEqual(
    ids,
    headings.map((h) => `dh-c-${h.id}`),
  );
  assert.equal(new Set(ids).size, names.length);
});

test('content build: what an earlier build rendered and indexed is taken over unless its file, language or the portal map changed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-content-'));
  /**
   * A build that may take over what `previous` rendered and indexed, compared with a full build of the same files:
   * once with the indexes `previous` left (updated in place), once reading them from its bundles.
   */
  const rebuild = async (previous: BuildResult) => {
    const { indexes, ...full } = await buildContent(loadSources(dir));
    const fromJson = await buildContent(loadSources(dir), {
      previous: { bundles: previous.bundles, renderKeys: previous.renderKeys },
    });
    const result = await buildContent(loadSources(dir), { previous });
    for (const built of [fromJson, result]) {
      const { indexes: kept, ...rest } = built;
      assert.deepEqual(rest, { ...full, renderCount: built.renderCount, indexCount: built.indexCount });
      // The indexes to update next time are what the bundles hold.
      for (const [lang, index] of kept)
        assert.deepEqual(index.toJSON(), built.bundles.find((b) => b.lang === lang)!.index);
    }
    // Kept from build to build, every language's.
    assert.deepEqual([...result.indexes.keys()], [...indexes.keys()]);
    return result;
  };
  try {
    cpSync('content', dir, { recursive: true });
    const full = await buildContent(loadSources(dir));
    const articles = full.bundles.reduce((n, b) => n + b.articles.length, 0);
    assert.equal(full.renderCount, articles);
    assert.equal(full.indexCount, articles);
    assert.deepEqual([(await rebuild(full)).renderCount, (await rebuild(full)).indexCount], [0, 0]);

    const contact = join(dir, 'de', 'kontakt.md');
    writeFileSync(contact, readFileSync(contact, 'utf8').replace(/\n---\n/, '\n---\n\nNeu: ein Absatz mehr.\n'));
    const edited = await rebuild(full);
    assert.equal(edited.renderCount, 1, 'only the German article was to be rendered again');
    assert.equal(edited.indexCount, 1, 'the German index was updated with that article, the English one kept');
    assert.match(
      edited.bundles.find((b) => b.lang === 'de')!.articles.find((a) => a.id === 'kontakt')!.html,
      /Neu: ein Absatz mehr/,
    );

    // The English bundle now shows the German article in its place: rendered as the fallback, once.
    rmSync(join(dir, 'en', 'kontakt.md'));
    const fallback = await rebuild(edited);
    assert.deepEqual([fallback.renderCount, fallback.indexCount], [1, 1]);
    assert.equal(
      fallback.bundles.find((b) => b.lang === 'en')!.articles.find((a) => a.id === 'kontakt')!.fallback,
      true,
    );

    // An article gone leaves both indexes; nothing is rendered.
    rmSync(join(dir, 'en', 'passwort-aendern.md'));
    rmSync(join(dir, 'de', 'passwort-aendern.md'));
    const removed = await rebuild(fallback);
    assert.deepEqual([removed.renderCount, removed.indexCount], [0, 0]);
    assert.ok(removed.bundles.every((b) => !b.index.docs.some((d) => d.id === 'passwort-aendern')));

    // Other synonyms: no article is indexed again, and the German index has the new group (compared with a full
    // build above).
    const synonyms = join(dir, 'synonyms.json');
    const { groups } = JSON.parse(readFileSync(synonyms, 'utf8')) as { groups: string[][] };
    writeFileSync(synonyms, JSON.stringify({ groups: [...groups, ['Rufnummer', 'Durchwahl']] }));
    const resynonymed = await rebuild(removed);
    assert.deepEqual([resynonymed.renderCount, resynonymed.indexCount], [0, 0]);
    assert.deepEqual(resynonymed.bundles.find((b) => b.lang === 'de')!.index.synonyms.at(-1), [
      'rufnummer',
      'durchwahl',
    ]);

    // Menu paths link to the portal's pages: a changed portal map renders and indexes everything again.
    const map = join(dir, 'portal-map.json');
    const portalMap = JSON.parse(readFileSync(map, 'utf8')) as { pages: { url: string }[] };
    portalMap.pages[0].url = `${portalMap.pages[0].url}neu/`;
    writeFileSync(map, JSON.stringify(portalMap));
    const remapped = await rebuild(resynonymed);
    assert.deepEqual([remapped.renderCount, remapped.indexCount], [articles - 2, articles - 2]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('content check: a file checked before comes from the cache, and what lies between files is checked again', () => {
  const sanitizer = createNodeSanitizer();
  const uncached = (sources: ReturnType<typeof loadSources>) => checkContent(sources, sanitizer, new CheckCache());
  const cache = new CheckCache();
  /** Checks with the cache, compared with a check without; returns how many files came from the cache. */
  const check = (sources: ReturnType<typeof loadSources>) => {
    const hits = cache.stats.hits;
    const result = checkContent(sources, sanitizer, cache);
    assert.deepEqual(result, uncached(sources));
    return { result, fromCache: cache.stats.hits - hits };
  };
  // Broken files too: problems of the frontmatter, the body and between files.
  const broken = loadSources('test/fixtures/content-broken');
  assert.equal(check(broken).fromCache, 0);
  assert.equal(check(broken).fromCache, broken.files.length);

  const dir = mkdtempSync(join(tmpdir(), 'dh-content-'));
  try {
    cpSync('content', dir, { recursive: true });
    const files = loadSources(dir).files.length;
    check(loadSources(dir));
    const contact = join(dir, 'de', 'kontakt.md');
    writeFileSync(contact, readFileSync(contact, 'utf8').replace(/\n---\n/, '\n---\n\nNeu: ein Absatz mehr.\n'));
    assert.equal(check(loadSources(dir)).fromCache, files - 1);

    // Unchanged files that link to an article now gone: their links are checked again.
    const target = 'admin-auftragsstatus';
    rmSync(join(dir, 'de', `${target}.md`));
    rmSync(join(dir, 'en', `${target}.md`));
    const { result, fromCache } = check(loadSources(dir));
    assert.equal(fromCache, files - 2);
    assert.ok(
      result.problems.some((p) => p.message === `Der Link zeigt auf den Artikel „${target}“, den es nicht gibt.`),
      'a link to the deleted article is reported',
    );

    // Another portal map: every file is checked anew.
    const map = join(dir, 'portal-map.json');
    writeFileSync(map, readFileSync(map, 'utf8').replace(/"url": "([^"]+)"/, '"url": "$1neu/"'));
    assert.equal(check(loadSources(dir)).fromCache, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('content check: the cache keeps the most recently used files within its size', () => {
  const sources = loadSources('content');
  const sizes = sources.files.map((f) => f.source.length);
  // Room for about half of the files.
  const cache = new CheckCache(sizes.reduce((a, b) => a + b) / 2);
  const sanitizer = createNodeSanitizer();
  checkContent(sources, sanitizer, cache);
  assert.ok(cache.size <= cache.maxSize, `${cache.size} > ${cache.maxSize}`);
  const hits = cache.stats.hits;
  // The newest files are kept: checking the last file again is answered from the cache, the first is not.
  checkContent({ ...sources, files: sources.files.slice(-1) }, sanitizer, cache);
  assert.equal(cache.stats.hits, hits + 1);
  checkContent({ ...sources, files: sources.files.slice(0, 1) }, sanitizer, cache);
  assert.equal(cache.stats.hits, hits + 1);
});

test('content build: a missing translation falls back to the German article, marked as such', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-content-'));
  try {
    cpSync('content', dir, { recursive: true });
    rmSync(join(dir, 'en', 'kontakt.md'));
    const { problems, bundles } = await buildContent(loadSources(dir));
    assert.ok(problems.some((p) => p.severity === 'warning' && p.message.includes('en/kontakt.md fehlt')));
    const contact = bundles.find((b) => b.lang === 'en')!.articles.find((a) => a.id === 'kontakt')!;
    assert.equal(contact.fallback, true);
    assert.equal(contact.lang, 'de');
    const german = bundles.find((b) => b.lang === 'de')!.articles.find((a) => a.id === 'kontakt')!;
    assert.equal(contact.title, german.title);
    assert.equal(contact.html, german.html);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('content build: a long render gives the event loop turns, so that a publishing node keeps answering', async () => {
  const sources = contentCopies(4);
  let turns = 0;
  let watching = true;
  const count = () => {
    if (!watching) return;
    turns++;
    setImmediate(count);
  };
  setImmediate(count);
  const { problems, bundles, renderCount } = await buildContent(sources);
  watching = false;
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );
  assert.equal(
    renderCount,
    bundles.reduce((n, b) => n + b.articles.length, 0),
  );
  // Rendering some 180 articles takes far longer than a slice of 50 ms on any machine: without turns, none.
  assert.ok(turns > 0, 'the event loop had no turn while the articles were rendered');
});

test('content check: a broken shared file is reported, not thrown', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-content-'));
  try {
    cpSync('content', dir, { recursive: true });
    writeFileSync(join(dir, 'synonyms.json'), '{\n  "groups": [\n    ["a" "b"]\n  ]\n}\n');
    const [problem] = checkContent(loadSources(dir, 'x'), createNodeSanitizer()).problems;
    assert.equal(problem.file, 'x/synonyms.json');
    assert.equal(problem.line, 3);
    assert.match(problem.message, /^Die Datei ist kein gültiges JSON/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('content build: errors publish nothing', async () => {
  const { bundles, problems } = await buildContent(loadSources('test/fixtures/content-broken'));
  assert.ok(problems.length > 0);
  assert.deepEqual(bundles, []);
  assert.ok(readFileSync('test/fixtures/content-broken/de/verweise.md', 'utf8').includes('gibt-es-nicht'));
});
