// A worker thread of `buildSearchIndex`: analyses the run of documents it is given and answers with the analysis.
import { parentPort, workerData } from 'node:worker_threads';
import { analyseDocuments } from '@direkthilfe/core/search/search-index';
import type { AnalysedDocuments } from '@direkthilfe/core/search/search-index';
import type { SearchDocument } from '@direkthilfe/core/search/types';

/** What the worker posts: its analysis. */
export interface AnalysisMessage {
  analysed: AnalysedDocuments;
}

const analysed = analyseDocuments(workerData as SearchDocument[]);
const message: AnalysisMessage = { analysed };
// The typed arrays move to the calling thread rather than being copied.
parentPort!.postMessage(message, [analysed.ends.buffer, analysed.termIds.buffer, analysed.weights.buffer] as ArrayBuffer[]);
