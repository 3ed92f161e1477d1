import { createHash } from 'node:crypto';
import { imageSize } from 'image-size';
import type { Language } from '@direkthilfe/core/i18n/languages';
import { schemaOf, type ApiPlugin } from '../contract.js';
import { requireEditor, setSessionCookie, userOf } from '../context.js';
import { ApiError } from '../errors.js';
import { changeWorkflow } from '../services/publishing.js';
import { listArticles, renderDraft, studioArticle } from '../services/studio.js';
import { hashWelcomeToken } from '../services/users.js';
import { passwordPolicyError } from './auth.js';

/** Uploaded images: these types, recognised by their first bytes (never by the name or the header). */
const IMAGE_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
} as const;
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
/** A whole Markdown file in JSON: more than the portal's 64 KB, for the content check's 100 KB articles. */
const SOURCE_BODY_LIMIT = 512 * 1024;
export const IMAGE_PATH = '/hilfe/bilder/';

/** Above a preview in the portal's panel: the editor sees at once that readers do not see this text yet. */
const PREVIEW_NOTICE: Record<Language, string> = {
  de: '<aside class="dh-hint dh-hint-achtung"><p class="dh-hint-title"><strong>Vorschau</strong>: Diese Fassung ist noch nicht veröffentlicht. Nur Sie sehen sie.</p></aside>',
  en: '<aside class="dh-hint dh-hint-achtung"><p class="dh-hint-title"><strong>Preview</strong>: This version is not published yet. Only you can see it.</p></aside>',
};

/**
 * The studio API: articles with revisions, autosave, workflow, checks and preview, images. Editors only
 * (403 for every other account); writes carry the CSRF token like every portal write, and the session
 * cookie is same-site, so no other origin gets in.
 */
