import { sql } from 'kysely';
import { unique } from '../errors.js';
import type { ContentStore } from '../types.js';
import { now, type Db } from './db.js';

/** Releases kept: the newest serves, a few older ones remain for a node that is still loading one. */
const RELEASES_KEPT = 10;

// A fixed key for PostgreSQL's advisory lock of publishing (the migration lock uses another).
const PUBLISH_LOCK = 4_711_816;

/** Rows per statement when many are read, written or deleted at once: well below either database's limit of parameters. */
const BATCH = 500;
const batches = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));

export function contentStore({ db, dialect }: Db): ContentStore {
  const stateColumns = [
    'a.article_id as articleId',
    'a.lang',
    'a.head',
    'a.status',
    'a.published_revision as publishedRevision',
    'a.publish_at as publishAt',
    'a.imported_revision as importedRevision',
    'a.updated_at as updatedAt',
    'a.updated_by as updatedBy',
    'r.created_at as changedAt',
  ] as const;
  const heads = () =>
    db
      .selectFrom('articles as a')
      .innerJoin('article_revisions as r', (join) =>
        join.onRef('r.article_id', '=', 'a.article_id').onRef('r.lang', '=', 'a.lang').onRef('r.number', '=', 'a.head'),
      );
  const state = () => heads().select([...stateColumns, 'r.source']);
  const revisionColumns = ['number', 'author', 'message', 'origin', 'created_at as createdAt'] as const;

  return {
    list: () => state().orderBy('a.article_id').orderBy('a.lang').execute(),
    get: (articleId, lang) =>
      state().where('a.article_id', '=', articleId).where('a.lang', '=', lang).executeTakeFirst(),

    async addRevision(revision) {
      const at = now();
      const number = revision.baseRevision + 1;
      const imported = revision.imported ? number : undefined;
      // The head and its revision are written together: a reader never finds a head without its text
      // (a losing save reads the head to answer 409 while the winner is still writing).
      const write = async (trx: typeof db): Promise<boolean> => {
        if (revision.baseRevision === 0) {
          // No error for an existing article: inside a PostgreSQL transaction one would end the transaction.
          const result = await trx
            .insertInto('articles')
            .values({
              article_id: revision.articleId,
              lang: revision.lang,
              head: number,
              status: 'draft',
              imported_revision: imported ?? null,
              updated_at: at,
              updated_by: revision.author,
            })
            .onConflict((oc) => oc.columns(['article_id', 'lang']).doNothing())
            .executeTakeFirst();
          if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
        } else {
          // The conditional write is the whole conflict check: of two saves on one head, one finds it moved.
          const result = await trx
            .updateTable('articles')
            .set({
              head: number,
              status: 'draft',
              publish_at: null,
              updated_at: at,
              updated_by: revision.author,
              ...(imported ? { imported_revision: imported } : {}),
            })
            .where('article_id', '=', revision.articleId)
            .where('lang', '=', revision.lang)
            .where('head', '=', revision.baseRevision)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) return false;
        }
        await trx
          .insertInto('article_revisions')
          .values({
            article_id: revision.articleId,
            lang: revision.lang,
            number,
            source: revision.source,
            author: revision.author,
            message: revision.message,
            origin: revision.origin,
            created_at: at,
          })
          .execute();
        return true;
      };
      const written = db.isTransaction ? await write(db) : await db.transaction().execute(write);
      if (!written) return undefined;
      return heads()
        .select(stateColumns)
        .where('a.article_id', '=', revision.articleId)
        .where('a.lang', '=', revision.lang)
        .executeTakeFirstOrThrow();
    },

    revisions: (articleId, lang) =>
      db
        .selectFrom('article_revisions')
        .select(revisionColumns)
        .where('article_id', '=', articleId)
        .where('lang', '=', lang)
        .orderBy('number', 'desc')
        .execute(),
    revision: (articleId, lang, number) =>
      db
        .selectFrom('article_revisions')
        .select([...revisionColumns, 'source'])
        .where('article_id', '=', articleId)
        .where('lang', '=', lang)
        .where('number', '=', number)
        .executeTakeFirst(),

    async setWorkflow(articleId, lang, head, change) {
      const result = await db
        .updateTable('articles')
        .set({
          status: change.status,
          published_revision: change.publishedRevision,
          publish_at: change.publishAt,
          updated_at: now(),
          updated_by: change.updatedBy,
        })
        .where('article_id', '=', articleId)
        .where('lang', '=', lang)
        .where('head', '=', head)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    publishedSources: () =>
      db
        .selectFrom('articles as a')
        .innerJoin('article_revisions as r', (join) =>
          join
            .onRef('r.article_id', '=', 'a.article_id')
            .onRef('r.lang', '=', 'a.lang')
            .onRef('r.number', '=', 'a.published_revision'),
        )
        .select(['a.article_id as articleId', 'a.lang', 'r.source'])
        .orderBy('a.article_id')
        .execute(),

    due: (at) =>
      db
        .selectFrom('articles')
        .select(['article_id as articleId', 'lang', 'head'])
        .where('status', '=', 'scheduled')
        .where('publish_at', '<=', at)
        .execute(),

    async autosave(userId, articleId, lang) {
      const row = await db
        .selectFrom('article_autosaves')
        .select(['source', 'base_revision as baseRevision', 'saved_at as savedAt'])
        .where('user_id', '=', userId)
        .where('article_id', '=', articleId)
        .where('lang', '=', lang)
        .executeTakeFirst();
      return row;
    },
    async putAutosave(userId, articleId, lang, save) {
      const at = now();
      await db
        .insertInto('article_autosaves')
        .values({
          user_id: userId,
          article_id: articleId,
          lang,
          source: save.source,
          base_revision: save.baseRevision,
          saved_at: at,
        })
        .onConflict((oc) =>
          oc
            .columns(['user_id', 'article_id', 'lang'])
            .doUpdateSet({ source: save.source, base_revision: save.baseRevision, saved_at: at }),
        )
        .execute();
    },
    async deleteAutosave(userId, articleId, lang) {
      await db
        .deleteFrom('article_autosaves')
        .where('user_id', '=', userId)
        .where('article_id', '=', articleId)
        .where('lang', '=', lang)
        .execute();
    },

    async file(name) {
      const row = await db.selectFrom('content_files').select('source').where('name', '=', name).executeTakeFirst();
      return row?.source;
    },
    async putFile(name, source) {
      const at = now();
      await db
        .insertInto('content_files')
        .values({ name, source, updated_at: at })
        .onConflict((oc) => oc.column('name').doUpdateSet({ source, updated_at: at }))
        .execute();
    },

    async latestVersion() {
      const row = await db
        .selectFrom('content_releases')
        .select((eb) => eb.fn.max('version').as('version'))
        .executeTakeFirst();
      return Number(row?.version ?? 0);
    },
    latestRelease: () =>
      db
        .selectFrom('content_releases')
        .select(['version', 'bundles'])
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst(),
    async addRelease(version, bundles) {
      await unique('release', () =>
        db.insertInto('content_releases').values({ version, bundles, created_at: now() }).execute(),
      );
      await db
        .deleteFrom('content_releases')
        .where('version', '<=', version - RELEASES_KEPT)
        .execute();
    },
    async replaceRelease(version, bundles) {
      await db.updateTable('content_releases').set({ bundles }).where('version', '=', version).execute();
    },
    releases: () =>
      db.selectFrom('content_releases').select(['version', 'bundles']).orderBy('version', 'desc').execute(),
    async putRenderedArticles(articles) {
      const at = now();
      for (const batch of batches(articles))
        await db
          .insertInto('content_rendered_articles')
          .values(batch.map(({ key, article }) => ({ render_key: key, article, created_at: at })))
          .onConflict((oc) => oc.column('render_key').doNothing())
          .execute();
    },
    async renderedArticles(keys) {
      const found: { key: string; article: string }[] = [];
      for (const batch of batches(keys))
        found.push(
          ...(await db
            .selectFrom('content_rendered_articles')
            .select(['render_key as key', 'article'])
            .where('render_key', 'in', batch)
            .execute()),
        );
      return found;
    },
    async putSearchIndex(key, index) {
      await db
        .insertInto('content_search_indexes')
        .values({ index_key: key, search_index: index, created_at: now() })
        .onConflict((oc) => oc.column('index_key').doNothing())
        .execute();
    },
    async searchIndex(key) {
      const row = await db
        .selectFrom('content_search_indexes')
        .select('search_index')
        .where('index_key', '=', key)
        .executeTakeFirst();
      return row?.search_index;
    },
    async releasePartKeys() {
      const [articles, indexes] = await Promise.all([
        db.selectFrom('content_rendered_articles').select('render_key').execute(),
        db.selectFrom('content_search_indexes').select('index_key').execute(),
      ]);
      return { articles: articles.map((row) => row.render_key), indexes: indexes.map((row) => row.index_key) };
    },
    async deleteReleaseParts({ articles, indexes }) {
      for (const batch of batches(articles))
        await db.deleteFrom('content_rendered_articles').where('render_key', 'in', batch).execute();
      for (const batch of batches(indexes))
        await db.deleteFrom('content_search_indexes').where('index_key', 'in', batch).execute();
    },
    async lockPublishing() {
      if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK})`.execute(db);
    },

    async putImage(image) {
      await db
        .insertInto('images')
        .values({
          name: image.name,
          content_type: image.contentType,
          data: image.data,
          width: image.width,
          height: image.height,
          uploaded_by: image.uploadedBy,
          created_at: now(),
        })
        // The name is the content's hash: the same image uploaded twice is one row.
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
    },
    async image(name) {
      const row = await db
        .selectFrom('images')
        .select(['name', 'content_type as contentType', 'data', 'width', 'height'])
        .where('name', '=', name)
        .executeTakeFirst();
      return row ? { ...row, data: new Uint8Array(row.data) } : undefined;
    },
  };
}
