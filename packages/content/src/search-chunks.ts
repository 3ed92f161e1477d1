import type { AnalysedDocuments, DocumentAnalyser } from '@direkthilfe/core/search/search-index';
import type { SearchDocument } from '@direkthilfe/core/search/types';

/** About this many documents per chunk: small enough to share the work evenly, large enough to cost little. */
const CHUNK_DOCUMENTS = 200;

/** The documents of a build in index order, and per chunk which analyser took it (id + 1; 0: none yet). */
export interface ChunkWork {
  documents: SearchDocument[];
  /** Shared by the threads (a `SharedArrayBuffer`): a chunk is taken with one atomic compare-and-exchange. */
  takenBy: Int32Array;
}

export interface AnalysedChunk {
  chunk: number;
  run: AnalysedDocuments;
}

export const chunkCount = (documents: number) => Math.max(1, Math.round(documents / CHUNK_DOCUMENTS));

/** The documents of one chunk. */
export function documentsOf({ documents, takenBy }: ChunkWork, chunk: number): SearchDocument[] {
  const from = Math.floor((chunk * documents.length) / takenBy.length);
  return documents.slice(from, Math.floor(((chunk + 1) * documents.length) / takenBy.length));
}

/**
 * Takes the chunks nobody has taken, in index order, and analyses each, until none is left. Each thread's
 * chunks come in index order, as `SearchIndex.fromRuns` needs an analyser's runs.
 */
export function analyseChunks(work: ChunkWork, analyser: DocumentAnalyser): AnalysedChunk[] {
  const analysed: AnalysedChunk[] = [];
  for (let chunk = 0; chunk < work.takenBy.length; chunk++)
    if (Atomics.compareExchange(work.takenBy, chunk, 0, analyser.id + 1) === 0)
      analysed.push({ chunk, run: analyser.analyse(documentsOf(work, chunk)) });
  return analysed;
}
