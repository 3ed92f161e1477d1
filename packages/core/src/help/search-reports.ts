import type { SearchReportBody } from '../api/help.js';
import type { Language } from '../i18n/languages.js';
import { normalizeQuery } from '../search/normalize.js';

export interface SearchReporterOptions {
  /** How long a query must stay unchanged to count as a search of its own (a pause, not a keystroke). */
  settleMs?: number;
  /** Reports waiting to be sent at most; beyond, the oldest is dropped (the server is not answering). */
  maxQueued?: number;
}

type Search = Omit<SearchReportBody, 'opened'>;

const same = (a: Search | undefined, b: Search | undefined) => a?.lang === b?.lang && a?.query === b?.query;

/**
 * What the panel reports of its searches: the normalised query and its result count, once the reader has
 * stayed on it (`settleMs` after the results showed) or leaves it (opens a result, closes the panel, leaves
 * the page: `flush`), not per keystroke; and which result was opened. A query shown again (back from an
 * article) is the same search. Reports go out one after another from a bounded queue; one that fails is
 * dropped, never retried.
 */
export class SearchReporter {
  private readonly settleMs: number;
  private readonly maxQueued: number;
  /** The search on screen, not reported yet. */
  private pending?: Search;
  /** The search reported last: its results may still be opened. */
  private reported?: Search;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly queue: SearchReportBody[] = [];
  private sending = false;

  constructor(
    private readonly send: (report: SearchReportBody) => Promise<unknown>,
    { settleMs = 1500, maxQueued = 20 }: SearchReporterOptions = {},
  ) {
    this.settleMs = settleMs;
    this.maxQueued = maxQueued;
  }

  /** The results for a query are shown (typing paused). */
  searched(lang: Language, text: string, results: number): void {
    const query = normalizeQuery(text);
    clearTimeout(this.timer);
    this.pending = query ? { lang, query, results } : undefined;
    if (!this.pending || same(this.pending, this.reported)) {
      this.pending = undefined;
      return;
    }
    this.timer = setTimeout(() => this.flush(), this.settleMs);
  }

  /** A result of the search on screen was opened. */
  opened(articleId: string): void {
    this.flush();
    if (this.reported) this.enqueue({ ...this.reported, opened: articleId });
  }

  /** Reports the search on screen now: the reader leaves it. */
  flush(): void {
    clearTimeout(this.timer);
    if (!this.pending) return;
    this.reported = this.pending;
    this.pending = undefined;
    this.enqueue(this.reported);
  }

  private enqueue(report: SearchReportBody) {
    if (this.queue.length >= this.maxQueued) this.queue.shift();
    this.queue.push(report);
    void this.drain();
  }

  private async drain() {
    if (this.sending) return;
    this.sending = true;
    for (let report = this.queue.shift(); report; report = this.queue.shift()) {
      await this.send(report).catch(() => undefined);
    }
    this.sending = false;
  }
}
