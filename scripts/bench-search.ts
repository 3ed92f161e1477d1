// `npm run bench:search`: our search against plain fuse.js (default options) and MiniSearch (fuzzy +
// prefix) on a seeded synthetic German corpus of 100, 1,000 and 10,000 articles, two seeds each, with planted
// queries and held-out ones (scripts/search-held-out-queries.ts, never tuned on).
// Vocabulary: the German Wikipedia word list of @zxcvbn-ts/language-de.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { dictionary } from '@zxcvbn-ts/language-de';
import { SearchEngine } from '@direkthilfe/core/search/search-engine';
import { SearchIndex } from '@direkthilfe/core/search/search-index';
import {
  CLIENT_INDEX_MAX_GZIP_BYTES,
  type RemoteSearchIndex,
  type SearchDocument,
} from '@direkthilfe/core/search/types';
import { heldOutQueries } from './search-held-out-queries.js';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const SEEDS = (process.env.BENCH_SEEDS ?? '7919,104729').split(',').map(Number);
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

function corpus(size: number, seed: number) {
  const random = seeded(size * seed);
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
  const docs: (SearchDocument & { key: string; first: string; second: string; compound: string })[] = [];
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
      first,
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
  return { docs, queries, heldOut: heldOutQueries(docs, seeded(seed + size)) };
}

interface Built {
  /** Time to build what the server needs and what the browser downloads. */
  ms: number;
  bytes: number;
  gzip: number;
  /** Bytes the panel downloads before it shows the first results (gzip bodies). */
  firstResultBytes: (q: string) => number;
  search: (q: string) => string[];
  /** Keystroke → results, typing each query letter by letter; over loopback HTTP when searched on the server. */
  keystrokes?: (queries: string[]) => Promise<number[]>;
  /** ms to publish one changed article into the built index. */
  update?: (doc: SearchDocument) => number;
  close?: () => Promise<void>;
}

interface Engine {
  name: string;
  build(docs: SearchDocument[]): Built;
}

const gzipOf = (json: string) => gzipSync(json).length;
const sizeOf = (value: unknown) => {
  const json = JSON.stringify(value);
  return { bytes: Buffer.byteLength(json), gzip: gzipOf(json) };
};

