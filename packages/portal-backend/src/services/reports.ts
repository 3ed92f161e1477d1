import type { FeedbackReport, FunnelReport, SearchReport, SearchReportDay } from '@direkthilfe/core/api/reports';
import type { Language } from '@direkthilfe/core/i18n/languages';
import { addDays, dayOf, isoWeek } from '@direkthilfe/core/reports/days';
import { funnel } from '@direkthilfe/core/reports/funnel';
import { MIN_SEARCHES_SHOWN, REPORT_RETENTION_DAYS } from '@direkthilfe/core/reports/rules';
import { FLOWS } from '@direkthilfe/core/wizard/flows';
import type { HelpContent } from './help-content.js';
import type { ReportRange, Store } from '../store/types.js';

/** The most queries a day of the search report lists per language. */
const QUERIES_PER_DAY = 100;

/** How often each node removes what is older than the retention. */
export const REPORT_PURGE_INTERVAL_MS = 60 * 60 * 1000;

/** Removes the search counts and comments older than `REPORT_RETENTION_DAYS` (today included in them). */
export const purgeReports = (store: Store, now = new Date()): Promise<number> =>
  store.reports.purge(addDays(dayOf(now), 1 - REPORT_RETENTION_DAYS));

const titleOf = (help: HelpContent, lang: string, id: string): string | null =>
  help.article(lang as Language, id)?.title ?? null;

/** Adds a row to the map under `key`, or merges it into the one there. */
function upsert<T>(map: Map<string, T>, key: string, create: () => T, merge: (row: T) => void) {
  let row = map.get(key);
  if (!row) map.set(key, (row = create()));
  merge(row);
}

/** "War dieser Artikel hilfreich?" per article, language and ISO week, with the comments after "Nein". */
export async function feedbackReport(store: Store, help: HelpContent, range: ReportRange): Promise<FeedbackReport> {
  const [counts, comments] = await Promise.all([store.reports.feedback(range), store.reports.comments(range)]);
  const rows = new Map<string, FeedbackReport['rows'][number]>();
  const row = (articleId: string, lang: string, day: string) => {
    const week = isoWeek(day);
    return [
      `${articleId} ${lang} ${week}`,
      () => ({
        articleId,
        title: titleOf(help, lang, articleId),
        lang: lang as Language,
        week,
        helpful: 0,
        notHelpful: 0,
        comments: [],
      }),
    ] as const;
  };
  for (const count of counts) {
    upsert(rows, ...row(count.articleId, count.lang, count.day), (r) => {
      r.helpful += count.helpful;
      r.notHelpful += count.notHelpful;
    });
  }
  for (const comment of comments) {
    upsert(rows, ...row(comment.articleId, comment.lang, comment.day), (r) =>
      r.comments.push({ day: comment.day, text: comment.comment }),
    );
  }
  const sorted = [...rows.values()].sort(
    (a, b) => b.week.localeCompare(a.week) || b.notHelpful - a.notHelpful || a.articleId.localeCompare(b.articleId),
  );
  return { from: range.from, to: range.to, rows: sorted };
}

/** The searches per day and language: totals, the queries seen often enough to show, the results opened. */
export async function searchReport(store: Store, help: HelpContent, range: ReportRange): Promise<SearchReport> {
  const [totals, queries, opens] = await Promise.all([
    store.reports.searchTotals(range),
    store.reports.searches(range, MIN_SEARCHES_SHOWN),
    store.reports.opens(range, MIN_SEARCHES_SHOWN),
  ]);
  const days = new Map<string, SearchReportDay>();
  for (const total of totals) {
    days.set(`${total.day} ${total.lang}`, { ...total, lang: total.lang as Language, queries: [] });
  }
  const shown = new Map<string, SearchReportDay['queries'][number]>();
  for (const { day, lang, query, searches, noResults } of queries) {
    const entry = days.get(`${day} ${lang}`);
    if (!entry || entry.queries.length >= QUERIES_PER_DAY) continue;
    const item = { query, searches, noResults, opened: [] };
    entry.queries.push(item);
    shown.set(`${day} ${lang} ${query}`, item);
  }
  for (const { day, lang, query, articleId, opens: count } of opens) {
    shown
      .get(`${day} ${lang} ${query}`)
      ?.opened.push({ articleId, title: titleOf(help, lang, articleId), opens: count });
  }
  const sorted = [...days.values()].sort((a, b) => b.day.localeCompare(a.day) || a.lang.localeCompare(b.lang));
  return { from: range.from, to: range.to, minSearches: MIN_SEARCHES_SHOWN, days: sorted };
}

/** The wizards' funnel from the saved progress. */
export async function funnelReport(store: Store, range: ReportRange): Promise<FunnelReport> {
  return { from: range.from, to: range.to, weeks: funnel(FLOWS, await store.reports.progress(range)) };
}
