import { once } from 'node:events';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Worker } from 'node:worker_threads';
import { SearchIndex } from '@direkthilfe/core/search/search-index';
import { corpus } from '../../../scripts/search-corpus.js';
import { buildSearchIndex, PARALLEL_MIN_DOCUMENTS } from './search-build.js';
import { chunkCount } from './search-chunks.js';
import type { AnalysisMessage } from './search-worker.js';

const synonyms = [['Handy', 'Mobiltelefon']];
// Enough for a dozen chunks; the bench's synthetic German articles.
const { docs } = corpus(2400, 7919);
const edited = { ...docs[17], body: `${docs[17].body} Ein Handy klingelt neu.` };

/** The worker threads started while `work` runs, and how many chunks each answered with (-1: no answer). */
async function watchWorkers<T>(work: () => Promise<T>, onStart: (worker: Worker) => void = () => undefined) {
  const workers: { chunks: number }[] = [];
  const listener = (worker: Worker) => {
    const watched = { chunks: -1 };
    workers.push(watched);
    worker.on('message', (message: AnalysisMessage) => (watched.chunks = message.chunks.length));
    onStart(worker);
  };
  process.on('worker', listener);
  try {
    return { value: await work(), workers };
  } finally {
    process.off('worker', listener);
  }
}

const answered = (workers: { chunks: number }[]) => workers.reduce((sum, { chunks }) => sum + Math.max(0, chunks), 0);

test('worker threads share the chunks, and their index is the one built on one thread, and updates the same', async () => {
  const serial = SearchIndex.fromDocuments(docs, synonyms);
  const { value: parallel, workers } = await watchWorkers(() =>
    buildSearchIndex(docs, synonyms, { threads: 2, callingThread: false }),
  );
  assert.equal(workers.length, 2);
  assert.equal(answered(workers), chunkCount(docs.length), 'the workers analysed every chunk, none was left over');
  assert.equal(JSON.stringify(parallel), JSON.stringify(serial));
  for (const index of [serial, parallel]) {
    index.upsert(edited);
    index.remove(docs[2000].id);
  }
  assert.equal(JSON.stringify(parallel), JSON.stringify(serial));
  assert.ok(parallel.toJSON().terms.includes('handy'));
});

test('with the calling thread taking chunks too, the index is the same', async () => {
  const { value: index, workers } = await watchWorkers(() => buildSearchIndex(docs, synonyms, { threads: 3 }));
  assert.equal(workers.length, 2);
  assert.ok(answered(workers) < chunkCount(docs.length), 'the calling thread analysed chunks');
  assert.equal(JSON.stringify(index), JSON.stringify(SearchIndex.fromDocuments(docs, synonyms)));
});

test('the chunks of a worker thread that ends before it answers are analysed on the calling thread', async () => {
  const { value: index, workers } = await watchWorkers(
    () => buildSearchIndex(docs, synonyms, { threads: 1, callingThread: false }),
    (worker) => void worker.terminate(),
  );
  assert.deepEqual(
    workers.map((worker) => worker.chunks),
    [-1],
  );
  assert.equal(JSON.stringify(index), JSON.stringify(SearchIndex.fromDocuments(docs, synonyms)));
});

test('a worker thread that cannot start is told as a warning, and its chunks are analysed here', async () => {
  // A function cannot be copied to a worker thread: starting it fails. The analysis never reads the property.
  const uncopyable = docs.map((doc, i) => (i === 5 ? { ...doc, render: () => doc.body } : doc));
  const warned = once(process, 'warning') as Promise<[Error & { code?: string }]>;
  const index = await buildSearchIndex(uncopyable, synonyms, { threads: 2 });
  assert.equal(JSON.stringify(index), JSON.stringify(SearchIndex.fromDocuments(docs, synonyms)));
  const [warning] = await warned;
  assert.equal(warning.code, 'DH_SEARCH_WORKER');
  assert.match(warning.message, /worker thread could not start \(DataCloneError: .+\); its chunks are analysed/);
});

test('below the size where threads pay, the index is built without a worker thread', async () => {
  const few = docs.slice(0, 40);
  assert.ok(few.length < PARALLEL_MIN_DOCUMENTS);
  const { value: index, workers } = await watchWorkers(() => buildSearchIndex(few));
  assert.equal(workers.length, 0);
  assert.equal(JSON.stringify(index), JSON.stringify(SearchIndex.fromDocuments(few)));
});
