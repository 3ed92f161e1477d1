// `npm test`: build (with size budgets), typecheck, lint, Node tests, browser tests, built-Storybook smoke test; then one summary
// line `N passed, N failed` over all of them. `node scripts/test.mjs node browser` runs only those suites.
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_MISSING, findChrome } from './find-chrome.mjs';
import { run } from './run.mjs';
import { startTestPostgres } from './postgres.mjs';

const SUITES = ['build', 'typecheck', 'lint', 'node', 'postgres', 'browser', 'storybook'];
const NODE_TEST_ROOTS = ['packages/core/src', 'test/node', 'packages/portal-backend/src', 'packages/content/src'];
// The same backend tests once more on PostgreSQL, plus what only several nodes can show.
const POSTGRES_TEST_FILES = () => [
  ...testFiles('test/node').filter((f) => /portal-|wizard-flows|reports-flow|studio-e2e/.test(f)),
  ...testFiles('packages/portal-backend/src'),
  ...testFiles('test/postgres'),
];

const requested = process.argv.slice(2);
const unknown = requested.filter((s) => !SUITES.includes(s));
if (unknown.length) {
  console.error(`Unknown suite(s): ${unknown.join(', ')}. Known: ${SUITES.join(', ')}.`);
  process.exit(2);
}
const suites = requested.length ? requested : SUITES;

if ((suites.includes('browser') || suites.includes('storybook')) && !findChrome()) {
  console.error(CHROME_MISSING);
  process.exit(1);
}

const workDir = mkdtempSync(join(tmpdir(), 'dh-test-'));
const results = [];

/** Files named *.test.ts below a folder, in a stable order. */
function testFiles(root) {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(root, f))
    .sort();
}

/** A check without test counts (typecheck, lint) counts as one test. */
async function check(name, steps) {
  let failed = false;
  for (const [command, args] of steps) failed ||= (await run(command, args, { allowFailure: true })) !== 0;
  results.push({ name, passed: failed ? 0 : 1, failed: failed ? 1 : 0 });
}

/**
 * A suite that writes its counts to a file (DH_COUNTS_FILE, or where `args` puts it);
 * a crash before that counts as one failure.
 */
async function counted(name, command, args = () => [], env = {}) {
  const countsFile = join(workDir, `${name}.json`);
  const status = await run(command, args(countsFile), {
    allowFailure: true,
    env: { DH_COUNTS_FILE: countsFile, ...env },
  });
  const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 0 };
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  results.push({ name, ...counts });
}

/** node:test over the files, with the spec output and a count for the summary. */
const nodeTest = (countsFile, files) => [
  '--import',
  'tsx',
  '--conditions=source',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/reporters/node-counts.mjs',
  `--test-reporter-destination=${countsFile}`,
  ...files,
];

for (const suite of suites) {
  console.log(`\n▶ ${suite}`);
  // The Node tests drive the built bundle, and the build enforces the size budgets.
  if (suite === 'build') await check('build', [['npm', ['run', '--silent', 'build']]]);
  if (suite === 'typecheck') await check('typecheck', [['tsc', ['-p', 'tsconfig.json', '--noEmit']]]);
  if (suite === 'lint')
    await check('lint', [
      ['eslint', ['.']],
      ['prettier', ['--check', '.', '--log-level', 'warn']],
    ]);
  if (suite === 'node')
    await counted('node', 'node', (countsFile) => nodeTest(countsFile, NODE_TEST_ROOTS.flatMap(testFiles)));
  if (suite === 'postgres') {
    // A server of its own unless TEST_DATABASE_URL names one; every test server gets a fresh database on it.
    const postgres = await startTestPostgres();
    try {
      await counted('postgres', 'node', (countsFile) => nodeTest(countsFile, POSTGRES_TEST_FILES()), {
        TEST_DATABASE_URL: postgres.url,
      });
    } finally {
      await postgres.stop();
    }
  }
  if (suite === 'browser') await counted('browser', 'wtr');
  if (suite === 'storybook') {
    const built = (await run('npm', ['run', '--silent', 'build-storybook'], { allowFailure: true })) === 0;
    if (built) await counted('storybook', 'node', () => ['scripts/storybook-smoke.mjs']);
    else results.push({ name: 'storybook', passed: 0, failed: 1 });
  }
}

const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed }), {
  passed: 0,
  failed: 0,
});
console.log('\nSummary');
for (const r of results) console.log(`  ${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed ? 1 : 0);
