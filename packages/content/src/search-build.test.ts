import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Worker } from 'node:worker_threads';
import { SearchIndex } from '@direkthilfe/core/search/search-index';
import { corpus } from '../../../scripts/search-corpus.js';
import { buildSearchIndex, PARALLEL_MIN_DOCUMENTS } from './search-build.js';

const synonyms = [['Handy', 'Mobiltelefon']];
// Enough text for three runs; the bench's synthetic German articles.
const { docs } = corpus(2400, 7919);
const edited = { ...docs[17], body: `${docs[17].body} Ein Handy klingelt neu.` };

/** The worker threads started while `work` runs, and whether each answered with its analysis. */
async function watchWorkers<T>(work: () => Promise<T>, onStart: (worker: Worker) => void = () => undefined) {
  const workers: { answered: boolean }[] = [];
  const listener = (worker: Worker) => {
    const watched = { answered: false };
    workers.push(watched);
    worker.on('message', (message: unknown) => (watched.answered ||= typeof message === 'object'));
    onStart(worker);
  };
  process.on('worker', listener);
  try {
    return { value: await work(), workers };
  } finally {
    process.off('worker', listener);
  }
}

test('an index built on three threads is the one built on one, and updates the same', async () => {
  const serial = SearchIndex.fromDocuments(docs, synonyms);
  const { value: parallel, workers } = await watchWorkers(() => buildSearchIndex(docs, synonyms, { threads: 3 }));
  assert.deepEqual(
    workers.map((worker) => worker.answered),
    [true, true],
    'two worker threads analysed a run each',
  );
  assert.equal(JSON.stringify(parallel), JSON.stringify(serial));
  for (const index of [serial, parallel]) {
    index.upsert(edited);
    index.remove(docs[2000].id);
  }
  assert.equal(JSON.stringify(parallel), JSON.stringify(serial));
  assert.ok(parallel.toJSON().terms.includes('handy'));
});

test('a run whose worker thread ends before it answers is analysed on the calling thread', async () => {
  const { value: index, workers } = await watchWorkers(
    () => buildSearchIndex(docs, synonyms, { threads: 2 }),
    (worker) => void worker.terminate(),
  );
  assert.deepEqual(
    workers.map((worker) => worker.answered),
    [false],
  );
  assert.equal(JSON.stringify(index), JSON.stringify(SearchIndex.fromDocuments(docs, synonyms)));
});

test('below the size where threads pay, the index is built without a worker thread', async () => {
  const few = docs.slice(0, 40);
  assert.ok(few.length < PARALLEL_MIN_DOCUMENTS);
  const { value: index, workers } = await watchWorkers(() => buildSearchIndex(few));
  assert.equal(workers.length, 0);
  assert.equal(JSON.stringify(index), JSON.stringify(SearchIndex.fromDocuments(few)));
});
