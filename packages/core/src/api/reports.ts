// The editors' reports ("Auswertungen"): article feedback, the panel's searches and the wizards' funnel.
// Every route needs a session of an account with the role `editor`.
import Type, { type Static } from 'typebox';
import { Day, LanguageCode, Nullable, route, routes } from './common.js';

const tags = ['studio'];

/** `from` and `to` (both included, UTC days); default the last four weeks (`DEFAULT_REPORT_DAYS`). */
export const ReportRange = Type.Object({ from: Type.Optional(Day), to: Type.Optional(Day) });
export type ReportRange = Static<typeof ReportRange>;

/** A range, and `lang` for one language only. */
export const ReportQuery = Type.Object({ ...ReportRange.properties, lang: Type.Optional(LanguageCode) });
export type ReportQuery = Static<typeof ReportQuery>;

/** An ISO 8601 week, e.g. `2026-W49` (weeks begin on Monday; the first has the year's first Thursday). */
export const IsoWeek = Type.String({ pattern: '^[0-9]{4}-W[0-9]{2}$' });

const Count = Type.Integer({ minimum: 0 });

/** The days a report covers. */
const Range = { from: Day, to: Day };

export const FeedbackComment = Type.Object({ day: Day, text: Type.String() });
export type FeedbackComment = Static<typeof FeedbackComment>;

/** One article in one language and week: the answers and the comments after "Nein". */
export const FeedbackReportRow = Type.Object({
  articleId: Type.String(),
  /** The article's title in this language, null when it is no longer published. */
  title: Nullable(Type.String()),
  lang: LanguageCode,
  week: IsoWeek,
  helpful: Count,
  notHelpful: Count,
  /** Oldest first. */
  comments: Type.Array(FeedbackComment),
});
export type FeedbackReportRow = Static<typeof FeedbackReportRow>;

/** Newest week first, then the most "Nein" first. */
export const FeedbackReport = Type.Object({ ...Range, rows: Type.Array(FeedbackReportRow) });
export type FeedbackReport = Static<typeof FeedbackReport>;

export const OpenedResult = Type.Object({ articleId: Type.String(), title: Nullable(Type.String()), opens: Count });
export type OpenedResult = Static<typeof OpenedResult>;

/** A normalised query seen at least `MIN_SEARCHES_SHOWN` times on the day. */
export const SearchReportQuery = Type.Object({
  query: Type.String(),
  searches: Count,
  /** Of these searches, how many found nothing. */
  noResults: Count,
  /** The results opened from it, most opened first. */
  opened: Type.Array(OpenedResult),
});
export type SearchReportQuery = Static<typeof SearchReportQuery>;

export const SearchReportDay = Type.Object({
  day: Day,
  lang: LanguageCode,
  /** All searches of the day, the queries not shown included. */
  searches: Count,
  noResults: Count,
  /** The queries shown, most searched first (at most 100). */
  queries: Type.Array(SearchReportQuery),
});
export type SearchReportDay = Static<typeof SearchReportDay>;

/** Newest day first. */
export const SearchReport = Type.Object({
  ...Range,
  minSearches: Type.Integer({ minimum: 1 }),
  days: Type.Array(SearchReportDay),
});
export type SearchReport = Static<typeof SearchReport>;

/** How many users got to a step (it was their current step or they went past it) and how many finished it. */
export const FunnelStep = Type.Object({ step: Type.String(), started: Count, finished: Count });
export type FunnelStep = Static<typeof FunnelStep>;

/** One wizard in one week, by the week of each user's last saved progress; the steps in the wizard's order. */
export const FunnelWeek = Type.Object({
  flow: Type.String(),
  week: IsoWeek,
  users: Count,
  steps: Type.Array(FunnelStep),
});
export type FunnelWeek = Static<typeof FunnelWeek>;

/** Newest week first. */
export const FunnelReport = Type.Object({ ...Range, weeks: Type.Array(FunnelWeek) });
export type FunnelReport = Static<typeof FunnelReport>;

export const reportsApi = routes(
  route('GET', '/api/studio/reports/feedback', {
    tags,
    summary: '"War dieser Artikel hilfreich?" per article, language and week, with the comments after "Nein"',
    querystring: ReportQuery,
    response: { 200: FeedbackReport },
  }),
  route('GET', '/api/studio/reports/searches', {
    tags,
    summary: 'The panel’s searches per day and language: top queries, those without results, the results opened',
    querystring: ReportQuery,
    response: { 200: SearchReport },
  }),
  route('GET', '/api/studio/reports/funnel', {
    tags,
    summary: 'The wizards’ funnel per flow and week: how many started and finished each step',
    querystring: ReportRange,
    response: { 200: FunnelReport },
  }),
);
