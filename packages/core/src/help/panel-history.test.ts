import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PanelHistory, parentOf, viewOf, type PanelLocation } from './panel-history.js';

const home: PanelLocation = { articleId: null, query: '', wizard: null };
const at = (change: Partial<PanelLocation>): PanelLocation => ({ ...home, ...change });

test('the view follows the location: an article over results or a wizard, the wizard over the search', () => {
  assert.equal(viewOf(home), 'home');
  assert.equal(viewOf(at({ query: '  ' })), 'home');
  assert.equal(viewOf(at({ query: 'warenkorb' })), 'results');
  assert.equal(viewOf(at({ query: 'warenkorb', articleId: 'a' })), 'article');
  assert.equal(viewOf(at({ wizard: 'admin-first-setup' })), 'wizard');
  assert.equal(viewOf(at({ wizard: 'admin-first-setup', articleId: 'a' })), 'article');
});

test('article → results → home, keeping the query of the results', () => {
  const history = new PanelHistory();
  const results = at({ query: 'warenkorp' });
  const article = at({ query: 'warenkorp', articleId: 'admin-warenkorb-bestellen' });
  history.record(home, at({ query: 'w' }));
  history.record(at({ query: 'w' }), results);
  history.record(results, article);
  assert.deepEqual(history.back(article), results);
  assert.deepEqual(history.back(results), home);
});

test('an article opened from a wizard step leads back to the wizard, also through a second article', () => {
  const history = new PanelHistory();
  const wizard = at({ wizard: 'user-first-login' });
  const first = at({ wizard: 'user-first-login', articleId: 'passwortregeln' });
  const second = at({ wizard: 'user-first-login', articleId: 'kontakt' });
  history.record(wizard, first);
  history.record(first, second);
  assert.deepEqual(history.back(second), first);
  assert.deepEqual(history.back(first), wizard);
  assert.deepEqual(history.back(wizard), home);
});

test('without a record (the host opened the article), back goes one level up', () => {
  assert.deepEqual(new PanelHistory().back(at({ articleId: 'x', query: 'q' })), at({ query: 'q' }));
  assert.deepEqual(parentOf(at({ articleId: 'x', wizard: 'w' })), at({ wizard: 'w' }));
  assert.deepEqual(parentOf(home), home);
  assert.equal(new PanelHistory().canGoBack(home), false);
  assert.equal(new PanelHistory().canGoBack(at({ query: 'q' })), true);
});

test('the stack is bounded and can be cleared', () => {
  const history = new PanelHistory(3);
  const articles = ['a', 'b', 'c', 'd', 'e'].map((articleId) => at({ articleId }));
  for (let i = 1; i < articles.length; i++) history.record(articles[i - 1], articles[i]);
  assert.deepEqual(history.back(articles[4]), articles[3]);
  assert.deepEqual(history.back(articles[3]), articles[2]);
  assert.deepEqual(history.back(articles[2]), articles[1]);
  assert.deepEqual(history.back(articles[1]), home, 'the oldest entry was dropped');
  history.record(articles[0], articles[1]);
  history.clear();
  assert.deepEqual(history.back(articles[1]), home);
});
