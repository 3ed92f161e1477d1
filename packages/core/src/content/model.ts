/** The two views of the portal; an article is written for one or both. */
export const ROLES = ['admin', 'user'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

/** The frontmatter of an article, validated. */
export interface ArticleMeta {
  /** Stable slug, also the file name. */
  id: string;
  title: string;
  summary: string;
  roles: Role[];
  /** Page keys of the portal pages the article is the help for. */
  contexts: string[];
  keywords: string[];
  synonyms: string[];
  /** Articles of one guide form a sequence for "Zurück" / "Weiter", ordered by `order`. */
  guide?: string;
  order?: number;
  /** Date of the last content change, `YYYY-MM-DD`. */
  updated: string;
  /** Drafts are checked but never published. */
  draft: boolean;
}

export interface ArticleHeading {
  id: string;
  text: string;
  level: number;
}

/** An article as published: metadata, sanitised HTML and the plain text the search uses. */
export interface PublishedArticle extends ArticleMeta {
  lang: string;
  html: string;
  text: string;
  headings: ArticleHeading[];
  /** True when the German article stands in for a missing translation. */
  fallback: boolean;
}

/** A page of the portal, from `content/portal-map.json`. */
export interface PortalPage {
  key: string;
  url: string;
  role: Role;
  menuPath: string[];
}

export const MENU_PATH_SEPARATOR = ' → ';

/** Formats a menu path as written in articles: `Mein Unternehmen → Arbeitsplätze verwalten`. */
export const formatMenuPath = (path: string[]): string => path.join(MENU_PATH_SEPARATOR);

/**
 * Finds the page a menu path written in an article leads to: the page with exactly that path, or,
 * for a prefix of several pages' paths, the shortest of them (the menu entry itself).
 */
export function findPageByMenuPath(pages: PortalPage[], written: string): PortalPage | undefined {
  const parts = written.split('→').map((p) => p.trim());
  const matching = pages.filter(
    (page) => page.menuPath.length >= parts.length && parts.every((part, i) => page.menuPath[i] === part),
  );
  return matching.sort((a, b) => a.menuPath.length - b.menuPath.length)[0];
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

export interface FieldProblem {
  /** The frontmatter field the problem is about; undefined for the frontmatter as a whole. */
  field?: string;
  message: string;
}

const FIELDS = ['id', 'title', 'summary', 'roles', 'contexts', 'keywords', 'synonyms', 'guide', 'order', 'updated', 'draft'];

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '');

/**
 * Validates parsed frontmatter against the article schema. Messages are German: content editors read them.
 * Returns the metadata when there is no problem.
 */
export function validateArticleMeta(data: unknown): { meta?: ArticleMeta; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [{ message: 'Der Kopfbereich (Frontmatter) fehlt oder ist keine Liste von Feldern.' }] };
  }
  const record = data as Record<string, unknown>;
  const requireText = (field: string) => {
    if (typeof record[field] !== 'string' || (record[field] as string).trim() === '') {
      problems.push({ field, message: `Das Feld „${field}“ fehlt oder ist leer.` });
    }
  };
  for (const field of Object.keys(record)) {
    if (!FIELDS.includes(field)) problems.push({ field, message: `Unbekanntes Feld „${field}“. Erlaubt sind: ${FIELDS.join(', ')}.` });
  }
  requireText('id');
  if (typeof record.id === 'string' && !ID_PATTERN.test(record.id)) {
    problems.push({ field: 'id', message: `Die id „${record.id}“ darf nur Kleinbuchstaben a–z, Ziffern und Bindestriche enthalten.` });
  }
  requireText('title');
  requireText('summary');
  if (!Array.isArray(record.roles) || record.roles.length === 0 || !record.roles.every(isRole)) {
    problems.push({ field: 'roles', message: 'Das Feld „roles“ braucht eine Liste mit admin, user oder beiden, z. B. [admin, user].' });
  }
  for (const field of ['contexts', 'keywords', 'synonyms']) {
    if (record[field] !== undefined && !isStringList(record[field])) {
      problems.push({ field, message: `Das Feld „${field}“ muss eine Liste von Texten sein, z. B. [Warenkorb, Bestellung].` });
    }
  }
  if (record.keywords === undefined) problems.push({ field: 'keywords', message: 'Das Feld „keywords“ fehlt: Ohne Suchbegriffe wird der Artikel schlecht gefunden.' });
  if ((record.guide === undefined) !== (record.order === undefined)) {
    problems.push({ field: record.guide === undefined ? 'order' : 'guide', message: '„guide“ und „order“ gehören zusammen: Geben Sie beide an oder keines.' });
  }
  if (record.guide !== undefined && (typeof record.guide !== 'string' || !ID_PATTERN.test(record.guide))) {
    problems.push({ field: 'guide', message: 'Das Feld „guide“ braucht einen Namen aus Kleinbuchstaben, Ziffern und Bindestrichen.' });
  }
  if (record.order !== undefined && (!Number.isInteger(record.order) || (record.order as number) < 1)) {
    problems.push({ field: 'order', message: 'Das Feld „order“ braucht eine ganze Zahl ab 1.' });
  }
  const updated = record.updated instanceof Date ? record.updated.toISOString().slice(0, 10) : record.updated;
  // The round trip catches dates that do not exist, such as 2026-02-30.
  if (typeof updated !== 'string' || !DATE_PATTERN.test(updated) || !isCalendarDate(updated)) {
    problems.push({ field: 'updated', message: 'Das Feld „updated“ braucht ein gültiges Datum im Format JJJJ-MM-TT, z. B. 2026-11-29.' });
  }
  if (record.draft !== undefined && typeof record.draft !== 'boolean') {
    problems.push({ field: 'draft', message: 'Das Feld „draft“ ist true oder false.' });
  }
  if (problems.length) return { problems };
  return {
    problems,
    meta: {
      id: record.id as string,
      title: (record.title as string).trim(),
      summary: (record.summary as string).trim(),
      roles: record.roles as Role[],
      contexts: (record.contexts as string[] | undefined) ?? [],
      keywords: record.keywords as string[],
      synonyms: (record.synonyms as string[] | undefined) ?? [],
      ...(record.guide !== undefined ? { guide: record.guide as string, order: record.order as number } : {}),
      updated: updated as string,
      draft: (record.draft as boolean | undefined) ?? false,
    },
  };
}

/** The previous and next article of an article's guide, by `order`; null at either end or without a guide. */
export function guideNeighbours<T extends Pick<ArticleMeta, 'id' | 'guide' | 'order'>>(articles: T[], id: string) {
  const article = articles.find((a) => a.id === id);
  if (!article?.guide) return { prev: null, next: null };
  const guide = articles.filter((a) => a.guide === article.guide).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const position = guide.indexOf(article);
  return { prev: guide[position - 1] ?? null, next: guide[position + 1] ?? null };
}
