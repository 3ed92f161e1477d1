import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPageByMenuPath, guideNeighbours, validateArticleMeta, type PortalPage } from './model.js';

const valid = {
  id: 'warenkorb',
  title: 'Warenkorb',
  summary: 'Bestellen',
  roles: ['admin'],
  keywords: ['Warenkorb'],
  updated: '2026-11-29',
};

test('valid frontmatter becomes metadata with defaults', () => {
  const { meta, problems } = validateArticleMeta(valid);
  assert.deepEqual(problems, []);
  assert.deepEqual(meta, { ...valid, contexts: [], synonyms: [], draft: false });
});

test('YAML dates are accepted as dates', () => {
  assert.equal(validateArticleMeta({ ...valid, updated: new Date('2026-11-29') }).meta?.updated, '2026-11-29');
});

test('each schema violation names its field in German', () => {
  const { meta, problems } = validateArticleMeta({ ...valid, id: 'Groß Schreibung', roles: ['chef'], guide: 'x', extra: 1 });
  assert.equal(meta, undefined);
  assert.deepEqual(
    problems.map((p) => p.field),
    ['extra', 'id', 'roles', 'guide'],
  );
  assert.match(problems[1].message, /nur Kleinbuchstaben/);
  assert.deepEqual(validateArticleMeta('text').problems.length, 1);
});

const pages: PortalPage[] = [
  { key: 'a', url: '/a', role: 'admin', menuPath: ['Mein Unternehmen', 'Arbeitsplätze verwalten'] },
  { key: 'b', url: '/b', role: 'admin', menuPath: ['Mein Unternehmen', 'Arbeitsplätze verwalten', 'Arbeitsplatz einrichten'] },
];

test('menu paths resolve to the page itself or, for a prefix, to the menu entry', () => {
  assert.equal(findPageByMenuPath(pages, 'Mein Unternehmen → Arbeitsplätze verwalten → Arbeitsplatz einrichten')?.key, 'b');
  assert.equal(findPageByMenuPath(pages, 'Mein Unternehmen → Arbeitsplätze verwalten')?.key, 'a');
  assert.equal(findPageByMenuPath(pages, 'Mein Unternehmen')?.key, 'a');
  assert.equal(findPageByMenuPath(pages, 'Mein Unternehmen → Gibt es nicht'), undefined);
});

test('guides order their articles for Zurück and Weiter', () => {
  const articles = [
    { id: 'c', guide: 'g', order: 3 },
    { id: 'a', guide: 'g', order: 1 },
    { id: 'b', guide: 'g', order: 2 },
    { id: 'x' },
  ];
  assert.deepEqual(guideNeighbours(articles, 'b'), { prev: articles[1], next: articles[0] });
  assert.deepEqual(guideNeighbours(articles, 'a'), { prev: null, next: articles[2] });
  assert.deepEqual(guideNeighbours(articles, 'x'), { prev: null, next: null });
});
