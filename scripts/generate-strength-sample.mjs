// Writes the fixed list of 2,000 passwords on which the trimmed strength estimate is compared with the full
// zxcvbn-ts, with the full estimate's score (test/fixtures/strength-sample.txt, one `kind<TAB>score<TAB>password`
// a line). Seeded: every run writes the same list. The full estimate takes minutes, so the scores are stored.
// Run with `node --import tsx --conditions=source scripts/generate-strength-sample.mjs`; the list is committed.
import { writeFileSync } from 'node:fs';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';
import { seededRandom } from '@direkthilfe/core/random/seeded-random';

const PER_KIND = 500;

const random = seededRandom(20261202);
const pick = (list) => list[Math.floor(random() * list.length)];
const capitalize = (w) => w[0].toUpperCase() + w.slice(1);
const transliterate = (w) => w.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
const digits = (n) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
const suffix = () =>
  pick([
    () => digits(1),
    () => digits(2),
    () => digits(3),
    () => digits(4),
    () => String(1950 + Math.floor(random() * 80)),
    () => '123',
    () => '!',
  ])();

// Common: the 10,000 most frequent passwords of the breach-derived list.
const commonList = common.dictionary['passwords-common'].slice(0, 10000);
// German: frequent words and names, typed as users do (transliterated, often capitalised), with digits.
const germanWords = de.dictionary.commonWords
  .slice(0, 10000)
  .filter((w) => w.length >= 4)
  .map(transliterate);
const germanNames = [...de.dictionary.firstnames, ...de.dictionary.lastnames.slice(0, 1000)].map(transliterate);
// Keyboard walks on German and US layouts: rows, columns, reversed, with a capital and digits.
const rows = ['qwertzuiop', 'asdfghjkl', 'yxcvbnm', 'qwertyuiop', 'zxcvbnm', '1234567890'];
const columns = ['1qay2wsx3edc4rfv5tgb', '1qaz2wsx3edc4rfv5tgb', 'yaq1xsw2cde3vfr4'];
const walk = () => {
  const line = pick(random() < 0.7 ? rows : columns);
  const length = 4 + Math.floor(random() * Math.min(7, line.length - 3));
  const start = Math.floor(random() * (line.length - length + 1));
  let w = line.slice(start, start + length);
  if (random() < 0.25) w = [...w].reverse().join('');
  if (random() < 0.5) w = capitalize(w);
  return random() < 0.5 ? w + suffix() : w;
};
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.';
const randomPassword = () => Array.from({ length: 8 + Math.floor(random() * 9) }, () => pick([...alphabet])).join('');

const kinds = {
  common: () => pick(commonList),
  german: () => {
    const word = random() < 0.2 ? pick(germanNames) : pick(germanWords);
    return (random() < 0.6 ? capitalize(word) : word) + suffix();
  },
  walk,
  random: randomPassword,
};
// The reference: zxcvbn-ts with every dictionary of the common, German and English packages, default options.
const full = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...de.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});
const lines = [];
for (const [kind, make] of Object.entries(kinds)) {
  const seen = new Set();
  while (seen.size < PER_KIND) seen.add(make());
  for (const password of seen) lines.push(`${kind}\t${full.check(password).score}\t${password}`);
}
writeFileSync(new URL('../test/fixtures/strength-sample.txt', import.meta.url), lines.join('\n') + '\n');
console.log(`strength sample: ${lines.length} passwords`);
