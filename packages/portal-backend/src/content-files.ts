import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_FILES } from '@direkthilfe/content';
import type { Store } from './store/types.js';

/**
 * Writes the store's content as files: each article's newest revision as `<lang>/<id>.md` and the shared
 * files, byte for byte as stored, so that an import followed by an export changes nothing in git.
 */
export async function exportContent(store: Store, dir: string): Promise<{ articles: number }> {
  const articles = await store.content.list();
  for (const article of articles) {
    mkdirSync(join(dir, article.lang), { recursive: true });
    writeFileSync(join(dir, article.lang, `${article.articleId}.md`), article.source);
  }
  for (const name of SHARED_FILES) {
    const source = await store.content.file(name);
    if (source !== undefined) writeFileSync(join(dir, name), source);
  }
  return { articles: articles.length };
}
