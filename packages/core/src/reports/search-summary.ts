import type { SearchReport } from '../api/reports.js';
import type { Language } from '../i18n/languages.js';

/** A query over the days of a report (only the days it was shown on: seen often enough that day). */
export interface QueryTotal {
  query: string;
  lang: Language;
  searches: number;
  noResults: number;
}

export interface OpenedTotal {
  query: string;
  lang: Language;
  articleId: string;
  title: string | null;
  opens: number;
}

export interface SearchSummary {
  /** Every search of the report's days, the queries not shown included. */
  searches: number;
  noResults: number;
  /** The queries shown, most searched first. */
  top: QueryTotal[];
  /** The queries that found nothing, most such searches first: what an article could answer. */
  withoutResults: QueryTotal[];
  /** The results opened from the queries shown, most opened first. */
  opened: OpenedTotal[];
}

/** Adds up a value under a key. */
function add<T>(map: Map<string, T>, key: string, create: () => T, merge: (entry: T) => void) {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = create()));
  merge(entry);
}

/** The search report's days added up per language and query, for the tables of the report view. */
export function summariseSearches(report: SearchReport, limit = 20): SearchSummary {
  const queries = new Map<string, QueryTotal>();
  const opened = new Map<string, OpenedTotal>();
  let searches = 0;
  let noResults = 0;
  for (const day of report.days) {
    searches += day.searches;
    noResults += day.noResults;
    for (const q of day.queries) {
      const key = `${day.lang} ${q.query}`;
      add(
        queries,
        key,
        () => ({ query: q.query, lang: day.lang, searches: 0, noResults: 0 }),
        (entry) => {
          entry.searches += q.searches;
          entry.noResults += q.noResults;
        },
      );
      for (const o of q.opened) {
        add(
          opened,
          `${key} ${o.articleId}`,
          () => ({ query: q.query, lang: day.lang, articleId: o.articleId, title: o.title, opens: 0 }),
          (entry) => (entry.opens += o.opens),
        );
      }
    }
  }
  const byQuery = (a: { query: string; lang: string }, b: { query: string; lang: string }) =>
    a.query.localeCompare(b.query) || a.lang.localeCompare(b.lang);
  const all = [...queries.values()];
  return {
    searches,
    noResults,
    top: all.sort((a, b) => b.searches - a.searches || byQuery(a, b)).slice(0, limit),
    withoutResults: all
      .filter((q) => q.noResults > 0)
      .sort((a, b) => b.noResults - a.noResults || byQuery(a, b))
      .slice(0, limit),
    opened: [...opened.values()].sort((a, b) => b.opens - a.opens || byQuery(a, b)).slice(0, limit),
  };
}