const studioRoutes: ApiPlugin = async (app) => {
  const { store } = app;
  app.addHook('onRequest', requireEditor());
  const notFound = () => new ApiError(404, 'article_not_found');
  const article = async (userId: number, id: string, lang: Language) =>
    (await studioArticle(store, userId, id, lang)) ?? Promise.reject(notFound());

  app.get('/articles', { schema: schemaOf('GET /api/studio/articles') }, async () => ({
    articles: await listArticles(store),
  }));

  app.get('/articles/:id/:lang', { schema: schemaOf('GET /api/studio/articles/:id/:lang') }, async (request) =>
    article(userOf(request).userId, request.params.id, request.params.lang),
  );

  app.put(
    '/articles/:id/:lang',
    {
      schema: schemaOf('PUT /api/studio/articles/:id/:lang'),
      bodyLimit: SOURCE_BODY_LIMIT,
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request) => {
      const user = userOf(request);
      const { id, lang } = request.params;
      const { source, baseRevision, message } = request.body;
      const saved = await store.content.addRevision({
        articleId: id,
        lang,
        baseRevision,
        source,
        author: user.username,
        message: message?.trim() || 'Gespeichert',
        origin: 'studio',
      });
      if (!saved) {
        if (baseRevision === 0) throw new ApiError(409, 'article_exists');
        const current = await store.content.get(id, lang);
        if (!current) throw notFound();
        throw new ApiError(409, 'revision_conflict', {}, { currentRevision: current.head });
      }
      await store.content.deleteAutosave(user.userId, id, lang);
      return article(user.userId, id, lang);
    },
  );

  app.put(
    '/articles/:id/:lang/autosave',
    {
      schema: schemaOf('PUT /api/studio/articles/:id/:lang/autosave'),
      bodyLimit: SOURCE_BODY_LIMIT,
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { id, lang } = request.params;
      await store.content.putAutosave(userOf(request).userId, id, lang, request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/articles/:id/:lang/revisions',
    { schema: schemaOf('GET /api/studio/articles/:id/:lang/revisions') },
    async (request) => {
      const { id, lang } = request.params;
      const [state, revisions] = await Promise.all([store.content.get(id, lang), store.content.revisions(id, lang)]);
      if (!state) throw notFound();
      return {
        revisions: revisions.map((r) => ({ ...r, published: r.number === state.publishedRevision })),
      };
    },
  );

  app.get(
    '/articles/:id/:lang/revisions/:number',
    { schema: schemaOf('GET /api/studio/articles/:id/:lang/revisions/:number') },
    async (request) => {
      const { id, lang, number } = request.params;
      const [state, revision] = await Promise.all([
        store.content.get(id, lang),
        store.content.revision(id, lang, Number(number)),
      ]);
      if (!state || !revision) throw notFound();
      return { ...revision, published: revision.number === state.publishedRevision };
    },
  );

  app.post(
    '/articles/:id/:lang/restore',
    { schema: schemaOf('POST /api/studio/articles/:id/:lang/restore') },
    async (request) => {
      const user = userOf(request);
      const { id, lang } = request.params;
      const old = await store.content.revision(id, lang, request.body.number);
      if (!old) throw notFound();
      const saved = await store.content.addRevision({
        articleId: id,
        lang,
        baseRevision: request.body.baseRevision,
        source: old.source,
        author: user.username,
        message: `Version ${old.number} wiederhergestellt`,
        origin: 'restore',
      });
      if (!saved) {
        const current = await store.content.get(id, lang);
        throw new ApiError(409, 'revision_conflict', {}, { currentRevision: current?.head ?? 0 });
      }
      return article(user.userId, id, lang);
    },
  );

  app.post(
    '/articles/:id/:lang/workflow',
    { schema: schemaOf('POST /api/studio/articles/:id/:lang/workflow') },
    async (request) => {
      const user = userOf(request);
      const { id, lang } = request.params;
      const stored = await changeWorkflow(store, user, id, lang, request.body, app.content.release);
      // This node serves the new release before it answers (as rendered, not read back); the others follow.
      if (stored) app.content.offer(stored);
      return article(user.userId, id, lang);
    },
  );

  app.get(
    '/articles/:id/:lang/preview',
    { schema: schemaOf('GET /api/studio/articles/:id/:lang/preview') },
    async (request) => {
      const current = await article(userOf(request).userId, request.params.id, request.params.lang);
      const { article: rendered } = await renderDraft(store, {
        id: current.id,
        lang: current.lang,
        source: current.autosave?.source ?? current.source,
      });
      if (!rendered) throw new ApiError(422, 'content_problems', {}, { problems: [] });
      return { ...rendered, html: PREVIEW_NOTICE[current.lang] + rendered.html };
    },
  );

  app.post(
    '/render',
    {
      schema: schemaOf('POST /api/studio/render'),
      bodyLimit: SOURCE_BODY_LIMIT,
      config: { rateLimit: { max: 240, timeWindow: '1 minute' } },
    },
    async (request) => renderDraft(store, request.body),
  );

  app.get('/catalog', { schema: schemaOf('GET /api/studio/catalog') }, async () => ({
    pages: app.content.help.pages,
    articles: (await listArticles(store)).map(({ id, title }) => ({ id, title })),
  }));

  // Images come as the body itself; their type is decided by their bytes below.
  app.addContentTypeParser(
    ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES },
    (_request, body, done) => done(null, body),
  );
  app.post(
    '/images',
    {
      schema: schemaOf('POST /api/studio/images'),
      bodyLimit: MAX_IMAGE_BYTES,
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      // Thrown on to the app's error handler, which writes every error answer.
      errorHandler: (error) => {
        throw error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? new ApiError(413, 'image_too_large') : error;
      },
    },
    async (request, reply) => {
      const data = request.body as unknown;
      if (!(data instanceof Buffer)) throw new ApiError(415, 'unsupported_image');
      let size: ReturnType<typeof imageSize>;
      try {
        size = imageSize(data);
      } catch {
        throw new ApiError(415, 'unsupported_image');
      }
      const contentType = IMAGE_TYPES[size.type as keyof typeof IMAGE_TYPES];
      // SVG can carry script: refused, like every type not listed.
      if (!contentType || !size.width || !size.height) throw new ApiError(415, 'unsupported_image');
      const extension = size.type === 'jpg' ? 'jpg' : size.type!;
      const name = `${createHash('sha256').update(data).digest('hex').slice(0, 32)}.${extension}`;
      await store.content.putImage({
        name,
        contentType,
        data,
        width: size.width,
        height: size.height,
        uploadedBy: userOf(request).username,
      });
      return reply.status(201).send({ url: `${IMAGE_PATH}${name}`, width: size.width, height: size.height });
    },
  );
};

/** The invited editor's first password: no session yet, the link's token is the proof (single-use). */
export const invitationRoutes: ApiPlugin = async (app) => {
  const { store, passwords, sessions } = app;
  app.post(
    '/invitation',
    { schema: schemaOf('POST /api/studio/invitation'), config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const tokenHash = hashWelcomeToken(request.body.token);
      const editor = await store.users.byInvitation(tokenHash);
      if (!editor) throw new ApiError(404, 'invitation_not_found');
      const policyError = passwordPolicyError(request.body.newPassword, editor.username, request.lang);
      if (policyError) throw policyError;
      // Of two uses of one link at once, the conditional write lets one through.
      const accepted = await store.users.acceptInvitation(tokenHash, await passwords.hash(request.body.newPassword));
      if (!accepted) throw new ApiError(404, 'invitation_not_found');
      setSessionCookie(reply, await sessions.create(accepted.id, false));
      return { username: accepted.username, role: accepted.role, mustChangePassword: false };
    },
  );
};

/** Uploaded images, public like the articles that show them; the name is the content's hash. */
export const imageRoutes: ApiPlugin = async (app) => {
  app.get<{ Params: { name: string } }>('/:name', async (request, reply) => {
    if (!/^[0-9a-f]{32}\.(?:png|jpg|webp)$/.test(request.params.name)) throw new ApiError(404, 'not_found');
    const image = await app.store.content.image(request.params.name);
    if (!image) throw new ApiError(404, 'not_found');
    return reply
      .type(image.contentType)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .header('cross-origin-resource-policy', 'cross-origin')
      .send(Buffer.from(image.data));
  });
};

export default studioRoutes;
