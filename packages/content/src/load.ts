import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PortalPage } from '@direkthilfe/core/content/model';

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
  pages: PortalPage[];
  synonyms: string[][];
  files: SourceFile[];
}

/** Reads the portal map, the synonym list and every article file of a content folder. */
export function loadSources(dir: string, displayDir = dir): ContentSources {
  const readJson = <T>(name: string, fallback: T): T =>
    existsSync(join(dir, name)) ? (JSON.parse(readFileSync(join(dir, name), 'utf8')) as T) : fallback;
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
    pages: readJson<{ pages: PortalPage[] }>('portal-map.json', { pages: [] }).pages,
    synonyms: readJson<{ groups: string[][] }>('synonyms.json', { groups: [] }).groups,
    files,
  };
}
