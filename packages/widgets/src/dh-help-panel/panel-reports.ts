import type { HelpApiClient } from '@direkthilfe/core/help/api-client';
import { SearchReporter } from '@direkthilfe/core/help/search-reports';
import type { DhHelpPanel } from './dh-help-panel.js';
import type { ResultSelectDetail, SearchEventDetail } from '../events.js';

const reporters = new WeakMap<DhHelpPanel, SearchReporter>();
/** The panel's help API client as of its latest event (`api-base` may change). */
const clients = new WeakMap<DhHelpPanel, HelpApiClient>();

/** The panel's reporter, made with its first search. */
function reporterOf(panel: DhHelpPanel): SearchReporter {
  let reporter = reporters.get(panel);
  if (!reporter) {
    // Switched off meanwhile (`configure({ analytics: 'off' })`): what waits is not sent.
    const created = new SearchReporter((report) =>
      panel.analytics === 'off' ? Promise.resolve() : clients.get(panel)!.request('POST', '/api/help/searches', report),
    );
    // Leaving the page leaves the search on screen.
    addEventListener('pagehide', () => created.flush());
    reporters.set(panel, (reporter = created));
  }
  return reporter;
}

/**
 * What the panel's search reports take from its events: the result count of a query (`dh-search`, once
 * typing paused), the result opened (`dh-result-select`), and closing the panel, which leaves the search.
 */
export function report(panel: DhHelpPanel, client: HelpApiClient, event: Event): void {
  clients.set(panel, client);
  const reporter = reporterOf(panel);
  const detail = (event as CustomEvent<unknown>).detail;
  if (event.type === 'dh-search') {
    const { query, count } = detail as SearchEventDetail;
    reporter.searched(panel.state.lang, query, count);
  } else if (event.type === 'dh-result-select') reporter.opened((detail as ResultSelectDetail).id);
  else reporter.flush();
}
