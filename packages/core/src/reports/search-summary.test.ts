import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchReport } from '../api/reports.js';
import { summariseSearches } from './search-summary.js';

const report: SearchReport = {
  from: '2026-11-30',
  to: '2026-12-01',
  minSearches: 3,
  days: [
    {
      day: '2026-12-01',
      lang: 'de',
      searches: 20,
      noResults: 6,
      queries: [
        { query: 'warenkorb', searches: 8, noResults: 0, opened: [{ articleId: 'a', title: 'A', opens: 5 }] },
        { query: 'fax', searches: 4, noResults: 4, opened: [] },
      ],
    },
    {
      day: '2026-11-30',
      lang: 'de',
      searches: 10,
      noResults: 3,
      queries: [
        { query: 'fax', searches: 3, noResults: 3, opened: [] },
        { query: 'warenkorb', searches: 3, noResults: 1, opened: [{ articleId: 'a', title: 'A', opens: 2 }] },
      ],
    },
    {
      day: '2026-11-30',
      lang: 'en',
      searches: 5,
      noResults: 5,
      queries: [{ query: 'fax', searches: 5, noResults: 5, opened: [] }],
    },
  ],
};

test('the days add up per language and query: top, without results, opened', () => {
  const summary = summariseSearches(report);
  assert.deepEqual([summary.searches, summary.noResults], [35, 14]);
  assert.deepEqual(
    summary.top.map((q) => [q.lang, q.query, q.searches, q.noResults]),
    [
      ['de', 'warenkorb', 11, 1],
      ['de', 'fax', 7, 7],
      ['en', 'fax', 5, 5],
    ],
  );
  assert.deepEqual(
    summary.withoutResults.map((q) => [q.lang, q.query, q.noResults]),
    [
      ['de', 'fax', 7],
      ['en', 'fax', 5],
      ['de', 'warenkorb', 1],
    ],
  );
  assert.deepEqual(summary.opened, [{ query: 'warenkorb', lang: 'de', articleId: 'a', title: 'A', opens: 7 }]);
});

test('at most `limit` rows per table', () => {
  assert.equal(summariseSearches(report, 1).top.length, 1);
  assert.deepEqual(summariseSearches({ ...report, days: [] }), {
    searches: 0,
    noResults: 0,
    top: [],
    withoutResults: [],
    opened: [],
  });
});