/** The server side of the search API: the engine's results as JSON, over a real socket on 127.0.0.1. */
async function searchServer(engine: SearchEngine) {
  const server = createServer((request, response) => {
    const q = new URL(request.url!, 'http://localhost').searchParams.get('q') ?? '';
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ query: q, results: engine.search(q, { limit: 10 }) }));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/search?q=`;
  return {
    keystrokes: async (queries: string[]) => {
      const timings: number[] = [];
      for (const query of queries) {
        for (let length = 1; length <= query.length; length++) {
          const start = performance.now();
          await (await fetch(url + encodeURIComponent(query.slice(0, length)))).json();
          timings.push(performance.now() - start);
        }
      }
      return timings;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const engines: Engine[] = [
  {
    name: 'direkthilfe',
    build(docs) {
      const start = performance.now();
      const index = SearchIndex.fromDocuments(docs);
      const json = JSON.stringify(index);
      const ms = performance.now() - start;
      const engine = new SearchEngine(index);
      const gzip = gzipOf(json);
      const remote = gzip > CLIENT_INDEX_MAX_GZIP_BYTES;
      const marker: RemoteSearchIndex = { version: 2, remote: true, articles: docs.length };
      let server: Awaited<ReturnType<typeof searchServer>> | undefined;
      return {
        ms,
        bytes: Buffer.byteLength(json),
        gzip,
        firstResultBytes: (q) =>
          remote
            ? gzipOf(JSON.stringify(marker)) + gzipOf(JSON.stringify({ query: q, results: engine.search(q) }))
            : gzip,
        search: (q) => engine.search(q, { limit: 10 }).map((r) => r.id),
        keystrokes: async (queries) => {
          if (!remote) {
            // Small enough to download: every keystroke searches the index in the page.
            const local = new SearchEngine(JSON.parse(json));
            return queries.flatMap((query) =>
              Array.from({ length: query.length }, (_, i) => {
                const at = performance.now();
                local.search(query.slice(0, i + 1));
                return performance.now() - at;
              }),
            );
          }
          server ??= await searchServer(engine);
          return server.keystrokes(queries);
        },
        update: (doc) => {
          const at = performance.now();
          index.upsert({ ...doc, body: `${doc.body} Neu bearbeitet.` });
          return performance.now() - at;
        },
        close: async () => server?.close(),
      };
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
      const size = sizeOf({ docs, index: index.toJSON() });
      return {
        ms,
        ...size,
        firstResultBytes: () => size.gzip,
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
      const size = sizeOf(mini);
      return {
        ms,
        ...size,
        firstResultBytes: () => size.gzip,
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
const kb = (bytes: number) => fmt(bytes / 1000, 1);

function relevance(built: Built, queries: Planted[] | { q: string; expected: string; kind: string }[], label: string) {
  let hit1 = 0;
  let hit3 = 0;
  let reciprocal = 0;
  for (const query of queries) {
    const rank = built.search(query.q).indexOf(query.expected);
    if (process.env.BENCH_MISSES && (rank < 0 || rank > 2)) {
      console.log(`    ${label} miss (${query.kind}) ${query.q} → rank ${rank}`);
    }
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  }
  const n = queries.length;
  return { hit1: hit1 / n, hit3: hit3 / n, mrr: reciprocal / n };
}

console.log('Search benchmark: seeded synthetic German corpus (vocabulary: @zxcvbn-ts/language-de wikipedia list)');
console.log(
  `planted: ${QUERIES_PER_KIND} per kind (exact, typo, prefix, umlaut, compound, two-words); held-out: the same number ` +
    `(inflected, question, short prefix, compound head, typo and word, title words); Node ${process.version}`,
);
console.log(
  `first KB: gzip bodies the panel downloads before its first results (the whole index, or above ` +
    `${CLIENT_INDEX_MAX_GZIP_BYTES / 1000} KB gzip the server-search marker plus one search response)\n`,
);
for (const size of SIZES) {
  for (const seed of SEEDS) {
    const { docs, queries, heldOut } = corpus(size, seed);
    console.log(`── ${size} articles, seed ${seed}`);
    console.log(
      '  engine                      build ms  index KB  gzip KB  first KB   p50 ms   p95 ms  planted hit@1 hit@3   MRR  held-out hit@1 hit@3   MRR',
    );
    for (const engine of engines.filter((e) => !ENGINES || ENGINES.some((name) => e.name.startsWith(name)))) {
      const built = engine.build(docs);
      // The relevance passes also warm up the JIT and caches; timed passes follow.
      const planted = relevance(built, queries, engine.name);
      const held = relevance(built, heldOut, engine.name);
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
      const firstBytes = Math.max(...queries.map((q) => built.firstResultBytes(q.q)));
      console.log(
        `  ${engine.name.padEnd(26)} ${fmt(built.ms, 1).padStart(9)} ${kb(built.bytes).padStart(9)} ${kb(built.gzip).padStart(8)} ${kb(firstBytes).padStart(9)} ${fmt(percentile(timings, 50)).padStart(8)} ${fmt(percentile(timings, 95)).padStart(8)}         ${fmt(planted.hit1)}  ${fmt(planted.hit3)}  ${fmt(planted.mrr)}            ${fmt(held.hit1)}  ${fmt(held.hit3)}  ${fmt(held.mrr)}`,
      );
      if (built.keystrokes) {
        const keys = (await built.keystrokes(heldOut.map((q) => q.q))).sort((a, b) => a - b);
        const updates = docs
          .slice(0, 20)
          .map((doc) => built.update!(doc))
          .sort((a, b) => a - b);
        console.log(
          `    ${engine.name}: keystroke → results p50 ${fmt(percentile(keys, 50))} ms, p95 ${fmt(percentile(keys, 95))} ms ` +
            `(${keys.length} keystrokes${built.gzip > CLIENT_INDEX_MAX_GZIP_BYTES ? ', server search over loopback HTTP' : ', in the page'}); ` +
            `publish one article p50 ${fmt(percentile(updates, 50))} ms, max ${fmt(updates.at(-1)!)} ms`,
        );
        await built.close?.();
      }
    }
    console.log('');
  }
}
