// `npm run bench`: per-call timings of checkPassword and estimateStrength, the agreement of the trimmed strength
// estimate with the full zxcvbn-ts over the fixed list, then the bundle size report.
// Runs against the built @direkthilfe/core (dist), as the backend would use it.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { strengthAgreement } from '../test/helpers/strength-agreement.ts';

if (!existsSync('packages/core/dist/index.js') || !existsSync('packages/widgets/dist/size-report.script.json')) {
  console.error('Run npm run build first.');
  process.exit(1);
}
const { checkPassword, estimateStrength } = await import('@direkthilfe/core');

/** A seeded generator (mulberry32), so every run measures the same passwords. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20261129);
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

for (const label of ['widgets', 'script']) {
  const rows = JSON.parse(readFileSync(`packages/widgets/dist/size-report.${label}.json`, 'utf8'));
  console.log(`\nSize report: ${label} (min+gzip -9)`);
  for (const row of rows)
    console.log(`  ${row.kind.padEnd(10)} ${row.name.padEnd(34)} ${(row.bytes / 1000).toFixed(1).padStart(7)} KB`);
}
