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
}

/** Reads the portal map, the synonym list and every article file of a content folder. */
export function loadSources(dir: string, displayDir = dir): ContentSources {
  const problems: Problem[] = [];
  const readJson = <T>(name: string, fallback: T): T => {
    if (!existsSync(join(dir, name))) return fallback;
    const text = readFileSync(join(dir, name), 'utf8');
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
  const files: SourceFile[] = [];
  for (const lang of LANGUAGES) {
    const folder = join(dir, lang);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder).filter((f) => f.endsWith('.md')).sort()) {
      files.push({
        file: join(displayDir, lang, entry),
        lang,
        name: entry.slice(0, -3),
        source: readFileSync(join(folder, entry), 'utf8'),
      });
    }
  }
  return {
    dir,
    problems,
    pages: readJson<{ pages: PortalPage[] }>('portal-map.json', { pages: [] }).pages,
    synonyms: readJson<{ groups: string[][] }>('synonyms.json', { groups: [] }).groups,
    files,
  };
}
