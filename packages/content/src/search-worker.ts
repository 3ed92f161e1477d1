// A worker thread of `buildSearchIndex`: analyses the chunks of documents it takes and answers with them.
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentAnalyser } from '@direkthilfe/core/search/search-index';
import { analyseChunks, type AnalysedChunk, type ChunkWork } from './search-chunks.js';

/** What the worker posts: the chunks it analysed. */
export interface AnalysisMessage {
  chunks: AnalysedChunk[];
}

const { analyser, ...work } = workerData as ChunkWork & { analyser: number };
const chunks = analyseChunks(work, new DocumentAnalyser(analyser));
const message: AnalysisMessage = { chunks };
// The typed arrays move to the calling thread rather than being copied.
parentPort!.postMessage(
  message,
  chunks.flatMap(({ run }) => [run.ends.buffer, run.termIds.buffer, run.tenths.buffer] as ArrayBuffer[]),
);
