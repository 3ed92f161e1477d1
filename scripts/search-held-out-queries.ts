// Held-out queries for `npm run bench:search`, written once before any tuning of the search and not tuned on.
// They target other articles than the planted queries and ask in other ways: inflected forms, questions,
// shorter prefixes, the head of a compound, a typo next to a second word, shouting, a title word added.

export interface HeldOutArticle {
  id: string;
  title: string;
  /** The article's own rare word, in its title and once in its body. */
  key: string;
  /** The compound in its title and body is `Capitalised(first) + second`. */
  first: string;
  second: string;
}

export interface HeldOutQuery {
  q: string;
  expected: string;
  kind: string;
}

const KINDS = ['inflected', 'question', 'short-prefix', 'compound-head', 'typo-and-word', 'title-words'] as const;

const capitalize = (w: string) => w[0].toUpperCase() + w.slice(1);

/** The key as a German reader might inflect it: an ending added, or one taken away. */
const inflect = (w: string, random: () => number) => {
  if (/en$/.test(w)) return w.slice(0, -1);
  if (/e$/.test(w)) return `${w}n`;
  const endings = ['e', 'en', 'es', 'er'];
  return w + endings[Math.floor(random() * endings.length)];
};

const typo = (w: string, random: () => number) => {
  const at = 1 + Math.floor(random() * (w.length - 2));
  return random() < 0.5 ? w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2) : w.slice(0, at) + w.slice(at + 1);
};

export function heldOutQueries(docs: HeldOutArticle[], random: () => number, perKind = 14): HeldOutQuery[] {
  const count = perKind * KINDS.length;
  return Array.from({ length: count }, (_, n) => {
    const doc = docs[Math.floor(((n * 11 + 5) * docs.length) / (count * 11 + 9)) % docs.length];
    const kind = KINDS[n % KINDS.length];
    const titleWord = doc.title.split(' ').at(-1)!;
    const q = {
      inflected: () => inflect(doc.key, random),
      question: () => `Wo finde ich ${capitalize(doc.key)}?`,
      'short-prefix': () => doc.key.slice(0, Math.max(4, Math.ceil(doc.key.length / 2))),
      'compound-head': () => capitalize(doc.first),
      'typo-and-word': () => `${typo(doc.key, random)} ${doc.second}`,
      'title-words': () => `${doc.key.toUpperCase()} ${titleWord}`,
    }[kind]();
    return { q, expected: doc.id, kind };
  });
}
