// The editors' studio: articles with revisions and a workflow, live checks and preview, images, the
// editor's invitation. Every route needs a session of an account with the role `editor`.
import Type, { type Static } from 'typebox';
import { HelpArticle, ArticleId } from './help.js';
import {
  Codes,
  LanguageCode,
  NoContent,
  Nullable,
  RoleCode,
  Strict,
  Text,
  Timestamp,
  route,
  routes,
} from './common.js';
import { Session } from './auth.js';

const tags = ['studio'];

/**
 * Where an article's language version stands: `draft` (the newest revision is not published),
 * `review` (handed in for review), `scheduled` (published at `publishAt`), `published` (the newest
 * revision is live). An older revision may be live while the newest is a draft: see `publishedRevision`.
 */
export const WORKFLOW_STATUSES = ['draft', 'review', 'scheduled', 'published'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];
export const WorkflowStatusCode = Codes(WORKFLOW_STATUSES);

/** Number of a revision of one article in one language: 1, 2, 3 … without gaps. */
export const RevisionNumber = Type.Integer({ minimum: 1, maximum: 1_000_000 });

/** One language version of an article, as the list shows it. */
export const StudioLanguageState = Type.Object({
  status: WorkflowStatusCode,
  revision: RevisionNumber,
  publishedRevision: Nullable(RevisionNumber),
  publishAt: Nullable(Timestamp),
  updatedAt: Timestamp,
  updatedBy: Type.String(),
  /** English only: the German text changed after this translation's last revision. */
  outdated: Type.Boolean(),
});
export type StudioLanguageState = Static<typeof StudioLanguageState>;

export const StudioArticleListItem = Type.Object({
  id: Type.String(),
  /** From the German version (the English one when there is no German). */
  title: Type.String(),
  roles: Type.Array(RoleCode),
  contexts: Type.Array(Type.String()),
  languages: Type.Object({ de: Nullable(StudioLanguageState), en: Nullable(StudioLanguageState) }),
});
export type StudioArticleListItem = Static<typeof StudioArticleListItem>;

export const StudioArticleList = Type.Object({ articles: Type.Array(StudioArticleListItem) });
export type StudioArticleList = Static<typeof StudioArticleList>;

/** What the editor's browser saved on its own, not yet a revision ("Automatisch gesichert"). */
export const Autosave = Type.Object({
  source: Type.String(),
  baseRevision: Type.Integer({ minimum: 0 }),
  savedAt: Timestamp,
});
export type Autosave = Static<typeof Autosave>;

/** One language version of an article with its newest revision's whole Markdown file (frontmatter and body). */
export const StudioArticle = Type.Object({
  id: Type.String(),
  lang: LanguageCode,
  source: Type.String(),
  ...StudioLanguageState.properties,
  /** This editor's autosaved text, when it differs from the newest revision. */
  autosave: Nullable(Autosave),
});
export type StudioArticle = Static<typeof StudioArticle>;

export const ArticleLangParams = Strict({ id: ArticleId, lang: LanguageCode });

/** The largest Markdown file the studio takes (the content check's limit is 100 KB of text). */
export const MAX_SOURCE_LENGTH = 200_000;
export const Source = Type.String({ maxLength: MAX_SOURCE_LENGTH });

/**
 * A save names the revision it started from (0 for a new article). When another save came first, the answer
 * is 409 `revision_conflict` with `currentRevision`, and nothing is written.
 */
export const SaveBody = Strict({
  source: Source,
  baseRevision: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  message: Type.Optional(Text(200, 0)),
});
export type SaveBody = Static<typeof SaveBody>;

export const AutosaveBody = Strict({ source: Source, baseRevision: Type.Integer({ minimum: 0, maximum: 1_000_000 }) });
export type AutosaveBody = Static<typeof AutosaveBody>;

export const REVISION_ORIGINS = ['studio', 'import', 'restore'] as const;

export const RevisionInfo = Type.Object({
  number: RevisionNumber,
  author: Type.String(),
  message: Type.String(),
  origin: Codes(REVISION_ORIGINS),
  createdAt: Timestamp,
  /** True for the revision the help currently shows. */
  published: Type.Boolean(),
});
export type RevisionInfo = Static<typeof RevisionInfo>;

export const RevisionList = Type.Object({ revisions: Type.Array(RevisionInfo) });
export type RevisionList = Static<typeof RevisionList>;

export const Revision = Type.Object({ ...RevisionInfo.properties, source: Type.String() });
export type Revision = Static<typeof Revision>;

export const RevisionParams = Strict({
  id: ArticleId,
  lang: LanguageCode,
  number: Type.String({ pattern: '^[1-9][0-9]{0,6}$' }),
});

export const RestoreBody = Strict({ number: RevisionNumber, baseRevision: RevisionNumber });

