// A large help centre for the benchmarks: the real content, each article copied under new ids (guides and their
// order left to the originals), as `sourcesFrom` takes it.
import { readFileSync, readdirSync } from 'node:fs';
import { LANGUAGES, SHARED_FILES, sourcesFrom } from '@direkthilfe/content';

export function contentCopies(copies: number, dir = 'content') {
  const articles: { lang: string; name: string; source: string }[] = [];
  for (const lang of LANGUAGES) {
    for (const file of readdirSync(`${dir}/${lang}`).filter((f) => f.endsWith('.md'))) {
      const source = readFileSync(`${dir}/${lang}/${file}`, 'utf8');
      const name = file.slice(0, -3);
      articles.push({ lang, name, source });
      for (let n = 1; n < copies; n++) {
        articles.push({
          lang,
          name: `${name}-${n}`,
          source: source
            .replace(/^id: (.*)$/m, `id: $1-${n}`)
            .replace(/^guide: .*\n/m, '')
            .replace(/^order: .*\n/m, ''),
        });
      }
    }
  }
  const sharedFiles = Object.fromEntries(SHARED_FILES.map((name) => [name, readFileSync(`${dir}/${name}`, 'utf8')]));
  return sourcesFrom({ dir, articles, sharedFiles });
}
