// `npm run bench:search`: our search against plain fuse.js (default options) and MiniSearch (fuzzy +
// prefix) on a seeded synthetic German corpus of 100, 1,000 and 10,000 articles with planted queries.
// Vocabulary: the German Wikipedia word list of @zxcvbn-ts/language-de.
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { dictionary } from '@zxcvbn-ts/language-de';
import { buildSearchIndex } from '@direkthilfe/core/search/build-index';
import { SearchEngine } from '@direkthilfe/core/search/search-engine';
import type { SearchDocument } from '@direkthilfe/core/search/types';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const QUERIES_PER_KIND = 14;
const ENGINES = process.env.BENCH_ENGINES?.split(',');

/** mulberry32: the same corpus and queries on every run. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = dictionary.wikipedia.filter((w) => /^[a-zäöüß]{4,}$/.test(w));
const common = words.slice(0, 20000);
const rare = words.slice(20000);
const capitalize = (w: string) => w[0].toUpperCase() + w.slice(1);

type Kind = 'exact' | 'typo' | 'prefix' | 'umlaut' | 'compound' | 'two-words';
interface Planted {
  q: string;
  expected: string;
  kind: Kind;
}

function corpus(size: number) {
  const random = seeded(size * 7919);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  // Zipf-like: frequent words far more often than rare ones.
  const zipf = () => common[Math.floor(Math.pow(random(), 2.2) * common.length)];
  const sentence = (n: number) => Array.from({ length: n }, zipf).join(' ');
  // Distinct rare words per article, drawn without replacement: a third of the keys have umlauts.
  const shuffled = [...rare].sort(() => random() - 0.5);
  const withUmlaut = shuffled.filter((w) => /[äöü]/.test(w));
  const plain = shuffled.filter((w) => !/[äöüß]/.test(w) && w.length >= 6);
  const unique = (umlaut = false) => {
    const word = (umlaut ? withUmlaut : plain).pop();
    if (!word) throw new Error(`the word list is too small for ${size} articles`);
    return word;
  };
  const docs: (SearchDocument & { key: string; second: string; compound: string })[] = [];
  for (let i = 0; i < size; i++) {
    const key = unique(i % 3 === 0);
    const first = unique();
    const second = unique();
    const compound = capitalize(first) + second;
    const body = Array.from(
      { length: 8 + Math.floor(random() * 8) },
      () => `${capitalize(sentence(8 + Math.floor(random() * 10)))}.`,
    );
    body.splice(Math.floor(random() * body.length), 0, `Dazu gehört auch ${capitalize(key)} im Bereich ${compound}.`);
    docs.push({
      id: `artikel-${i}`,
      title: `${capitalize(key)} und ${compound} ${capitalize(zipf())}`,
      summary: capitalize(sentence(10)),
      roles: random() < 0.5 ? ['admin'] : ['admin', 'user'],
      keywords: [zipf(), zipf(), zipf()],
      synonyms: [],
      headings: [capitalize(sentence(3))],
      body: body.join(' '),
      key,
      second,
      compound,
    });
  }
  const queries: Planted[] = [];
  const typo = (w: string) => {
    const at = 1 + Math.floor(random() * (w.length - 2));
    const edits = [
      () => w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2),
      () => w.slice(0, at) + w.slice(at + 1),
      () => w.slice(0, at) + pick([...'aeinrst']) + w.slice(at + 1),
    ];
    return pick(edits)();
  };
  const spelledOut = (w: string) => w.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  const stripped = (w: string) => w.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
  const targets = Array.from(
    { length: QUERIES_PER_KIND * 6 },
    (_, n) => docs[Math.floor(((n * 7 + 3) * size) / (QUERIES_PER_KIND * 6 * 7 + 5)) % size],
  );
  targets.forEach((doc, n) => {
    const kinds: Kind[] = ['exact', 'typo', 'prefix', 'umlaut', 'compound', 'two-words'];
    const kind = kinds[n % kinds.length];
    const umlautDoc = /[äöü]/.test(doc.key) ? doc : docs.find((d, i) => i >= docs.indexOf(doc) && /[äöü]/.test(d.key))!;
    const q = {
      exact: () => capitalize(doc.key),
      typo: () => typo(doc.key),
      prefix: () => capitalize(doc.key.slice(0, Math.max(4, Math.ceil(doc.key.length * 0.6)))),
      umlaut: () => (n % 2 ? spelledOut : stripped)(umlautDoc.key),
      compound: () => capitalize(doc.second),
      'two-words': () => `${doc.key} ${doc.second}`,
    }[kind]();
    queries.push({ q, expected: kind === 'umlaut' ? umlautDoc.id : doc.id, kind });
  });
  return { docs, queries };
}

interface Engine {
  name: string;
  build(docs: SearchDocument[]): { ms: number; bytes: number; gzip: number; search: (q: string) => string[] };
}

const sizeOf = (value: unknown) => {
  const json = JSON.stringify(value);
  return { bytes: Buffer.byteLength(json), gzip: gzipSync(json).length };
};

const engines: Engine[] = [
  {
    name: 'direkthilfe',
    build(docs) {
      const start = performance.now();
      const index = buildSearchIndex(docs);
      const engine = new SearchEngine(index);
      const ms = performance.now() - start;
      return { ms, ...sizeOf(index), search: (q) => engine.search(q, { limit: 10 }).map((r) => r.id) };
    },
  },
  {
    name: 'fuse.js (defaults)',
    build(docs) {
      const start = performance.now();
      const keys = ['title', 'keywords', 'body'];
      const index = Fuse.createIndex(keys, docs);
      const fuse = new Fuse(docs, { keys }, index);
      const ms = performance.now() - start;
      return {
        ms,
        ...sizeOf({ docs, index: index.toJSON() }),
        search: (q) => fuse.search(q, { limit: 10 }).map((r) => r.item.id),
      };
    },
  },
  {
    name: 'MiniSearch (fuzzy+prefix)',
    build(docs) {
      const start = performance.now();
      const mini = new MiniSearch<SearchDocument>({
        fields: ['title', 'keywords', 'summary', 'body'],
        extractField: (doc, field) => {
          const value = doc[field as keyof SearchDocument];
          return Array.isArray(value) ? value.join(' ') : String(value);
        },
        searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 3, keywords: 2 } },
      });
      mini.addAll(docs);
      const ms = performance.now() - start;
      return {
        ms,
        ...sizeOf(mini),
        search: (q) =>
          mini
            .search(q)
            .slice(0, 10)
            .map((r) => r.id as string),
      };
    },
  },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (n: number, digits = 2) => n.toFixed(digits);

console.log('Search benchmark: seeded synthetic German corpus (vocabulary: @zxcvbn-ts/language-de wikipedia list)');
console.log(
  `queries: ${QUERIES_PER_KIND} per kind (exact, typo, prefix, umlaut, compound, two-words); Node ${process.version}\n`,
);
for (const size of SIZES) {
  const { docs, queries } = corpus(size);
  console.log(`── ${size} articles, ${queries.length} planted queries`);
  console.log('  engine                      build ms   index KB  gzip KB   p50 ms   p95 ms   hit@1  hit@3   MRR');
  const rows: { name: string; p95: number; hit3: number; mrr: number }[] = [];
  for (const engine of engines.filter((e) => !ENGINES || ENGINES.some((name) => e.name.startsWith(name)))) {
    const built = engine.build(docs);
    // The first pass measures relevance and warms up the JIT and caches; timed passes follow.
    let hit1 = 0;
    let hit3 = 0;
    let reciprocal = 0;
    for (const query of queries) {
      const rank = built.search(query.q).indexOf(query.expected);
      if (process.env.BENCH_MISSES && engine.name === 'direkthilfe' && (rank < 0 || rank > 2)) {
        console.log(`    miss (${query.kind}) ${query.q} → rank ${rank}`);
      }
      if (rank === 0) hit1++;
      if (rank >= 0 && rank < 3) hit3++;
      if (rank >= 0) reciprocal += 1 / (rank + 1);
    }
    const rounds = size >= 10000 && engine.name.startsWith('fuse') ? 1 : 3;
    const timings: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const query of queries) {
        const start = performance.now();
        built.search(query.q);
        timings.push(performance.now() - start);
      }
    }
    timings.sort((a, b) => a - b);
    const n = queries.length;
    const row = { name: engine.name, p95: percentile(timings, 95), hit3: hit3 / n, mrr: reciprocal / n };
    rows.push(row);
    console.log(
      `  ${engine.name.padEnd(26)} ${fmt(built.ms, 1).padStart(9)} ${fmt(built.bytes / 1000, 1).padStart(10)} ${fmt(built.gzip / 1000, 1).padStart(8)} ${fmt(percentile(timings, 50)).padStart(8)} ${fmt(row.p95).padStart(8)}   ${fmt(hit1 / n)}   ${fmt(row.hit3)}   ${fmt(row.mrr)}`,
    );
  }
  const fuse = rows.find((r) => r.name.startsWith('fuse'));
  for (const row of fuse ? rows.filter((r) => r !== fuse) : []) {
    console.log(
      `  ${row.name} vs fuse.js: p95 ×${fmt(row.p95 / fuse.p95, 3)}, hit@3 ×${fmt(row.hit3 / fuse.hit3)}, MRR ×${fmt(row.mrr / fuse.mrr)}`,
    );
  }
  console.log('');
}