export const WORKFLOW_ACTIONS = ['submit', 'publish', 'schedule', 'unpublish', 'withdraw'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * `submit` hands the newest revision in for review, `publish` makes it live (publishing right), `schedule`
 * makes it live at `publishAt`, `unpublish` takes the article out of the help, `withdraw` takes a submission or
 * a schedule back to draft. `revision` is the revision the editor looked at: a newer one gives 409.
 */
export const WorkflowBody = Strict({
  action: Codes(WORKFLOW_ACTIONS),
  revision: RevisionNumber,
  publishAt: Type.Optional(Timestamp),
});
export type WorkflowBody = Static<typeof WorkflowBody>;

/** A finding of the content checks, at a line of the Markdown file and, in the frontmatter, at a field. */
export const ContentProblem = Type.Object({
  line: Type.Integer({ minimum: 1 }),
  field: Type.Optional(Type.String()),
  severity: Codes(['error', 'warning'] as const),
  message: Type.String(),
  /** "Meinten Sie …?": what was probably meant (a menu path, page key or article id). */
  suggestion: Type.Optional(Type.String()),
});
export type ContentProblem = Static<typeof ContentProblem>;

export const RenderBody = Strict({
  id: ArticleId,
  lang: LanguageCode,
  source: Source,
});
export type RenderBody = Static<typeof RenderBody>;

/** The checks of a draft, and the article as the panel would show it when its frontmatter is valid. */
export const RenderAnswer = Type.Object({
  problems: Type.Array(ContentProblem),
  article: Nullable(HelpArticle),
});
export type RenderAnswer = Static<typeof RenderAnswer>;

/** The portal's pages and the articles, for the pickers and the checks in the editor. */
export const StudioCatalog = Type.Object({
  pages: Type.Array(
    Type.Object({ key: Type.String(), url: Type.String(), role: RoleCode, menuPath: Type.Array(Type.String()) }),
  ),
  articles: Type.Array(Type.Object({ id: Type.String(), title: Type.String() })),
});
export type StudioCatalog = Static<typeof StudioCatalog>;

export const UploadedImage = Type.Object({ url: Type.String(), width: Type.Integer(), height: Type.Integer() });
export type UploadedImage = Static<typeof UploadedImage>;

export const InvitationBody = Strict({
  token: Type.String({ minLength: 20, maxLength: 200 }),
  newPassword: Text(1024, 0),
});

export const studioApi = routes(
  route('GET', '/api/studio/articles', {
    tags,
    summary: 'Every article with the state of each language version',
    response: { 200: StudioArticleList },
  }),
  route('GET', '/api/studio/articles/:id/:lang', {
    tags,
    summary: 'One language version with its newest revision and the editor’s autosave',
    params: ArticleLangParams,
    response: { 200: StudioArticle },
  }),
  route('PUT', '/api/studio/articles/:id/:lang', {
    tags,
    summary: 'Save a new revision (409 revision_conflict on a stale base, 422 validation on a broken frontmatter id)',
    params: ArticleLangParams,
    body: SaveBody,
    response: { 200: StudioArticle },
  }),
  route('PUT', '/api/studio/articles/:id/:lang/autosave', {
    tags,
    summary: 'Keep the editor’s unsaved text (no revision)',
    params: ArticleLangParams,
    body: AutosaveBody,
    response: { 204: NoContent },
  }),
  route('GET', '/api/studio/articles/:id/:lang/revisions', {
    tags,
    summary: 'Every revision, newest first',
    params: ArticleLangParams,
    response: { 200: RevisionList },
  }),
  route('GET', '/api/studio/articles/:id/:lang/revisions/:number', {
    tags,
    summary: 'One revision with its Markdown',
    params: RevisionParams,
    response: { 200: Revision },
  }),
  route('POST', '/api/studio/articles/:id/:lang/restore', {
    tags,
    summary: 'Make an old revision the new draft',
    params: ArticleLangParams,
    body: RestoreBody,
    response: { 200: StudioArticle },
  }),
  route('POST', '/api/studio/articles/:id/:lang/workflow', {
    tags,
    summary:
      'Submit, publish, schedule, unpublish or withdraw (422 content_problems when publishing would break the help)',
    params: ArticleLangParams,
    body: WorkflowBody,
    response: { 200: StudioArticle },
  }),
  route('GET', '/api/studio/articles/:id/:lang/preview', {
    tags,
    summary: 'The newest revision (or the autosave) rendered as the panel shows it, for this editor only',
    params: ArticleLangParams,
    response: { 200: HelpArticle },
  }),
  route('POST', '/api/studio/render', {
    tags,
    summary: 'Check a draft and render it as the panel would (nothing is stored)',
    body: RenderBody,
    response: { 200: RenderAnswer },
  }),
  route('GET', '/api/studio/catalog', {
    tags,
    summary: 'Portal pages and articles for the pickers',
    response: { 200: StudioCatalog },
  }),
  route('POST', '/api/studio/images', {
    tags,
    summary: 'Upload an image (PNG, JPEG or WebP, at most 2 MB; the body is the file)',
    response: { 201: UploadedImage },
  }),
  route('POST', '/api/studio/invitation', {
    tags,
    summary: 'The invited editor sets a first password (the link’s token is single-use)',
    body: InvitationBody,
    response: { 200: Session },
  }),
);
