// `npm start`: builds what changed since the last build (nothing, usually), then runs the portal backend
// with the demo portal. The build takes a minute; a start without changes takes a second.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from './run.mjs';

/** What the build reads. */
const INPUTS = [
  'packages',
  'content',
  'rollup.config.mjs',
  'size-budgets.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.mjs',
];
/** What it writes, and what the start needs of it. */
const OUTPUTS = [
  'packages/portal-backend/dist/main.js',
  'packages/widgets/dist/direkthilfe.js',
  'packages/demo-portal/dist/pages/index.html',
  'packages/content/dist',
];
const SKIPPED = new Set(['node_modules', 'dist', 'lib', 'types', 'ide', 'storybook-static', 'coverage']);
const STAMP = 'node_modules/.cache/direkthilfe/build-inputs';

/** Names, sizes and modification times of every input file: a changed file changes the fingerprint. */
function fingerprint() {
  const hash = createHash('sha256');
  const visit = (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!SKIPPED.has(entry)) visit(join(path, entry));
    } else hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  INPUTS.forEach(visit);
  return hash.digest('hex');
}

const built = existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint() && OUTPUTS.every((p) => existsSync(p));
if (built) console.log('Build ist aktuell (npm run build baut neu).');
else {
  await run('node', ['scripts/build.mjs']);
  mkdirSync(dirname(STAMP), { recursive: true });
  // After the build, as the build writes some files among its inputs (the elements' manifest).
  writeFileSync(STAMP, fingerprint());
}
await import(pathToFileURL('packages/portal-backend/dist/main.js').href);
