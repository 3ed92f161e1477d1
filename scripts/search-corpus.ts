// The search benchmark's corpus: seeded synthetic German articles and the queries planted in them (six kinds,
// each aimed at one article), with the held-out queries of scripts/search-held-out-queries.ts.
// Vocabulary: the German Wikipedia word list of @zxcvbn-ts/language-de.
import { dictionary } from '@zxcvbn-ts/language-de';
import { seededRandom } from '@direkthilfe/core/random/seeded-random';
import type { SearchDocument } from '@direkthilfe/core/search/types';
import { heldOutQueries } from './search-held-out-queries.js';

export const QUERIES_PER_KIND = 14;

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

export function corpus(size: number, seed: number) {
  const random = seededRandom(size * seed);
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
  return { docs, queries, heldOut: heldOutQueries(docs, seededRandom(seed + size)) };
}
