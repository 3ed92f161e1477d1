import { mock, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchReportBody } from '../api/help.js';
import { SearchReporter } from './search-reports.js';

/** A reporter whose sends are recorded; `answer` settles the one in flight. */
function reporter(options = {}) {
  const sent: SearchReportBody[] = [];
  let answer: () => void = () => undefined;
  const instance = new SearchReporter(
    (report) =>
      new Promise<void>((resolve) => {
        sent.push(report);
        answer = resolve;
      }),
    options,
  );
  return { instance, sent, answer: () => answer() };
}

/** Lets the queue's promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

test('a query counts once the reader stays on it, not per pause while typing', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const { instance, sent } = reporter({ settleMs: 1500 });
    instance.searched('de', 'pass', 3);
    mock.timers.tick(1000);
    instance.searched('de', 'Passwort ändern', 2);
    mock.timers.tick(1499);
    assert.deepEqual(sent, []);
    mock.timers.tick(1);
    assert.deepEqual(sent, [{ lang: 'de', query: 'passwort andern', results: 2 }]);
    // The same results shown again (back from an article) are the same search.
    instance.searched('de', 'passwort ändern', 2);
    mock.timers.tick(5000);
    assert.equal(sent.length, 1);
  } finally {
    mock.timers.reset();
  }
});

test('opening a result reports the search at once, then the result; leaving reports what is on screen', async () => {
  const { instance, sent, answer } = reporter();
  instance.searched('en', 'Tischtelefon', 4);
  instance.opened('tischtelefon-erstanmeldung');
  assert.deepEqual(sent, [{ lang: 'en', query: 'tischtelefon', results: 4 }]);
  answer();
  await settle();
  assert.deepEqual(sent[1], { lang: 'en', query: 'tischtelefon', results: 4, opened: 'tischtelefon-erstanmeldung' });
  // A second result of the same search: only the result.
  answer();
  await settle();
  instance.opened('doppelanmeldung-vermeiden');
  assert.equal(sent.length, 3);
  assert.equal(sent[2].opened, 'doppelanmeldung-vermeiden');
  answer();
  await settle();
  instance.searched('en', 'xyzzy', 0);
  instance.flush();
  assert.deepEqual(sent[3], { lang: 'en', query: 'xyzzy', results: 0 });
});

test('nothing without words; the queue is bounded and drops the oldest; a failed report is not retried', async () => {
  let calls = 0;
  const bodies: string[] = [];
  const instance = new SearchReporter(
    async (report) => {
      calls += 1;
      bodies.push(report.query);
      if (calls === 1) {
        // The first send waits while the others queue up behind it, then fails.
        await settle();
        throw new Error('offline');
      }
    },
    { maxQueued: 2 },
  );
  instance.searched('de', '?!', 0);
  instance.flush();
  assert.equal(calls, 0);
  for (const word of ['eins', 'zwei', 'drei', 'vier']) {
    instance.searched('de', word, 1);
    instance.flush();
  }
  await settle();
  await settle();
  assert.deepEqual(bodies, ['eins', 'drei', 'vier']);
});
