import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS_FILE = new URL('../size-budgets.json', import.meta.url);
const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** The files an entry or chunk pulls in statically, itself included. */
function staticClosure(bundle, fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of bundle[fileName].imports) staticClosure(bundle, imported, seen);
  return seen;
}

const sizeOf = (bundle, files) => [...files].reduce((sum, f) => sum + gzipSize(bundle[f].code), 0);

/**
 * Prints min+gzip sizes per entry (with everything it imports up front) and per lazy chunk
 * (what a dynamic import adds), and fails the build when `size-budgets.json` is exceeded.
 */
export function sizeReport({ label }) {
  return {
    name: 'dh-size-report',
    generateBundle(_options, bundle) {
      const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const rows = [];
      for (const entry of chunks.filter((c) => c.isEntry)) {
        const upFront = staticClosure(bundle, entry.fileName);
        rows.push({
          kind: 'entry',
          name: entry.fileName,
          bytes: sizeOf(bundle, upFront),
          budget: budgets.entries?.[`${label}/${entry.fileName}`],
        });
      }
      // A lazy chunk costs what its dynamic import loads beyond the code every entry loads up front.
      const upFrontAll = new Set(
        chunks.filter((c) => c.isEntry).flatMap((c) => [...staticClosure(bundle, c.fileName)]),
      );
      for (const chunk of chunks.filter((c) => c.isDynamicEntry)) {
        const added = [...staticClosure(bundle, chunk.fileName)].filter((f) => !upFrontAll.has(f));
        rows.push({
          kind: 'lazy',
          name: chunk.name,
          bytes: sizeOf(bundle, added),
          budget: budgets.lazyChunks?.[`${label}/${chunk.name}`],
        });
      }
      const lazyAll = new Set(chunks.filter((c) => !c.isEntry || c.isDynamicEntry).map((c) => c.fileName));
      rows.push({ kind: 'lazy total', name: 'all lazy chunks', bytes: sizeOf(bundle, lazyAll) });
      // Scenarios: everything a page has loaded once the named entries and lazy chunks are in.
      for (const [name, { chunks: names, budget }] of Object.entries(budgets.scenarios?.[label] ?? {})) {
        const files = new Set(
          names.flatMap((chunkName) => {
            const chunk = chunks.find((c) => c.name === chunkName && (c.isEntry || c.isDynamicEntry));
            if (!chunk) this.error(`size-budgets.json: no chunk "${chunkName}" in ${label}`);
            return [...staticClosure(bundle, chunk.fileName)];
          }),
        );
        rows.push({ kind: 'scenario', name, bytes: sizeOf(bundle, files), budget });
      }

      console.log(`\nSize report: ${label} (min+gzip -9)`);
      const width = Math.max(34, ...rows.map((row) => row.name.length));
      for (const row of rows) {
        const verdict =
          row.budget === undefined
            ? ''
            : row.bytes <= row.budget
              ? `  ≤ ${kb(row.budget)} ok`
              : `  > ${kb(row.budget)} OVER BUDGET`;
        console.log(
          `  ${row.kind.padEnd(10)} ${row.name.padEnd(width)} ${String(row.bytes).padStart(8)} B  ${kb(row.bytes).padStart(9)}${verdict}`,
        );
      }
      this.emitFile({ type: 'asset', fileName: `size-report.${label}.json`, source: JSON.stringify(rows, null, 2) });
      const over = rows.filter((r) => r.budget !== undefined && r.bytes > r.budget);
      if (over.length)
        this.error(`Size budget exceeded: ${over.map((r) => `${r.name} ${kb(r.bytes)} > ${kb(r.budget)}`).join(', ')}`);
    },
  };
}

/**
 * The client search index of the published content, per language: gzip bytes per article (the index grows with
 * the articles, so its budget is per article). Fails the build over `size-budgets.json`'s `searchIndex` budget.
 */
export function searchIndexReport(contentDir) {
  const budget = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')).searchIndex.gzipBytesPerArticle;
  console.log('\nSize report: client search index (gzip, as served)');
  const over = [];
  for (const lang of readdirSync(contentDir).sort()) {
    const json = readFileSync(join(contentDir, lang, 'search-index.json'));
    const articles = JSON.parse(json).docs.length;
    const gzip = gzipSync(json).length;
    const perArticle = Math.round(gzip / Math.max(1, articles));
    const verdict = perArticle <= budget ? `≤ ${budget} B ok` : `> ${budget} B OVER BUDGET`;
    console.log(`  ${lang}: ${articles} articles, ${kb(gzip)} → ${perArticle} B per article  ${verdict}`);
    if (perArticle > budget) over.push(`${lang} ${perArticle} B per article > ${budget} B`);
  }
  if (over.length) throw new Error(`Search index budget exceeded: ${over.join(', ')}`);
}
