import {
  checkContent,
  sharedNodeSanitizer,
  SHARED_FILES,
  type ContentSources,
  type Problem,
} from '@direkthilfe/content';
import type { Store } from '../store/types.js';
import { CONTENT_TOPIC } from './content-library.js';
import { storeRelease, type Release } from './content-release.js';

export interface ImportOptions {
  /** Replace articles changed in the studio since the last import too (as a new revision). */
  force?: boolean;
  /** Only into an empty store (the first start); several nodes starting at once import once. */
  onlyIfEmpty?: boolean;
  /** The release these sources render to, when the caller has it already (tests build it once). */
  prebuilt?: Release;
}

export interface ImportReport {
  /** `lang/id` of each article. */
  created: string[];
  updated: string[];
  unchanged: number;
  /** Changed in the studio since the last import and left as they are (without `force`). */
  conflicts: string[];
  /** The content check's findings; with an error nothing is imported. */
  problems: Problem[];
  /** The new release, when anything published changed. */
  version: number | null;
}

/**
 * Imports a content folder (`content/`) into the store: a new article is created, a changed file becomes a
 * new revision, published unless its frontmatter says `draft: true`. An article changed in the studio since
 * the last import is a conflict and stays as it is, unless `force`.
 */
export async function importContent(
  store: Store,
  sources: ContentSources,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const report: ImportReport = { created: [], updated: [], unchanged: 0, conflicts: [], problems: [], version: null };
  const { problems, articles } = checkContent(sources, sharedNodeSanitizer());
  report.problems = problems;
  if (problems.some((p) => p.severity === 'error')) return report;
  const drafts = new Set(articles.filter((a) => a.meta.draft).map((a) => a.file.file));

  const imported = await store.transaction(async (tx) => {
    await tx.content.lockPublishing();
    if (options.onlyIfEmpty && (await tx.content.latestVersion()) > 0) return false;
    let changed = false;
    for (const name of SHARED_FILES) {
      const text = sources.sharedFiles[name];
      if (text !== undefined && (await tx.content.file(name)) !== text) {
        await tx.content.putFile(name, text);
        changed = true;
      }
    }
    for (const file of sources.files) {
      const key = `${file.lang}/${file.name}`;
      const current = await tx.content.get(file.name, file.lang);
      if (current?.source === file.source) {
        report.unchanged++;
        continue;
      }
      if (current && current.importedRevision !== current.head && !options.force) {
        report.conflicts.push(key);
        continue;
      }
      const saved = await tx.content.addRevision({
        articleId: file.name,
        lang: file.lang,
        baseRevision: current?.head ?? 0,
        source: file.source,
        author: 'import',
        message: current ? 'Import aus content/' : 'Erster Import aus content/',
        origin: 'import',
        imported: true,
      });
      if (!saved) throw new Error(`${key} changed during the import`);
      const draft = drafts.has(file.file);
      await tx.content.setWorkflow(file.name, file.lang, saved.head, {
        status: draft ? 'draft' : 'published',
        publishedRevision: draft ? null : saved.head,
        publishAt: null,
        updatedBy: 'import',
      });
      (current ? report.updated : report.created).push(key);
      changed = true;
    }
    if (changed) report.version = (await storeRelease(tx, { prebuilt: options.prebuilt })).version;
    return changed;
  });
  if (imported) await store.events.publish(CONTENT_TOPIC);
  return report;
}
