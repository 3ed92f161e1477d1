import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  analyseDocuments,
  inIndexOrder,
  SearchIndex,
  type AnalysedDocuments,
} from '@direkthilfe/core/search/search-index';
import type { SearchDocument } from '@direkthilfe/core/search/types';
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
  /** Threads that analyse the documents, this one included: by default the cores, up to 4, for large builds. */
  threads?: number;
}

/**
 * Builds the search index that `SearchIndex.fromDocuments` builds, with large sets of documents analysed on
 * several cores: worker threads analyse runs of them while this thread analyses the first, then hand their terms
 * over. A run whose worker cannot start or fails is analysed here.
 */
export async function buildSearchIndex(
  documents: SearchDocument[],
  synonymGroups: string[][] = [],
  { threads = defaultThreads(documents.length) }: IndexBuildOptions = {},
): Promise<SearchIndex> {
  const [first, ...rest] = splitIntoRuns(inIndexOrder(documents), threads);
  const workers = rest.map(analyseInWorker);
  const runs = [analyseDocuments(first), ...(await Promise.all(workers))];
  return SearchIndex.fromRuns(runs, synonymGroups);
}

const defaultThreads = (documents: number) =>
  documents < PARALLEL_MIN_DOCUMENTS ? 1 : Math.min(MAX_THREADS, availableParallelism());

/** Consecutive runs of about the same amount of text, one per thread. */
function splitIntoRuns(documents: SearchDocument[], threads: number): SearchDocument[][] {
  const size = (doc: SearchDocument) => doc.title.length + doc.summary.length + doc.body.length;
  const total = documents.reduce((sum, doc) => sum + size(doc), 0);
  const runs: SearchDocument[][] = [[]];
  let sum = 0;
  for (const doc of documents) {
    if (runs.length < threads && sum >= (total * runs.length) / threads) runs.push([]);
    runs[runs.length - 1].push(doc);
    sum += size(doc);
  }
  return runs;
}

/** A run analysed in a worker thread, or on this thread if the worker cannot start or ends without answering. */
async function analyseInWorker(documents: SearchDocument[]): Promise<AnalysedDocuments> {
  let worker: Worker;
  try {
    worker = new Worker(workerFile, { workerData: documents });
  } catch {
    return analyseDocuments(documents);
  }
  const answer = await new Promise<AnalysedDocuments | undefined>((resolve) => {
    const timeout = setTimeout(() => void worker.terminate(), WORKER_TIMEOUT_MS);
    worker.once('message', (message: AnalysisMessage) => resolve(message.analysed));
    // An error ends the worker; either way the run is analysed here.
    worker.on('error', () => undefined);
    worker.once('exit', () => {
      clearTimeout(timeout);
      resolve(undefined);
    });
  });
  void worker.terminate();
  return answer ?? analyseDocuments(documents);
}
