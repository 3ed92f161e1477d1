import { sql } from 'kysely';
import { addDays } from '@direkthilfe/core/reports/days';
import type { ReportRange, ReportStore } from '../types.js';
import { toNumber, type Db } from './db.js';

/** The rows of the range's days (and language), in a table with `day` and `lang`. */
const inRange = ({ from, to, lang }: ReportRange) =>
  sql<boolean>`day >= ${from} AND day <= ${to}${lang ? sql` AND lang = ${lang}` : sql``}`;

export function reportStore({ db }: Db): ReportStore {
  return {
    async countSearch({ day, lang, query, found }) {
      // Counted on write: the one row per day, language and query goes up, in one atomic statement.
      await db
        .insertInto('search_reports')
        .values({ day, lang, query, searches: 1, no_results: found ? 0 : 1 })
        .onConflict((oc) =>
          oc.columns(['day', 'lang', 'query']).doUpdateSet({
            searches: sql`search_reports.searches + 1`,
            no_results: sql`search_reports.no_results + excluded.no_results`,
          }),
        )
        .execute();
    },
    async countOpen({ day, lang, query, articleId }) {
      await db
        .insertInto('search_report_opens')
        .values({ day, lang, query, article_id: articleId, opens: 1 })
        .onConflict((oc) =>
          oc.columns(['day', 'lang', 'query', 'article_id']).doUpdateSet({ opens: sql`search_report_opens.opens + 1` }),
        )
        .execute();
    },
    async addComment({ articleId, lang, day, comment }) {
      await db.insertInto('article_feedback_comments').values({ article_id: articleId, lang, day, comment }).execute();
    },
    async feedback({ from, to, lang }) {
      let query = db
        .selectFrom('article_feedback')
        .select([
          'article_id',
          'lang',
          'created_at',
          sql<number>`SUM(helpful)`.as('helpful'),
          sql<number>`SUM(1 - helpful)`.as('not_helpful'),
        ])
        .where('created_at', '>=', from)
        .where('created_at', '<=', to)
        .groupBy(['article_id', 'lang', 'created_at']);
      if (lang) query = query.where('lang', '=', lang);
      const rows = await query.execute();
      return rows.map((r) => ({
        articleId: r.article_id,
        lang: r.lang,
        // Feedback is stored with its day only.
        day: r.created_at.slice(0, 10),
        helpful: toNumber(r.helpful),
        notHelpful: toNumber(r.not_helpful),
      }));
    },
    async comments(range) {
      const rows = await db
        .selectFrom('article_feedback_comments')
        .select(['article_id', 'lang', 'day', 'comment'])
        .where(inRange(range))
        .orderBy('day')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ articleId: r.article_id, lang: r.lang, day: r.day, comment: r.comment }));
    },
    async searchTotals(range) {
      const rows = await db
        .selectFrom('search_reports')
        .select([
          'day',
          'lang',
          sql<number>`SUM(searches)`.as('searches'),
          sql<number>`SUM(no_results)`.as('no_results'),
        ])
        .where(inRange(range))
        .groupBy(['day', 'lang'])
        .execute();
      return rows.map((r) => ({
        day: r.day,
        lang: r.lang,
        searches: toNumber(r.searches),
        noResults: toNumber(r.no_results),
      }));
    },
    async searches(range, minSearches) {
      const rows = await db
        .selectFrom('search_reports')
        .select(['day', 'lang', 'query', 'searches', 'no_results'])
        .where(inRange(range))
        .where('searches', '>=', minSearches)
        .orderBy('searches', 'desc')
        .orderBy('query')
        .execute();
      return rows.map((r) => ({
        day: r.day,
        lang: r.lang,
        query: r.query,
        searches: toNumber(r.searches),
        noResults: toNumber(r.no_results),
      }));
    },
    async opens(range, minSearches) {
      const rows = await db
        .selectFrom('search_report_opens as o')
        .innerJoin('search_reports as s', (join) =>
          join.onRef('s.day', '=', 'o.day').onRef('s.lang', '=', 'o.lang').onRef('s.query', '=', 'o.query'),
        )
        .select(['o.day', 'o.lang', 'o.query', 'o.article_id', 'o.opens'])
        .where('o.day', '>=', range.from)
        .where('o.day', '<=', range.to)
        .$if(range.lang !== undefined, (q) => q.where('o.lang', '=', range.lang!))
        .where('s.searches', '>=', minSearches)
        .orderBy('o.opens', 'desc')
        .orderBy('o.article_id')
        .execute();
      return rows.map((r) => ({
        day: r.day,
        lang: r.lang,
        query: r.query,
        articleId: r.article_id,
        opens: toNumber(r.opens),
      }));
    },
    async progress({ from, to }) {
      const rows = await db
        .selectFrom('onboarding')
        .select(['flow', 'state', 'updated_at'])
        .where('updated_at', '>=', from)
        .where('updated_at', '<', addDays(to, 1))
        .execute();
      return rows.map((r) => ({ flow: r.flow, state: JSON.parse(r.state) as unknown, updatedAt: r.updated_at }));
    },
    async purge(day) {
      let removed = 0;
      for (const table of ['search_reports', 'search_report_opens', 'article_feedback_comments'] as const) {
        const result = await db.deleteFrom(table).where('day', '<', day).executeTakeFirst();
        removed += toNumber(result.numDeletedRows);
      }
      return removed;
    },
  };
}
