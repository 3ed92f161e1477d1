import type { Role } from '../content/model.js';
import type { Language } from '../i18n/languages.js';
import { normalizeWord } from '../search/normalize.js';
import type { StudioArticleListItem, StudioLanguageState, WorkflowStatus } from '../api/studio.js';

/**
 * What the list shows of a language version: its workflow status, or that it is missing; for English
 * also "Übersetzung veraltet" (the German changed after it).
 */
export type LanguageStatus = WorkflowStatus | 'missing';

/** The list's filter: free text, a view, a status (or an outdated or missing translation), a page key. */
export interface ArticleFilter {
  query: string;
  role: Role | '';
  status: WorkflowStatus | 'outdated' | 'untranslated' | '';
  page: string;
}

export const NO_FILTER: ArticleFilter = { query: '', role: '', status: '', page: '' };

/** The statuses to filter by: the workflow's (the contract's `WORKFLOW_STATUSES`, without its schema code), then the translations'. */
export const FILTER_STATUSES = [
  ...(['draft', 'review', 'scheduled', 'published'] as const satisfies readonly WorkflowStatus[]),
  'outdated',
  'untranslated',
] as const;

export const languageStatus = (state: StudioLanguageState | null): LanguageStatus => state?.status ?? 'missing';

/** The newest change of either language, for "Letzte Änderung". */
export function lastChange(item: StudioArticleListItem): { at: string; by: string; lang: Language } | undefined {
  const changes = (['de', 'en'] as const).flatMap((lang) => {
    const state = item.languages[lang];
    return state ? [{ at: state.updatedAt, by: state.updatedBy, lang }] : [];
  });
  return changes.sort((a, b) => b.at.localeCompare(a.at))[0];
}

const words = (text: string) =>
  normalizeWord(text)
    .split(/[^\p{L}\p{N}/-]+/u)
    .filter(Boolean);

function matches(item: StudioArticleListItem, filter: ArticleFilter): boolean {
  if (filter.role && !item.roles.includes(filter.role)) return false;
  if (filter.page && !item.contexts.includes(filter.page)) return false;
  const { de, en } = item.languages;
  if (filter.status === 'outdated' && !en?.outdated) return false;
  if (filter.status === 'untranslated' && de && en) return false;
  if (
    filter.status &&
    filter.status !== 'outdated' &&
    filter.status !== 'untranslated' &&
    de?.status !== filter.status &&
    en?.status !== filter.status
  )
    return false;
  // Every word of the query starts a word of the title, the id or a page key.
  const haystack = words([item.title, item.id, ...item.contexts].join(' '));
  return words(filter.query).every((word) => haystack.some((candidate) => candidate.startsWith(word)));
}

/** The articles the filter lets through, the most recently changed first. */
export function filterArticles(items: StudioArticleListItem[], filter: ArticleFilter): StudioArticleListItem[] {
  return items
    .filter((item) => matches(item, filter))
    .sort((a, b) => (lastChange(b)?.at ?? '').localeCompare(lastChange(a)?.at ?? '') || a.title.localeCompare(b.title));
}

/** "Auf der Portalseite ansehen": the portal page with this editor's draft in its panel. */
export function portalPreviewUrl(pageUrl: string, id: string, lang: Language): string {
  const url = new URL(pageUrl, 'http://portal.invalid');
  url.searchParams.set('dh-preview', id);
  url.searchParams.set('dh-lang', lang);
  return url.pathname + url.search;
}
