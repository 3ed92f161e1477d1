// `npm run bench`: per-call timings of checkPassword and estimateStrength, the agreement of the trimmed strength
// estimate with the full zxcvbn-ts over the fixed list, then the sizes of the password field's lazy chunks.
// `npm run bench -- --disagreements` also lists every password scored differently, by what the full estimate found.
// Runs against the built @direkthilfe/core (dist), as the backend would use it.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { strengthAgreement, strengthSample } from '../test/helpers/strength-agreement.ts';

if (!existsSync('packages/core/dist/index.js') || !existsSync('packages/widgets/dist/size-report.script.json')) {
  console.error('Run npm run build first.');
  process.exit(1);
}
const { checkPassword, estimateStrength } = await import('@direkthilfe/core');
// Seeded, so every run measures the same passwords.
const { seededRandom } = await import('@direkthilfe/core/random/seeded-random');

const next = seededRandom(20261129);
const pick = (list) => list[Math.floor(next() * list.length)];
const words = [
  'Sommer',
  'kaffee',
  'Tasse',
  'Berlin',
  'passwort',
  'Hallo',
  'Telefon',
  'Wolke',
  'Anlage',
  'Stern',
  'qwertz',
  'Mueller',
];
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.äöü! ';
const passwords = Array.from({ length: 1000 }, (_, i) => {
  if (i % 3 === 0) return pick(words) + Math.floor(next() * 10000);
  if (i % 3 === 1) return `${pick(words)}${pick(['.', '-', '_'])}${pick(words)}${Math.floor(next() * 100)}`;
  const length = 4 + Math.floor(next() * 40);
  return Array.from({ length }, () => pick([...alphabet])).join('');
});

function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { p50: at(50), p95: at(95), max: sorted[sorted.length - 1] };
}

function measure(fn, rounds) {
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    for (const password of passwords) {
      const start = performance.now();
      fn(password);
      samples.push(performance.now() - start);
    }
  }
  return percentiles(samples);
}

const format = ({ p50, p95, max }) =>
  `p50 ${(p50 * 1000).toFixed(1)} µs   p95 ${(p95 * 1000).toFixed(1)} µs   max ${(max * 1000).toFixed(1)} µs`;

// Warm-up: builds the blocklist set and the strength dictionaries once, as the first real call would.
const coldStart = performance.now();
checkPassword('Warmup1x');
const blocklistMs = performance.now() - coldStart;
const strengthStart = performance.now();
estimateStrength('Warmup1x');
const strengthMs = performance.now() - strengthStart;

console.log(`Password benchmark: ${passwords.length} seeded passwords (4–43 characters, words, digits, umlauts)`);
console.log(`  first call (builds the blocklist)       ${blocklistMs.toFixed(1)} ms`);
console.log(`  first estimate (loads dictionaries)     ${strengthMs.toFixed(1)} ms`);
console.log(
  `  checkPassword     (10 × 1,000 calls)   ${format(measure((p) => checkPassword(p, { username: 'anna.berger' }), 10))}`,
);
console.log(
  `  estimateStrength  (1 × 1,000 calls)    ${format(measure((p) => estimateStrength(p, { username: 'anna.berger' }), 1))}`,
);

const agreement = strengthAgreement((password) => estimateStrength(password).score);
const percent = ({ agree, total }) => `${((100 * agree) / total).toFixed(1)} %`;
console.log(
  `\nStrength agreement with the full zxcvbn-ts over ${agreement.total} fixed passwords (target ≥ 90 %, never 2 higher)`,
);
console.log(
  `  all        ${percent(agreement).padStart(7)}   2 or more higher: ${agreement.higherBy2}   higher: ${agreement.higher}   lower: ${agreement.lower}`,
);
for (const [kind, tally] of Object.entries(agreement.kinds)) {
  console.log(
    `  ${kind.padEnd(10)} ${percent(tally).padStart(7)}   2 or more higher: ${tally.higherBy2}   higher: ${tally.higher}   lower: ${tally.lower}`,
  );
}

// With --disagreements: each password scored differently, grouped by what the full estimate found in it (its
// dictionaries and matchers), to see which data or matcher a difference comes from.
if (process.argv.includes('--disagreements')) {
  const { ZxcvbnFactory } = await import('@zxcvbn-ts/core');
  const common = await import('@zxcvbn-ts/language-common');
  const de = await import('@zxcvbn-ts/language-de');
  const en = await import('@zxcvbn-ts/language-en');
  const full = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...de.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
  });
  const groups = new Map();
  for (const { kind, full: fullScore, password } of strengthSample) {
    const ours = estimateStrength(password).score;
    if (ours === fullScore) continue;
    const found = full.check(password).sequence.filter((match) => match.pattern !== 'bruteforce');
    const what =
      [...new Set(found.map((match) => match.dictionaryName ?? match.pattern))].sort().join(' + ') || 'nothing';
    const key = `${kind.padEnd(7)} ${ours > fullScore ? 'higher' : 'lower'} by ${Math.abs(ours - fullScore)}  ${what}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(`${password} ${fullScore}→${ours}`);
  }
  console.log('\nDisagreements by what the full estimate found (kind, ours vs full, its dictionaries and matchers)');
  for (const [key, examples] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${String(examples.length).padStart(4)}  ${key}   e.g. ${examples.slice(0, 3).join(', ')}`);
  }
}

const rows = JSON.parse(readFileSync('packages/widgets/dist/size-report.script.json', 'utf8'));
console.log('\nLazy chunks of the password field (min+gzip -9, the strength chunk with the password list it shares)');
for (const row of rows.filter((r) => ['strength', 'blocklist', 'feedback'].includes(r.name))) {
  const budget = row.budget === undefined ? '' : `   budget ${(row.budget / 1000).toFixed(1)} KB`;
  console.log(`  ${row.name.padEnd(10)} ${(row.bytes / 1000).toFixed(1).padStart(7)} KB${budget}`);
}
