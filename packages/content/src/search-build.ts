import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  DocumentAnalyser,
  inIndexOrder,
  SearchIndex,
  type AnalysedDocuments,
} from '@direkthilfe/core/search/search-index';
import type { SearchDocument } from '@direkthilfe/core/search/types';
import { analyseChunks, chunkCount, documentsOf, type AnalysedChunk, type ChunkWork } from './search-chunks.js';
import type { AnalysisMessage } from './search-worker.js';

/** Below this many documents, starting a worker thread costs more than it saves. */
export const PARALLEL_MIN_DOCUMENTS = 2_000;
/** At most this many threads analyse documents at once, the calling one included. */
const MAX_THREADS = 4;
/** A worker thread that has not answered by then is ended, and its documents are analysed here. */
const WORKER_TIMEOUT_MS = 5 * 60_000;

// A module of its own next to this one, built to JavaScript. Run from the sources, the worker starts through a
// CommonJS file that requires the TypeScript: Node 20 registers the TypeScript loader's import hook in a worker
// thread only after the worker's first module is loaded, its require hook before.
const workerFile = new URL(
  extname(fileURLToPath(import.meta.url)) === '.ts' ? './search-worker.cjs' : './search-worker.js',
  import.meta.url,
);

export interface IndexBuildOptions {
  /** Threads that analyse the documents: by default, for large builds, one fewer than the cores, up to 4. */
  threads?: number;
  /**
   * Whether the calling thread is one of them (the default). Without it, worker threads analyse every document
   * and the calling thread's event loop stays free meanwhile.
   */
  callingThread?: boolean;
}

/**
 * Builds the search index that `SearchIndex.fromDocuments` builds, with large sets of documents analysed on
 * several cores. The documents are cut into chunks in index order, and each thread takes the next chunk nobody
 * has taken until none is left: a worker that starts late or runs slower takes fewer, and no thread waits for
 * another's share. Chunks that a worker took but did not answer for (it failed) are analysed here.
 */
export async function buildSearchIndex(
  documents: SearchDocument[],
  synonymGroups: string[][] = [],
  { threads = defaultThreads(documents.length), callingThread = true }: IndexBuildOptions = {},
): Promise<SearchIndex> {
  const workerCount = callingThread ? threads - 1 : threads;
  if (workerCount <= 0) return SearchIndex.fromDocuments(documents, synonymGroups);

  const work: ChunkWork = {
    documents: inIndexOrder(documents),
    // Per chunk, the id of the analyser (thread) that took it, + 1; 0 while nobody has.
    takenBy: new Int32Array(new SharedArrayBuffer(chunkCount(documents.length) * Int32Array.BYTES_PER_ELEMENT)),
  };
  const workers = Array.from({ length: workerCount }, (_, i) => analyseInWorker(work, i + 1));
  const chunks: AnalysedChunk[] = [];
  if (callingThread) {
    chunks.push(...analyseChunks(work, new DocumentAnalyser(0)));
    // Every chunk is taken now: a worker that has taken none would find none, so it is ended, not waited for.
    const taken = new Set(work.takenBy);
    for (const worker of workers) if (!taken.has(worker.analyser + 1)) worker.end();
  }
  for (const answer of await Promise.all(workers.map((worker) => worker.answer))) chunks.push(...answer);

  const runs: AnalysedDocuments[] = [];
  for (const { chunk, run } of chunks) runs[chunk] = run;
  const fallback = new DocumentAnalyser(workerCount + 1);
  for (let chunk = 0; chunk < work.takenBy.length; chunk++)
    runs[chunk] ??= fallback.analyse(documentsOf(work, chunk));
  return SearchIndex.fromRuns(runs, synonymGroups);
}

// One core is left to V8's compiler and garbage collector: a build starts cold, and threads that keep every core
// busy run unoptimised code the longer (on two cores, two threads built slower than one).
const defaultThreads = (documents: number) =>
  documents < PARALLEL_MIN_DOCUMENTS ? 1 : Math.max(1, Math.min(MAX_THREADS, availableParallelism() - 1));

/** A worker thread's analysis: the chunks it took, or none if it cannot start, fails or is ended. */
function analyseInWorker(work: ChunkWork, analyser: number) {
  let worker: Worker | undefined;
  try {
    worker = new Worker(workerFile, { workerData: { ...work, analyser } });
  } catch (error) {
    warn(`could not start (${String(error)})`);
  }
  const answer = new Promise<AnalysedChunk[]>((resolve) => {
    if (!worker) return resolve([]);
    const timeout = setTimeout(() => {
      warn(`did not answer within ${WORKER_TIMEOUT_MS / 60_000} minutes`);
      void worker.terminate();
    }, WORKER_TIMEOUT_MS);
    worker.once('message', (message: AnalysisMessage) => resolve(message.chunks));
    // An error ends the worker; either way its chunks are analysed here.
    worker.on('error', (error) => warn(`failed (${String(error)})`));
    worker.once('exit', () => {
      clearTimeout(timeout);
      resolve([]);
    });
  }).finally(() => void worker?.terminate());
  return { analyser, answer, end: () => void worker?.terminate() };
}

/** A worker's failure is told as a process warning (stderr, or the app's 'warning' listener); the build goes on. */
const warn = (what: string) =>
  process.emitWarning(`A search index worker thread ${what}; its chunks are analysed on the calling thread.`, {
    code: 'DH_SEARCH_WORKER',
  });
