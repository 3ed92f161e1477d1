import {
  checkContent,
  createArticleRenderer,
  parseSource,
  sharedNodeSanitizer,
  sourcesFrom,
} from '@direkthilfe/content';
import type {
  ContentProblem,
  StudioArticle,
  StudioArticleListItem,
  StudioLanguageState,
} from '@direkthilfe/core/api/studio';
import type { HelpArticle } from '@direkthilfe/core/api/help';
import { guideNeighbours, isRole, type Role } from '@direkthilfe/core/content/model';
import { CONTENT_ID_PREFIX } from '@direkthilfe/core/content/sanitize';
import type { Language } from '@direkthilfe/core/i18n/languages';
import type { ArticleState, Store } from '../store/types.js';
import { publishedSources } from './content-release.js';

/** The few frontmatter fields the list shows, read leniently: a draft's frontmatter may be broken. */
function listFields(source: string): { title?: string; roles: Role[]; contexts: string[] } {
  const parsed = parseSource(source).data;
  const data = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
  const list = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return {
    title: typeof data.title === 'string' ? data.title : undefined,
    roles: list(data.roles).filter(isRole),
    contexts: list(data.contexts),
  };
}

function languageState(state: ArticleState, outdated: boolean): StudioLanguageState {
  return {
    status: state.status,
    revision: state.head,
    publishedRevision: state.publishedRevision,
    publishAt: state.publishAt,
    updatedAt: state.updatedAt,
    updatedBy: state.updatedBy,
    outdated,
  };
}

/** Every article with the state of its German and English version. */
export async function listArticles(store: Store): Promise<StudioArticleListItem[]> {
  const rows = await store.content.list();
  const byId = new Map<string, Partial<Record<Language, (typeof rows)[number]>>>();
  for (const row of rows) byId.set(row.articleId, { ...byId.get(row.articleId), [row.lang]: row });
  return [...byId].map(([id, { de, en }]) => {
    const fields = listFields((de ?? en)!.source);
    return {
      id,
      title: fields.title ?? id,
      roles: fields.roles,
      contexts: fields.contexts,
      languages: {
        de: de ? languageState(de, false) : null,
        en: en ? languageState(en, de !== undefined && de.changedAt > en.changedAt) : null,
      },
    };
  });
}

/** One language version for the editor, with the editor's autosave when it differs from the newest revision. */
export async function studioArticle(
  store: Store,
  userId: number,
  id: string,
  lang: Language,
): Promise<StudioArticle | undefined> {
  const [state, german, autosave] = await Promise.all([
    store.content.get(id, lang),
    lang === 'de' ? undefined : store.content.get(id, 'de'),
    store.content.autosave(userId, id, lang),
  ]);
  if (!state) return undefined;
  return {
    id,
    lang,
    source: state.source,
    ...languageState(state, german !== undefined && german.changedAt > state.changedAt),
    autosave: autosave && autosave.source !== state.source ? autosave : null,
  };
}

/**
 * Checks a draft as `content:check` does, among the published articles, and renders it as the panel would:
 * the problems of this article with their lines and fields; the article when its frontmatter is valid.
 */
export async function renderDraft(
  store: Store,
  draft: { id: string; lang: Language; source: string },
): Promise<{ problems: ContentProblem[]; article: HelpArticle | null }> {
  const published = await publishedSources(store);
  const file = `content/${draft.lang}/${draft.id}.md`;
  const sources = sourcesFrom({
    dir: 'content',
    articles: [
      ...published.files
        .filter((f) => !(f.lang === draft.lang && f.name === draft.id))
        .map(({ lang, name, source }) => ({ lang, name, source })),
      { lang: draft.lang, name: draft.id, source: draft.source },
    ],
    sharedFiles: published.sharedFiles,
    published: true,
  });
  const { problems, articles } = checkContent(sources, sharedNodeSanitizer());
  const own = problems
    .filter((p) => p.file === file)
    .map(({ line, field, severity, message, suggestion }) => ({
      line,
      severity,
      message,
      ...(field ? { field } : {}),
      ...(suggestion ? { suggestion } : {}),
    }));
  const checked = articles.find((a) => a.file.file === file);
  if (!checked) return { problems: own, article: null };
  const { html, headings } = createArticleRenderer(sources.pages, draft.lang, sharedNodeSanitizer())(checked.body);
  const metas = articles.filter((a) => a.file.lang === draft.lang).map((a) => a.meta);
  const { prev, next } = guideNeighbours(metas, checked.meta.id);
  const summary = (meta: (typeof metas)[number] | null) =>
    meta ? { id: meta.id, title: meta.title, summary: meta.summary } : null;
  return {
    problems: own,
    article: {
      id: checked.meta.id,
      title: checked.meta.title,
      summary: checked.meta.summary,
      roles: checked.meta.roles,
      html,
      headings: headings.map((h) => ({ ...h, id: CONTENT_ID_PREFIX + h.id })),
      guide: checked.meta.guide ?? null,
      prev: summary(prev),
      next: summary(next),
      updated: checked.meta.updated,
      lang: draft.lang,
      fallback: false,
    },
  };
}
