import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PortalPage } from '@direkthilfe/core/content/model';
import type { Problem } from './problems.js';

export const LANGUAGES = ['de', 'en'] as const;
export const SOURCE_LANGUAGE = 'de';

export interface SourceFile {
  /** Path as reported in messages, relative to the content folder's parent. */
  file: string;
  lang: string;
  /** The file name without `.md`. */
  name: string;
  source: string;
}

export interface ContentSources {
  dir: string;
  /** Problems reading the shared files (portal map, synonyms), as `file:line: message`. */
  problems: Problem[];
  pages: PortalPage[];
  synonyms: string[][];
  files: SourceFile[];
  /** The shared files as written, for the store (`portal-map.json`, `synonyms.json`). */
  sharedFiles: Record<string, string>;
  /**
   * The studio's published revisions: every article here is published, whatever its `draft` field says
   * (the workflow decides, not the frontmatter).
   */
  published?: boolean;
}

export const SHARED_FILES = ['portal-map.json', 'synonyms.json'] as const;

/** Content sources from texts: articles as `{ lang, name, source }`, shared files by name. */
export function sourcesFrom(input: {
  dir: string;
  displayDir?: string;
  articles: { lang: string; name: string; source: string }[];
  sharedFiles: Record<string, string>;
  published?: boolean;
}): ContentSources {
  const displayDir = input.displayDir ?? input.dir;
  const problems: Problem[] = [];
  const readJson = <T>(name: string, fallback: T): T => {
    const text = input.sharedFiles[name];
    if (text === undefined) return fallback;
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      const position = Number(/position (\d+)/.exec(String(error))?.[1] ?? 0);
      const line = text.slice(0, position).split('\n').length;
      problems.push({
        file: join(displayDir, name),
        line,
        severity: 'error',
        message: `Die Datei ist kein gültiges JSON (${(error as Error).message}). Prüfen Sie Kommas, Klammern und Anführungszeichen.`,
      });
      return fallback;
    }
  };
  return {
    dir: input.dir,
    problems,
    pages: readJson<{ pages: PortalPage[] }>('portal-map.json', { pages: [] }).pages,
    synonyms: readJson<{ groups: string[][] }>('synonyms.json', { groups: [] }).groups,
    files: input.articles.map((a) => ({ ...a, file: join(displayDir, a.lang, `${a.name}.md`) })),
    sharedFiles: input.sharedFiles,
    ...(input.published ? { published: true } : {}),
  };
}

/** Reads the portal map, the synonym list and every article file of a content folder. */
export function loadSources(dir: string, displayDir = dir): ContentSources {
  const articles: { lang: string; name: string; source: string }[] = [];
  for (const lang of LANGUAGES) {
    const folder = join(dir, lang);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder).filter((f) => f.endsWith('.md')).sort()) {
      articles.push({ lang, name: entry.slice(0, -3), source: readFileSync(join(folder, entry), 'utf8') });
    }
  }
  const sharedFiles: Record<string, string> = {};
  for (const name of SHARED_FILES) {
    if (existsSync(join(dir, name))) sharedFiles[name] = readFileSync(join(dir, name), 'utf8');
  }
  return sourcesFrom({ dir, displayDir, articles, sharedFiles });
}
