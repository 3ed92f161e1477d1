import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StudioArticleListItem, StudioLanguageState } from '../api/studio.js';
import {
  FILTER_STATUSES,
  NO_FILTER,
  filterArticles,
  languageStatus,
  lastChange,
  portalPreviewUrl,
} from './article-list.js';

const state = (status: StudioLanguageState['status'], updatedAt: string, outdated = false): StudioLanguageState => ({
  status,
  revision: 3,
  publishedRevision: status === 'published' ? 3 : null,
  publishAt: null,
  updatedAt,
  updatedBy: 'redaktion',
  outdated,
});

const ITEMS: StudioArticleListItem[] = [
  {
    id: 'admin-warenkorb-bestellen',
    title: 'Warenkorb prüfen und kostenpflichtig bestellen',
    roles: ['admin'],
    contexts: ['admin/warenkorb'],
    languages: { de: state('published', '2026-11-01T10:00:00Z'), en: state('published', '2026-10-01T10:00:00Z', true) },
  },
  {
    id: 'passwort-aendern',
    title: 'Passwort ändern',
    roles: ['admin', 'user'],
    contexts: ['user/passwort-vergeben'],
    languages: { de: state('draft', '2026-11-20T08:00:00Z'), en: null },
  },
  {
    id: 'kontakt',
    title: 'Kontakt',
    roles: ['admin', 'user'],
    contexts: [],
    languages: { de: state('review', '2026-09-01T10:00:00Z'), en: state('scheduled', '2026-11-25T10:00:00Z') },
  },
];

const ids = (items: StudioArticleListItem[]) => items.map((i) => i.id);

test('without a filter every article shows, the most recently changed first', () => {
  assert.deepEqual(ids(filterArticles(ITEMS, NO_FILTER)), ['kontakt', 'passwort-aendern', 'admin-warenkorb-bestellen']);
});

test('the query finds words of the title, the id and the page keys, umlauts either way', () => {
  assert.deepEqual(ids(filterArticles(ITEMS, { ...NO_FILTER, query: 'passwort aend' })), ['passwort-aendern']);
  assert.deepEqual(ids(filterArticles(ITEMS, { ...NO_FILTER, query: 'Prufen' })), ['admin-warenkorb-bestellen']);
  assert.deepEqual(ids(filterArticles(ITEMS, { ...NO_FILTER, query: 'admin/waren' })), ['admin-warenkorb-bestellen']);
  assert.deepEqual(ids(filterArticles(ITEMS, { ...NO_FILTER, query: 'nichts' })), []);
});

test('filters by view, page key and status of either language', () => {
  assert.deepEqual(ids(filterArticles(ITEMS, { ...NO_FILTER, role: 'user' })), ['kontakt', 'passwort-aendern']);
  assert.deepEqual(ids(filterArticles(ITEMS, { ...NO_FILTER, page: 'admin/warenkorb' })), [
    'admin-warenkorb-bestellen',
  ]);
  assert.deepEqual(ids(filterArticles(ITEMS, { ...NO_FILTER, status: 'scheduled' })), ['kontakt']);
  assert.deepEqual(ids(filterArticles(ITEMS, { ...NO_FILTER, status: 'outdated' })), ['admin-warenkorb-bestellen']);
  assert.deepEqual(ids(filterArticles(ITEMS, { ...NO_FILTER, status: 'untranslated' })), ['passwort-aendern']);
});

test('the last change is the newer of both languages', () => {
  assert.deepEqual(lastChange(ITEMS[2]), { at: '2026-11-25T10:00:00Z', by: 'redaktion', lang: 'en' });
  assert.equal(languageStatus(ITEMS[1].languages.en), 'missing');
});

test("the portal page's link names the draft and the language", () => {
  assert.equal(
    portalPreviewUrl('/admin/warenkorb', 'admin-warenkorb-bestellen', 'en'),
    '/admin/warenkorb?dh-preview=admin-warenkorb-bestellen&dh-lang=en',
  );
  assert.equal(portalPreviewUrl('/myportal/?x=1', 'a', 'de'), '/myportal/?x=1&dh-preview=a&dh-lang=de');
});

test("the filter's statuses are the contract's workflow statuses and the translations' two", async () => {
  const { WORKFLOW_STATUSES } = await import('../api/studio.js');
  assert.deepEqual(FILTER_STATUSES, [...WORKFLOW_STATUSES, 'outdated', 'untranslated']);
});
